// groove-enroll: main() only parses the command line and hands over to one runner.
#include "app/AccountCommands.h"
#include "app/CheckRunner.h"
#include "app/CommandLine.h"
#include "app/DiagnosticsCommand.h"
#include "app/GuiApp.h"
#include "app/GuiSupport.h"
#include "app/HeadlessRunner.h"
#include "app/HeartbeatRunner.h"
#include "app/LogOutput.h"
#include "app/ProcessHardening.h"
#include "app/ResultPrinter.h"
#include "app/Translator.h"
#include "app/UnixSignals.h"
#include "ui/SingleInstance.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtWidgets/QApplication>

#include <memory>

using namespace groove;
using namespace groove::app;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Decided from argv before any application object exists: QApplication needs a display, and
// every headless mode must keep working (and printing exactly what it did) without one.
bool needsWidgets(int argc, char *argv[])
{
    if (!hasDisplay())
        return false;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Result<Invocation> parsed = parseCommandLine(arguments);
    return parsed && wantsGui(*parsed);
}

Error noDisplay()
{
    Error e = Error::make(ErrorKind::Usage, QStringLiteral("no display for the graphical client"));
    e.message = QCoreApplication::translate("groove::app::main",
                                            "There is no display for the graphical client.");
    e.hint = QCoreApplication::translate(
            "groove::app::main",
            "Run it in a desktop session, or use the command line options (see --help).");
    return e;
}

// For the log's first line.
QString modeName(Invocation::Mode mode, bool gui)
{
    switch (mode) {
    case Invocation::Mode::Help:
        return QStringLiteral("help");
    case Invocation::Mode::Version:
        return QStringLiteral("version");
    case Invocation::Mode::Enroll:
        return QStringLiteral("headless enrollment");
    case Invocation::Mode::Status:
        return QStringLiteral("status");
    case Invocation::Mode::Unenroll:
        return QStringLiteral("unenroll");
    case Invocation::Mode::Check:
        return QStringLiteral("check");
    case Invocation::Mode::Demo:
        return gui ? QStringLiteral("graphical demo") : QStringLiteral("headless demo");
    case Invocation::Mode::Heartbeat:
        return QStringLiteral("heartbeat");
    case Invocation::Mode::Gui:
        return gui ? QStringLiteral("graphical") : QStringLiteral("graphical (no display)");
    case Invocation::Mode::Tray:
        return gui ? QStringLiteral("tray") : QStringLiteral("tray (no display)");
    case Invocation::Mode::SaveDiagnostics:
        return QStringLiteral("save diagnostics");
    }
    return QStringLiteral("unknown");
}

int runGui(QApplication &app, const Invocation &inv)
{
    // Lets the desktop (Wayland in particular) match our windows to the installed desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral(GE_APP_ID));
    applyPreviewPalette(app);
    // A second graphical start hands its arguments to the first and ends (not the demo: it is
    // a world of its own).
    std::unique_ptr<ui::SingleInstance> single;
    if (inv.mode != Invocation::Mode::Demo) {
        single = std::make_unique<ui::SingleInstance>();
        if (single->handOver(QCoreApplication::arguments()))
            return 0;
    }
    GuiApp gui(inv);
    if (single)
        QObject::connect(single.get(), &ui::SingleInstance::argumentsReceived, &gui,
                         &GuiApp::handleArguments);
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::interrupted, &gui, &GuiApp::quit);
    gui.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a secret (the code may even be in argv).
    disableCoreDumps();
    installEscapingLogOutput();
    const bool gui = needsWidgets(argc, argv);
    std::unique_ptr<QCoreApplication> application = gui
            ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(applicationVersion());
    Q_INIT_RESOURCE(icons); // resources/icons.qrc lives in the static ui library
    installTranslators(app);

    // Read for every start: the modes that talk to a server obey it (and refuse a broken one).
    // Its technical log only with --verbose, like everything else's (see below).
    if (!QCoreApplication::arguments().contains(QStringLiteral("--verbose"))
        && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("groove.policy.info=false"));
    const Result<policy::Policy> systemPolicy = policy::loadSystemPolicy();
    const Result<Invocation> parsed = parseCommandLine(QCoreApplication::arguments(), systemPolicy);
    if (!parsed) {
        return reportFailure(parsed.error(),
                             QCoreApplication::arguments().contains(QStringLiteral("--json")));
    }
    const Invocation &inv = *parsed;
    // The log file, for every mode that does something; standard error shows the technical
    // log only on request, as it would mix with the numbered steps.
    if (inv.mode != Invocation::Mode::Help && inv.mode != Invocation::Mode::Version)
        startLogFile(inv.verbose, modeName(inv.mode, gui));
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
    case Invocation::Mode::Gui:
    case Invocation::Mode::Tray:
        if (gui)
            return runGui(static_cast<QApplication &>(app), inv);
        // Without a display: a plain start shows the help as it always did.
        if (inv.mode == Invocation::Mode::Gui && inv.link.isEmpty()) {
            printOut(inv.helpText);
            return 0;
        }
        return reportFailure(noDisplay(), inv.json);
    case Invocation::Mode::Demo:
        if (gui)
            return runGui(static_cast<QApplication &>(app), inv);
        break;
    case Invocation::Mode::SaveDiagnostics:
        return saveDiagnostics(inv);
    case Invocation::Mode::Check:
    case Invocation::Mode::Heartbeat:
    case Invocation::Mode::Enroll:
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
