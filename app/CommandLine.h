#pragma once

#include "Error.h"
#include "engine/ClientContext.h"
#include "engine/EnrollmentTypes.h"
#include "policy/Policy.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace groove::app {

[[nodiscard]] QString applicationName(); // "groove-enroll"
[[nodiscard]] QString applicationVersion(); // GE_VERSION_STRING

inline constexpr const char *DefaultPolicyPath = "/etc/xdg/groove-enroll/managed.conf";

// What the command line asks for (CLI-CONTRACT.md), decided without side effects so that tests
// can call parseCommandLine() directly.
struct Invocation
{
    // Gui: the wizard when no account exists, else the status window (no arguments at all, or
    // only an enrollment link and connection options). Tray: start in the status tray (--tray).
    // Demo: whether it runs graphically or headless is main's choice (wantsGui()).
    enum class Mode {
        Help,
        Version,
        Enroll,
        Status,
        Unenroll,
        Check,
        Demo,
        Heartbeat,
        Gui,
        Tray,
        SaveDiagnostics
    };

    Mode mode = Mode::Help;
    bool json = false;
    bool headless = false;
    engine::Flow flow = engine::Flow::Manual;
    QString server; // as given; normalised by the runner
    QString code; // --code (trimmed)
    bool codeStdin = false;
    QString login;
    bool passwordStdin = false;
    QString policyPath = QString::fromLatin1(DefaultPolicyPath);
    QString caFile;
    QByteArray pinSha256; // 32 bytes
    QString proxy;
    QString authUrl; // normalised (net/ServerUrl.h); its scheme is checked by the engine
    int timeoutSeconds = 30;
    QString unenrollGuid;
    QString heartbeatGuid; // --heartbeat [ACCOUNT_GUID]; empty: every account
    QString diagnosticsPath; // --save-diagnostics FILE
    // Mode::Gui: the enrollment link given as the first argument, as given (it holds the code:
    // wiped by the destructor, never logged). engine::parseEnrollmentLink() reads it, so that
    // the graphical client can show why a link is refused.
    QString link;
    bool insecureKeystore = false; // explicit opt-in to a plain-text secret file
    bool verbose = false; // technical log on standard error
    QString helpText;
    QString versionText;
    // The organisation's policy in force (policy/Policy.h); its values are already merged into
    // the fields above for the modes that talk to a server. Gui and Tray: a broken policy is
    // kept here (the wizard refuses to enroll and says why) instead of failing the start.
    policy::Policy policy;
    std::optional<Error> policyError;

    Invocation() = default;
    Invocation(const Invocation &) = default;
    Invocation &operator=(const Invocation &) = default;
    ~Invocation(); // wipes the code and the link
};

// Whether the invocation asks for windows: Gui and Tray, and Demo unless --headless or --json was
// given. main() still falls back to the headless path (or the status window for the tray) when
// there is no display or no tray host.
[[nodiscard]] bool wantsGui(const Invocation &invocation);

// arguments as from QCoreApplication::arguments(), the program name first. A usage error comes
// back as ErrorKind::Usage with a message that names the problem. 'policy' is the system policy
// (policy::loadSystemPolicy()): for every mode that talks to a server its unlocked values are
// defaults, an option that contradicts a locked value or a method it does not allow is a usage
// error, and a broken policy fails the run (closed) with its error. --policy FILE (the
// managed-device settings) never changes it.
[[nodiscard]] Result<Invocation>
parseCommandLine(const QStringList &arguments,
                 const Result<policy::Policy> &policy = Result<policy::Policy>(policy::Policy()));

// The options every mode that talks to a server shares (timeout, CA file, pin, proxy, key store),
// so that an enrollment, --check and --heartbeat reach servers the same way.
[[nodiscard]] engine::ClientOptions clientOptions(const Invocation &invocation);

// Standard input read to its end and decoded as UTF-8 with a leading BOM dropped; for a password
// one trailing LF or CRLF is removed (CLI-CONTRACT.md). The caller wipes the result.
[[nodiscard]] QString decodeStdinSecret(QByteArray &bytes, bool isPassword);

} // namespace groove::app
