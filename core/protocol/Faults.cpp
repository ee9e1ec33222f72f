#include "protocol/Faults.h"

#include "UntrustedText.h"

#include <QtCore/QCoreApplication>

namespace groove::protocol {

namespace {
constexpr const char *Ctx = "groove::Fault";
}

const QList<FaultInfo> &faultTable()
{
    static const QList<FaultInfo> table = {
        { 105, "Malformed SOAP request",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The server could not read the request from this computer."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Update Groove Enroll; if it persists, the administrator should check that "
                  "the server and client versions match.") },
        { 200, "Account not found",
          QT_TRANSLATE_NOOP("groove::Fault", "The server does not know this account."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Start the enrollment again; the administrator can check that the account "
                  "was not removed from the management domain.") },
        { 201, "Account verification failed",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not verify this account."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Start the enrollment again; if it fails again, contact your administrator.") },
        { 203, "Error Processing event",
          QT_TRANSLATE_NOOP("groove::Fault", "The server failed while processing the request."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Try again later; the administrator should look at the management "
                            "server's log.") },
        { 204, "A required parameter was missing or invalid.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server rejected a value in the request."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Check that this computer's clock is correct, then try again; the "
                            "administrator can find the rejected value in the server's log.") },
        { 205, "Unknown security error processing event",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The server could not verify the security of the request."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Check that the account configuration code was typed exactly as "
                            "received; otherwise ask the administrator for a new code.") },
        { 207, "Exception during contact fetch",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The server failed while reading contact information."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 208, "Domain join failed.",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The server could not add this account to the management domain."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Contact your administrator; the domain may be full or misconfigured.") },
        { 209, "Domain not found.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server does not know the management domain."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The administrator should check the domain settings (for managed "
                            "devices: DeviceDomainGUID in the policy).") },
        { 210, "Re-enrollment is required.",
          QT_TRANSLATE_NOOP("groove::Fault", "This account must be enrolled again."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Ask your administrator for a new account configuration code.") },
        { 211, "User not found.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server does not know your login name."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Check the login name; the administrator should check that you are a "
                            "member of a management domain.") },
        { 212, "Account backup failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not back up the account."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 214, "Audit file upload query failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not prepare an audit upload."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 215, "Audit file upload failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not receive an audit file."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 216, "Audit log upload failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not receive an audit log."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 217, "Audit log upload query failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not prepare an audit log upload."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 218, "Password reset failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not reset the password."),
          QT_TRANSLATE_NOOP("groove::Fault", "Contact your administrator.") },
        { 221, "Invalid authentication method",
          QT_TRANSLATE_NOOP("groove::Fault", "The server does not accept this way of signing in."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "The administrator should enable Basic authentication over HTTPS on the "
                  "authenticated endpoint, or give you an account configuration code.") },
        { 222, "Remote user name is empty.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server received an empty login name."),
          QT_TRANSLATE_NOOP("groove::Fault", "Enter your login name and try again.") },
        { 225, "No backups",
          QT_TRANSLATE_NOOP("groove::Fault", "The server has no backup for this account."),
          QT_TRANSLATE_NOOP("groove::Fault", "Contact your administrator.") },
        { 226, "Fetching backup failed.",
          QT_TRANSLATE_NOOP("groove::Fault", "The server could not read the account backup."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Try again later; the administrator should look at the server's log.") },
        { 227, "Not configured for auto account configuration",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Automatic configuration is not enabled for you on this server."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Ask your administrator for an account configuration code, or to enable "
                  "automatic account configuration for you.") },
        { 401, "Activation code invalid.",
          QT_TRANSLATE_NOOP("groove::Fault", "The account configuration code is not valid."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Check the code against the e-mail from your administrator (copy and "
                            "paste it); if it still fails, ask for a new code.") },
        { 402, "Activation code already enrolled.",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "This account configuration code has already been used."),
          QT_TRANSLATE_NOOP("groove::Fault",
                            "Each code works once. Ask your administrator for a new code.") },
        { 403, "Signature verification failure during enrollment",
          QT_TRANSLATE_NOOP("groove::Fault",
                            "The server could not verify this computer's enrollment signature."),
          QT_TRANSLATE_NOOP(
                  "groove::Fault",
                  "Start the enrollment again; if it fails again, contact your administrator.") },
    };
    return table;
}

const FaultInfo *findFault(int code)
{
    for (const FaultInfo &f : faultTable()) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

QString faultSpecText(int code)
{
    const FaultInfo *f = findFault(code);
    return f ? QString::fromLatin1(f->specText) : QString();
}

QString faultMessage(int code)
{
    if (const FaultInfo *f = findFault(code))
        return QCoreApplication::translate(Ctx, f->message);
    return QCoreApplication::translate(Ctx, "The management server reported an error (code %1).")
            .arg(code);
}

QString faultHint(int code)
{
    if (const FaultInfo *f = findFault(code))
        return QCoreApplication::translate(Ctx, f->hint);
    return QCoreApplication::translate(Ctx,
                                       "Contact your administrator and give them the error code.");
}

Error faultError(int code, const QString &serverText)
{
    return Error{ ErrorKind::ServerFault, faultMessage(code),
                  QStringLiteral("fault %1: %2").arg(code).arg(escapeUntrusted(serverText)),
                  faultHint(code), code };
}

} // namespace groove::protocol
