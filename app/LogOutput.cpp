#include "app/LogOutput.h"

#include "UntrustedText.h"
#include "app/AppLogging.h"
#include "diag/LogFile.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace groove::app {

namespace {

// The message handler is process-wide by nature (qInstallMessageHandler); so is its state.
// Set once in startLogFile() and kept until exit, since Qt may log from any thread until then.
std::atomic<diag::LogFile *> g_file{ nullptr };
std::atomic<bool> g_fileDebug{ false };
// Before startLogFile(), and with --verbose or QT_LOGGING_RULES: everything on standard error.
std::atomic<bool> g_quietStderr{ false };

bool isGroove(const QMessageLogContext &context)
{
    return context.category && std::strncmp(context.category, "groove.", 7) == 0;
}

void writeEscaped(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (diag::LogFile *file = g_file.load(std::memory_order_acquire);
        file && (type != QtDebugMsg || g_fileDebug.load(std::memory_order_relaxed))) {
        const QString category =
                QString::fromLatin1(context.category ? context.category : "default");
        file->write(QDateTime::currentDateTimeUtc(), diag::LogFile::levelName(type), category,
                    message);
    }
    // The numbered steps of the command line would drown in groove's own info lines.
    const bool quiet = g_quietStderr.load(std::memory_order_relaxed) && isGroove(context)
            && (type == QtDebugMsg || type == QtInfoMsg);
    if (!quiet) {
        const QByteArray line =
                (qFormatLogMessage(type, context, escapeUntrusted(QStringView(message))) + u'\n')
                        .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installEscapingLogOutput()
{
    qInstallMessageHandler(writeEscaped);
}

void startLogFile(bool verbose, const QString &mode, const QString &folder)
{
    const bool rulesGiven = !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    if (verbose && !rulesGiven)
        QLoggingCategory::setFilterRules(QStringLiteral("groove.*.debug=true"));
    g_fileDebug = verbose;
    g_quietStderr = !verbose && !rulesGiven;
    if (g_file.load() == nullptr) {
        // Never deleted: a thread-pool thread may still log while the process ends.
        auto *file = new diag::LogFile(folder.isEmpty() ? diag::LogFile::defaultFolder() : folder);
        g_file.store(file, std::memory_order_release);
    }
    qCInfo(lcApp).noquote() << QCoreApplication::applicationName()
                            << QCoreApplication::applicationVersion() << "started, mode" << mode
                            << "pid" << QCoreApplication::applicationPid();
}

QString logFolder()
{
    const diag::LogFile *file = g_file.load();
    return file ? file->folder() : QString();
}

} // namespace groove::app
