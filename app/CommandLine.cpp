#include "CommandLine.h"

#include "Error.h"

#include <QtCore/QCommandLineOption>
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <array>

namespace groove::app {

namespace {

// Gives the texts below the translation context "groove::app::CommandLine".
class CommandLineText final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::CommandLine)
};

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr for a flag
    const char *description;
};

// The options of CLI-CONTRACT.md. Only --help and --version work in this version.
constexpr auto ContractOptions = std::to_array<OptionSpec>({
        { "headless", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine", "Run without the graphical wizard.") },
        { "json", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Print the result as one JSON object on standard output.") },
        { "server", QT_TRANSLATE_NOOP("groove::app::CommandLine", "URL"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine", "Address of the management server.") },
        { "code", QT_TRANSLATE_NOOP("groove::app::CommandLine", "CODE"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine", "Account code for manual enrollment.") },
        { "code-stdin", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Read the account code from standard input.") },
        { "login", QT_TRANSLATE_NOOP("groove::app::CommandLine", "NAME"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Login name for automatic configuration or activation.") },
        { "password-stdin", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine", "Read the password from standard input.") },
        { "ca-file", QT_TRANSLATE_NOOP("groove::app::CommandLine", "PEM"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Also trust the CA certificates in this PEM file.") },
        { "managed", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Activate this computer as a managed device.") },
        { "policy", QT_TRANSLATE_NOOP("groove::app::CommandLine", "FILE"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Managed device policy (default: "
                            "/etc/xdg/groove-enroll/managed.conf).") },
        { "status", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine", "List the enrolled accounts.") },
        { "unenroll", QT_TRANSLATE_NOOP("groove::app::CommandLine", "ACCOUNT_GUID"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Remove an enrolled account from this computer.") },
        { "check", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Check the way to the server (DNS, TCP, TLS, endpoint) without "
                            "enrolling.") },
        { "demo", nullptr,
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Enroll with a built-in demonstration server on 127.0.0.1.") },
        { "timeout", QT_TRANSLATE_NOOP("groove::app::CommandLine", "SECONDS"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Time limit for each request (default: 30).") },
        { "pin-sha256", QT_TRANSLATE_NOOP("groove::app::CommandLine", "HEX"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Accept only a server certificate that matches this SHA-256 pin.") },
        { "proxy", QT_TRANSLATE_NOOP("groove::app::CommandLine", "URL"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "HTTP proxy to use instead of the system proxy settings.") },
        { "auth-url", QT_TRANSLATE_NOOP("groove::app::CommandLine", "URL"),
          QT_TRANSLATE_NOOP("groove::app::CommandLine",
                            "Authenticated endpoint to use instead of the derived one.") },
});

// --json decides the shape of every failure, even one found while parsing, so look for it in
// the raw arguments (up to a "--" that ends the options).
bool wantsJson(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--json"))
            return true;
    }
    return false;
}

CommandLineOutcome failure(CommandLineOutcome::Action action, bool json, const QString &message,
                           const QString &hint)
{
    const ErrorClass errorClass = ErrorClass::Usage;
    CommandLineOutcome outcome;
    outcome.action = action;
    outcome.json = json;
    outcome.exitCode = exitCodeOf(errorClass);
    if (json) {
        const QJsonObject object{
            { QStringLiteral("result"), QStringLiteral("failed") },
            { QStringLiteral("errorClass"), errorClassName(errorClass) },
            { QStringLiteral("message"), message },
            { QStringLiteral("hint"), hint },
        };
        outcome.standardOutput =
                QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                + QLatin1Char('\n');
    } else {
        outcome.standardError = applicationName() + QStringLiteral(": ") + message
                + QLatin1Char('\n') + hint + QLatin1Char('\n');
    }
    return outcome;
}

} // namespace

QString applicationName()
{
    return QStringLiteral("groove-enroll");
}

QString applicationVersion()
{
    return QStringLiteral(GE_VERSION_STRING);
}

CommandLineOutcome parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            CommandLineText::tr("Enrolls this computer with a Groove management server."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    for (const OptionSpec &spec : ContractOptions) {
        QCommandLineOption option(QString::fromLatin1(spec.name),
                                  CommandLineText::tr(spec.description));
        if (spec.valueName)
            option.setValueName(CommandLineText::tr(spec.valueName));
        parser.addOption(option);
    }

    const bool json = wantsJson(arguments);
    const QString helpHint = CommandLineText::tr("Run \"%1 --help\" for the list of options.")
                                     .arg(applicationName());

    if (!parser.parse(arguments))
        return failure(CommandLineOutcome::Action::UsageError, json, parser.errorText(), helpHint);
    if (!parser.positionalArguments().isEmpty()) {
        return failure(CommandLineOutcome::Action::UsageError, json,
                       CommandLineText::tr("Unexpected argument '%1'.")
                               .arg(parser.positionalArguments().constFirst()),
                       helpHint);
    }

    CommandLineOutcome outcome;
    outcome.json = json;
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        outcome.action = CommandLineOutcome::Action::ShowHelp;
        outcome.standardOutput = parser.helpText();
        outcome.exitCode = 0;
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        outcome.action = CommandLineOutcome::Action::ShowVersion;
        outcome.standardOutput =
                applicationName() + QLatin1Char(' ') + applicationVersion() + QLatin1Char('\n');
        outcome.exitCode = 0;
        return outcome;
    }

    const QString onlyHint =
            CommandLineText::tr("This version supports only --help and --version.");
    const QStringList given = parser.optionNames();
    if (given.isEmpty()) {
        return failure(CommandLineOutcome::Action::NotImplemented, json,
                       CommandLineText::tr("The enrollment wizard is not implemented yet."),
                       onlyHint);
    }
    QStringList names;
    for (const QString &name : given) {
        const QString dashed = QStringLiteral("--") + name;
        if (!names.contains(dashed))
            names.append(dashed);
    }
    return failure(
            CommandLineOutcome::Action::NotImplemented, json,
            CommandLineText::tr("Not implemented yet: %1.").arg(names.join(QLatin1Char(' '))),
            onlyHint);
}

} // namespace groove::app
