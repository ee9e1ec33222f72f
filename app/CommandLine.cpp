#include "app/CommandLine.h"

#include "SecretBytes.h"
#include "crypto/CodeKey.h"
#include "engine/EnrollmentLink.h"
#include "net/ServerUrl.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::CommandLine)
};

Error usage(const QString &message)
{
    Error e = Error::make(ErrorKind::Usage, message);
    e.message = message;
    e.hint = Text::tr("Run groove-enroll --help to see the options.");
    return e;
}

struct Options
{
    QCommandLineOption headless{ QStringLiteral("headless"),
                                 Text::tr("Run without the graphical wizard.") };
    QCommandLineOption json{ QStringLiteral("json"),
                             Text::tr("Print the result as one JSON object on standard output.") };
    QCommandLineOption server{ QStringLiteral("server"),
                               Text::tr("Address of the management server."),
                               QStringLiteral("URL") };
    QCommandLineOption code{ QStringLiteral("code"),
                             Text::tr("Account configuration code (manual enrollment)."),
                             QStringLiteral("CODE") };
    QCommandLineOption codeStdin{
        QStringLiteral("code-stdin"),
        Text::tr("Read the account configuration code from standard input.")
    };
    QCommandLineOption login{ QStringLiteral("login"),
                              Text::tr("Login name for automatic configuration or activation."),
                              QStringLiteral("NAME") };
    QCommandLineOption passwordStdin{ QStringLiteral("password-stdin"),
                                      Text::tr("Read the password from standard input.") };
    QCommandLineOption managed{ QStringLiteral("managed"),
                                Text::tr("Activate this computer as a managed device.") };
    QCommandLineOption policy{
        QStringLiteral("policy"),
        Text::tr("Managed-device policy (default: %1).").arg(QLatin1StringView(DefaultPolicyPath)),
        QStringLiteral("FILE")
    };
    QCommandLineOption status{ QStringLiteral("status"), Text::tr("List the enrolled accounts.") };
    QCommandLineOption unenroll{ QStringLiteral("unenroll"),
                                 Text::tr("Remove an enrolled account from this computer."),
                                 QStringLiteral("ACCOUNT_GUID") };
    QCommandLineOption heartbeat{
        QStringLiteral("heartbeat"),
        Text::tr("Ask the server whether it still knows the enrolled accounts (all, or the "
                 "account whose GUID follows).")
    };
    QCommandLineOption check{
        QStringLiteral("check"),
        Text::tr("Check the way to the server (DNS, TCP, TLS, endpoint) without enrolling.")
    };
    QCommandLineOption demo{ QStringLiteral("demo"),
                             Text::tr(
                                     "Enroll with a built-in demonstration server on 127.0.0.1.") };
    QCommandLineOption timeout{ QStringLiteral("timeout"),
                                Text::tr("Time limit for each request in seconds (default: 30)."),
                                QStringLiteral("SECONDS"), QStringLiteral("30") };
    QCommandLineOption pin{
        QStringLiteral("pin-sha256"),
        Text::tr("Accept only a server whose public key has this SHA-256 (hex)."),
        QStringLiteral("HEX")
    };
    QCommandLineOption proxy{ QStringLiteral("proxy"),
                              Text::tr("HTTP proxy to use instead of the system settings."),
                              QStringLiteral("URL") };
    QCommandLineOption caFile{ QStringLiteral("ca-file"),
                               Text::tr("Also trust the CA certificates in this PEM file."),
                               QStringLiteral("PEM") };
    QCommandLineOption authUrl{ QStringLiteral("auth-url"),
                                Text::tr("Authenticated endpoint instead of the derived one."),
                                QStringLiteral("URL") };
    QCommandLineOption insecureKeystore{
        QStringLiteral("insecure-keystore"),
        Text::tr("Keep keys in a plain-text file only you can read instead of the keyring, for "
                 "computers without one (not recommended).")
    };
    QCommandLineOption tray{
        QStringLiteral("tray"),
        Text::tr("Start in the status tray (used when you log in); without a tray, open the "
                 "status window.")
    };
    QCommandLineOption saveDiagnostics{
        QStringLiteral("save-diagnostics"),
        Text::tr("Save a diagnostics archive for your IT department (logs without secrets, "
                 "versions, accounts) to FILE and print its incident id."),
        QStringLiteral("FILE")
    };
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        Text::tr("Print a technical log on standard error (never secrets).")
    };

    QList<QCommandLineOption> all() const
    {
        return { headless,
                 json,
                 server,
                 code,
                 codeStdin,
                 login,
                 passwordStdin,
                 managed,
                 policy,
                 status,
                 unenroll,
                 check,
                 demo,
                 timeout,
                 pin,
                 proxy,
                 caFile,
                 authUrl,
                 insecureKeystore,
                 verbose,
                 heartbeat,
                 tray,
                 saveDiagnostics };
    }
};

bool sameProxy(const QString &a, const QString &b)
{
    return QUrl(a, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash)
            == QUrl(b, QUrl::StrictMode).adjusted(QUrl::StripTrailingSlash);
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    return fa.absoluteFilePath() == fb.absoluteFilePath()
            || (!fa.canonicalFilePath().isEmpty()
                && fa.canonicalFilePath() == fb.canonicalFilePath());
}

// The policy's values as defaults and its locks as limits of the command line. The server is
// only taken for the modes that name one (an enrollment without --managed, --check).
Status applyPolicy(Invocation &inv, const Result<policy::Policy> &loaded, bool usesServer)
{
    using policy::Key;
    if (!loaded)
        return loaded.error();
    const policy::Policy &p = *loaded;
    inv.policy = p;
    if (usesServer || !inv.server.isEmpty()) {
        if (!inv.server.isEmpty()) {
            if (p.isLocked(Key::ServerURL)) {
                const Result<QUrl> given = engine::normalizeServerUrl(inv.server);
                if (!given || *given != p.serverUrl())
                    return policy::lockedError(p, Key::ServerURL, QStringLiteral("--server"));
            }
        } else if (usesServer && p.has(Key::ServerURL)) {
            inv.server = p.serverUrl().toString();
        }
    }
    if (inv.mode == Invocation::Mode::Enroll && !p.allows(inv.flow))
        return policy::methodNotAllowedError(p, inv.flow);
    if (!inv.proxy.isEmpty()) {
        if (p.isLocked(Key::Proxy) && !sameProxy(inv.proxy, p.proxy()))
            return policy::lockedError(p, Key::Proxy, QStringLiteral("--proxy"));
    } else {
        inv.proxy = p.proxy();
    }
    if (!inv.caFile.isEmpty()) {
        if (p.isLocked(Key::CAFile) && !sameFile(inv.caFile, p.caFile()))
            return policy::lockedError(p, Key::CAFile, QStringLiteral("--ca-file"));
    } else {
        inv.caFile = p.caFile();
    }
    if (!inv.pinSha256.isEmpty()) {
        if (p.isLocked(Key::PinSha256) && inv.pinSha256 != p.pinSha256())
            return policy::lockedError(p, Key::PinSha256, QStringLiteral("--pin-sha256"));
    } else {
        inv.pinSha256 = p.pinSha256();
    }
    return {};
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

Invocation::~Invocation()
{
    wipe(code);
    wipe(link);
}

bool wantsGui(const Invocation &inv)
{
    switch (inv.mode) {
    case Invocation::Mode::Gui:
    case Invocation::Mode::Tray:
        return true;
    case Invocation::Mode::Demo:
        return !inv.headless && !inv.json;
    case Invocation::Mode::Help:
    case Invocation::Mode::Version:
    case Invocation::Mode::Enroll:
    case Invocation::Mode::Status:
    case Invocation::Mode::Unenroll:
    case Invocation::Mode::Check:
    case Invocation::Mode::Heartbeat:
    case Invocation::Mode::SaveDiagnostics:
        return false;
    }
    return false;
}

engine::ClientOptions clientOptions(const Invocation &inv)
{
    engine::ClientOptions o;
    o.requestTimeout = std::chrono::seconds(inv.timeoutSeconds);
    o.caFile = inv.caFile;
    o.pinSha256 = inv.pinSha256;
    o.proxy = inv.proxy;
    o.keyStore = inv.insecureKeystore ? store::KeyStoreKind::File : store::KeyStoreKind::Keychain;
    return o;
}

QString decodeStdinSecret(QByteArray &bytes, bool isPassword)
{
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype end = bytes.size();
    if (isPassword) {
        if (end - start >= 2 && bytes.at(end - 2) == '\r' && bytes.at(end - 1) == '\n')
            end -= 2;
        else if (end - start >= 1 && bytes.at(end - 1) == '\n')
            end -= 1;
    }
    QString text = QString::fromUtf8(bytes.constData() + start, end - start);
    wipe(bytes);
    if (!isPassword) {
        QString trimmed = crypto::trimCode(text);
        wipe(text);
        return trimmed;
    }
    return text;
}

namespace {

// The graphical client starts even with a broken policy, so that it can say why it will not
// enroll; a command-line option that contradicts a lock is still a usage error.
Result<Invocation> withGuiPolicy(Invocation &inv, const Result<policy::Policy> &policy)
{
    if (!policy) {
        inv.policyError = policy.error();
        return inv;
    }
    if (Status s = applyPolicy(inv, policy, false); !s)
        return s.error();
    return inv;
}

} // namespace

Result<Invocation> parseCommandLine(const QStringList &arguments,
                                    const Result<policy::Policy> &policy)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Enrolls this computer with a Groove management server. Without options it "
                     "opens the enrollment wizard, or the status window when an account exists."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options o;
    parser.addOptions(o.all());
    parser.addPositionalArgument(
            QStringLiteral("LINK"),
            Text::tr("An enrollment link from your IT department (groove-enroll://enroll?...): "
                     "opens the wizard with the server and the code filled in."),
            QStringLiteral("[LINK]"));

    Invocation inv;
    inv.helpText = parser.helpText();
    inv.versionText = applicationName() + u' ' + applicationVersion() + u'\n';
    inv.json = arguments.contains(QStringLiteral("--json")); // so that even a parse error is JSON
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    inv.json = parser.isSet(o.json);
    if (parser.isSet(help)) {
        inv.mode = Invocation::Mode::Help;
        return inv;
    }
    if (parser.isSet(version)) {
        inv.mode = Invocation::Mode::Version;
        return inv;
    }
    QStringList positional = parser.positionalArguments();
    // --heartbeat takes an optional account GUID, which QCommandLineParser cannot express.
    // An enrollment link holds the code: it is never repeated in a message.
    const bool linkGiven =
            !positional.isEmpty() && engine::looksLikeEnrollmentLink(positional.constFirst());
    if (linkGiven)
        inv.link = positional.takeFirst();
    else if (parser.isSet(o.heartbeat) && positional.size() == 1)
        inv.heartbeatGuid = positional.takeFirst().trimmed();
    if (!positional.isEmpty()) {
        if (engine::looksLikeEnrollmentLink(positional.constFirst()))
            return usage(Text::tr("Give only one enrollment link, as the first argument."));
        return usage(Text::tr("Unexpected argument: %1").arg(positional.constFirst()));
    }

    inv.headless = parser.isSet(o.headless);
    inv.server = parser.value(o.server).trimmed();
    inv.code = crypto::trimCode(parser.value(o.code));
    inv.codeStdin = parser.isSet(o.codeStdin);
    inv.login = parser.value(o.login);
    inv.passwordStdin = parser.isSet(o.passwordStdin);
    inv.caFile = parser.value(o.caFile);
    inv.proxy = parser.value(o.proxy);
    inv.authUrl = parser.value(o.authUrl);
    inv.insecureKeystore = parser.isSet(o.insecureKeystore);
    inv.verbose = parser.isSet(o.verbose);
    if (parser.isSet(o.policy))
        inv.policyPath = parser.value(o.policy);
    else if (policy && !policy->managedSource().isEmpty())
        inv.policyPath = policy->managedSource(); // any groove-enroll/*.conf may hold it

    bool ok = false;
    inv.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
    if (!ok || inv.timeoutSeconds < 1 || inv.timeoutSeconds > 3600)
        return usage(Text::tr("--timeout needs a number of seconds from 1 to 3600."));
    if (parser.isSet(o.pin)) {
        inv.pinSha256 = policy::parsePinSha256(parser.value(o.pin));
        if (inv.pinSha256.isEmpty())
            return usage(Text::tr("--pin-sha256 needs 64 hexadecimal digits (the SHA-256 of the "
                                  "server's public key)."));
    }
    if (!inv.authUrl.isEmpty()) {
        // The shape rules of a server address (no user name, query or fragment); an http
        // endpoint passes here and is refused later as insecure, before anything is sent.
        const Result<QUrl> auth = engine::normalizeAuthenticatedUrl(inv.authUrl);
        if (!auth)
            return usage(Text::tr("--auth-url is not usable: %1").arg(auth.error().message));
        inv.authUrl = auth->toString();
    }
    if (!inv.proxy.isEmpty()) {
        const QUrl proxy(inv.proxy, QUrl::StrictMode);
        if (!proxy.isValid() || proxy.scheme() != u"http" || proxy.host().isEmpty())
            return usage(Text::tr("--proxy needs an http:// proxy address."));
    }

    const bool enrollOptions = !inv.server.isEmpty() || parser.isSet(o.code) || inv.codeStdin
            || !inv.login.isEmpty() || inv.passwordStdin || parser.isSet(o.managed);
    const int modes = int(parser.isSet(o.status)) + int(parser.isSet(o.unenroll))
            + int(parser.isSet(o.check)) + int(parser.isSet(o.demo))
            + int(parser.isSet(o.heartbeat)) + int(parser.isSet(o.saveDiagnostics));
    if (modes > 1 || (modes == 1 && enrollOptions && !parser.isSet(o.check)))
        return usage(Text::tr("--status, --unenroll, --check, --demo, --heartbeat, "
                              "--save-diagnostics and an enrollment exclude one another."));
    const bool headlessOnly = inv.headless || inv.json || enrollOptions || modes > 0;
    if (linkGiven) {
        if (headlessOnly || parser.isSet(o.tray))
            return usage(Text::tr("An enrollment link opens the wizard; it cannot be combined with "
                                  "--headless, --json, --tray, an enrollment or another mode."));
        inv.mode = Invocation::Mode::Gui;
        return withGuiPolicy(inv, policy);
    }
    if (parser.isSet(o.tray)) {
        if (headlessOnly)
            return usage(Text::tr("--tray starts the graphical client; it cannot be combined with "
                                  "--headless, --json, an enrollment or another mode."));
        inv.mode = Invocation::Mode::Tray;
        return withGuiPolicy(inv, policy);
    }

    if (parser.isSet(o.status)) {
        inv.mode = Invocation::Mode::Status;
        return inv;
    }
    if (parser.isSet(o.unenroll)) {
        inv.mode = Invocation::Mode::Unenroll;
        inv.unenrollGuid = parser.value(o.unenroll).trimmed();
        return inv;
    }
    if (parser.isSet(o.heartbeat)) {
        inv.mode = Invocation::Mode::Heartbeat;
        if (Status s = applyPolicy(inv, policy, false); !s)
            return s.error();
        return inv;
    }
    if (parser.isSet(o.saveDiagnostics)) {
        inv.diagnosticsPath = parser.value(o.saveDiagnostics);
        if (inv.diagnosticsPath.trimmed().isEmpty())
            return usage(Text::tr("--save-diagnostics needs the name of the file to write."));
        inv.mode = Invocation::Mode::SaveDiagnostics;
        return inv;
    }
    if (parser.isSet(o.demo)) {
        inv.mode = Invocation::Mode::Demo;
        return inv;
    }
    if (parser.isSet(o.check)) {
        inv.mode = Invocation::Mode::Check;
        if (Status s = applyPolicy(inv, policy, true); !s)
            return s.error();
        if (inv.server.isEmpty())
            return usage(Text::tr("--check needs --server URL."));
        return inv;
    }
    if (!enrollOptions) {
        // Nothing but connection options (or nothing at all): the graphical client. With
        // --headless or --json alone there is nothing to do, so the help is shown as before.
        inv.mode = inv.headless || inv.json ? Invocation::Mode::Help : Invocation::Mode::Gui;
        return inv.mode == Invocation::Mode::Gui ? withGuiPolicy(inv, policy) : inv;
    }

    inv.mode = Invocation::Mode::Enroll;
    const bool hasCode = parser.isSet(o.code) || inv.codeStdin;
    if (parser.isSet(o.code) && inv.codeStdin)
        return usage(Text::tr("Give the code either with --code or with --code-stdin, not both."));
    if (parser.isSet(o.code) && inv.code.isEmpty())
        return usage(Text::tr("The account configuration code is empty."));
    if (parser.isSet(o.managed)) {
        if (hasCode)
            return usage(Text::tr("--managed gets its code from the server; do not give --code."));
        inv.flow = engine::Flow::AutoActivation;
    } else if (hasCode) {
        if (!inv.login.isEmpty() || inv.passwordStdin)
            return usage(
                    Text::tr("A code and a login exclude one another: use one way to enroll."));
        inv.flow = engine::Flow::Manual;
    } else {
        if (inv.login.isEmpty())
            return usage(Text::tr("Give --code, --code-stdin, or --login with --password-stdin."));
        inv.flow = engine::Flow::AutoConfiguration;
    }
    if (Status s = applyPolicy(inv, policy, inv.flow != engine::Flow::AutoActivation); !s)
        return s.error();
    if (inv.flow != engine::Flow::AutoActivation && inv.server.isEmpty())
        return usage(Text::tr("--server URL is needed."));
    if (inv.flow != engine::Flow::Manual && !inv.passwordStdin)
        return usage(Text::tr("--password-stdin is needed with a login (the password is never "
                              "taken from the command line)."));
    return inv;
}

} // namespace groove::app
