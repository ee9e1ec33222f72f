#include "app/DiagnosticsCommand.h"

#include "app/LogOutput.h"
#include "app/ResultPrinter.h"
#include "engine/ClientContext.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>

namespace groove::app {

QStringList policyKeysIn(const QString &policyPath)
{
    if (policyPath.isEmpty() || !QFileInfo(policyPath).isFile())
        return {};
    const QSettings settings(policyPath, QSettings::IniFormat);
    return settings.allKeys();
}

int saveDiagnostics(const Invocation &inv)
{
    const engine::ClientContext context(clientOptions(inv));
    // The system policy's keys, and those of a managed-device file named with --policy.
    QStringList keys = diag::systemPolicyKeys();
    for (const QString &key : policyKeysIn(inv.policyPath)) {
        if (!keys.contains(key))
            keys << key;
    }
    const diag::DiagnosticsBundle bundle(
            diag::collectDiagnostics(context, QStringLiteral("headless"), keys, logFolder()));
    const QString path = QFileInfo(inv.diagnosticsPath).absoluteFilePath();
    if (const Status saved = bundle.save(path); !saved)
        return reportFailure(saved.error(), inv.json);
    if (inv.json)
        printJson(QJsonObject{ { QStringLiteral("incident"), bundle.incidentId() },
                               { QStringLiteral("file"), QDir::toNativeSeparators(path) } });
    else
        printOut(bundle.incidentId() + u'\n');
    return 0;
}

} // namespace groove::app
