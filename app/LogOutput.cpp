#include "app/LogOutput.h"

#include "UntrustedText.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace groove::app {

namespace {

void writeEscaped(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line =
            (qFormatLogMessage(type, context, escapeUntrusted(QStringView(message))) + u'\n')
                    .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installEscapingLogOutput()
{
    qInstallMessageHandler(writeEscaped);
}

} // namespace groove::app
