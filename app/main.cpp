// groove-enroll: main() only parses the command line and hands over to one runner.
#include "app/AccountCommands.h"
#include "app/CheckRunner.h"
#include "app/CommandLine.h"
#include "app/HeadlessRunner.h"
#include "app/HeartbeatRunner.h"
#include "app/LogOutput.h"
#include "app/ProcessHardening.h"
#include "app/ResultPrinter.h"
#include "app/Translator.h"
#include "app/UnixSignals.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

using namespace groove;
using namespace groove::app;

int main(int argc, char *argv[])
{
    // Before anything reads a secret (the code may even be in argv).
    disableCoreDumps();
    installEscapingLogOutput();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(applicationVersion());
    Q_INIT_RESOURCE(icons); // resources/icons.qrc lives in the static ui library
    installTranslators(app);

    const Result<Invocation> parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed) {
        return reportFailure(parsed.error(),
                             QCoreApplication::arguments().contains(QStringLiteral("--json")));
    }
    const Invocation &inv = *parsed;
    // The technical log would mix with the numbered steps; it is there on request.
    if (!inv.verbose && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
                QStringLiteral("groove.*.info=false\ngroove.*.debug=false"));
    switch (inv.mode) {
    case Invocation::Mode::Help:
        printOut(inv.helpText);
        return 0;
    case Invocation::Mode::Version:
        printOut(inv.versionText);
        return 0;
    case Invocation::Mode::Status:
    case Invocation::Mode::Unenroll: {
        AccountCommands commands(inv);
        QObject::connect(&commands, &AccountCommands::done, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        commands.start();
        return app.exec();
    }
    case Invocation::Mode::Check:
    case Invocation::Mode::Heartbeat:
    case Invocation::Mode::Enroll:
    case Invocation::Mode::Demo:
        break;
    }
    UnixSignals signals_;
    if (inv.mode == Invocation::Mode::Check) {
        CheckRunner check(inv);
        QObject::connect(&signals_, &UnixSignals::interrupted, &check, &CheckRunner::cancel);
        QObject::connect(&check, &CheckRunner::done, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        check.start();
        return app.exec();
    }
    if (inv.mode == Invocation::Mode::Heartbeat) {
        HeartbeatRunner heartbeat(inv);
        QObject::connect(&signals_, &UnixSignals::interrupted, &heartbeat,
                         &HeartbeatRunner::cancel);
        QObject::connect(&heartbeat, &HeartbeatRunner::done, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        heartbeat.start();
        return app.exec();
    }
    HeadlessRunner runner(inv);
    QObject::connect(&signals_, &UnixSignals::interrupted, &runner, &HeadlessRunner::cancel);
    QObject::connect(&runner, &HeadlessRunner::done, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
