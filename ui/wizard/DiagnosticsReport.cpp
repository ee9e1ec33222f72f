#include "ui/wizard/DiagnosticsReport.h"

#include <QtCore/QStringList>
#include <QtCore/QSysInfo>

#include <openssl/crypto.h>

namespace groove::ui {

namespace {

QString line(const char *field, const QString &value)
{
    return QStringLiteral("%1: %2").arg(QLatin1StringView(field), value);
}

} // namespace

DiagnosticsReport::DiagnosticsReport(const engine::EnrollmentResult &result, const QUrl &serverUrl,
                                     const QDateTime &when)
    : m_result(result),
      m_server(serverUrl),
      m_when(when.toUTC())
{
}

QString DiagnosticsReport::serverText(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString DiagnosticsReport::stepStateText(const engine::EnrollmentResult &result, engine::Step step)
{
    for (const engine::StepTiming &t : result.steps) {
        if (t.step == step)
            return QStringLiteral("done %1 ms").arg(t.ms);
    }
    if (result.error && result.failedStep == step)
        return QStringLiteral("failed");
    return QStringLiteral("not run");
}

QString DiagnosticsReport::details() const
{
    QStringList lines;
    if (m_result.error) {
        const Error &e = *m_result.error;
        if (e.kind == ErrorKind::ServerFault)
            lines << line("Fault code", QString::number(e.faultCode));
        lines << line("Error",
                      QStringLiteral("%1 (%2)").arg(QLatin1StringView(kindName(e.kind)),
                                                    errorClassName(e.errorClass())));
        lines << line("Step", engine::stepName(m_result.failedStep));
    }
    lines << line("Server", serverText(m_server));
    lines << line("Time", m_when.toString(Qt::ISODate));
    if (m_result.error && !m_result.error->detail.isEmpty())
        lines << line("Detail", m_result.error->detail);
    if (m_result.error)
        lines << line("Code may be used",
                      m_result.codeMayBeUsed ? QStringLiteral("yes") : QStringLiteral("no"));
    return lines.join(u'\n');
}

QString DiagnosticsReport::report() const
{
    QStringList lines;
    lines << QStringLiteral("Groove Enroll diagnostics");
    lines << line("Application",
                  QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                              QCoreApplication::applicationVersion()));
    lines << line("Qt", QString::fromLatin1(qVersion()));
    lines << line("OpenSSL", QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    lines << line("Operating system",
                  QStringLiteral("%1 (%2 %3, %4)")
                          .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                               QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()));
    lines << line("Flow", engine::flowName(m_result.flow));
    lines << line("Result", m_result.ok() ? QStringLiteral("enrolled") : QStringLiteral("failed"));
    lines << QString() << QStringLiteral("Steps:");
    const QList<engine::Step> steps = engine::stepsOf(m_result.flow);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        lines << QStringLiteral("  %1. %2: %3")
                         .arg(i + 1)
                         .arg(engine::stepName(steps.at(i)), stepStateText(m_result, steps.at(i)));
    }
    lines << QString() << details();
    if (m_result.error) {
        lines << line("Message", m_result.error->message);
        if (!m_result.error->hint.isEmpty())
            lines << line("Hint", m_result.error->hint);
    } else {
        lines << line("Domain", m_result.account.domainName);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace groove::ui
