#include "Error.h"

#include <QtCore/QCoreApplication>

namespace groove {

ErrorClass errorClassOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::MalformedXml:
    case ErrorKind::ForbiddenXml:
    case ErrorKind::UnsupportedCharacter:
    case ErrorKind::InputTooLarge:
    case ErrorKind::BadBase64:
    case ErrorKind::WrongLength:
    case ErrorKind::MissingAttribute:
    case ErrorKind::MissingElement:
    case ErrorKind::UnexpectedElement:
    case ErrorKind::InvalidValue:
    case ErrorKind::BadKey:
    case ErrorKind::BadCertificate:
    case ErrorKind::CryptoFailure:
        return ErrorClass::Protocol;
    case ErrorKind::BadMac:
    case ErrorKind::BadSignature:
    case ErrorKind::MismatchedIdentity:
        return ErrorClass::Integrity;
    case ErrorKind::ServerFault:
        return ErrorClass::ServerFault;
    case ErrorKind::Usage:
        return ErrorClass::Usage;
    case ErrorKind::Network:
        return ErrorClass::Network;
    case ErrorKind::Timeout:
        return ErrorClass::Timeout;
    case ErrorKind::Tls:
        return ErrorClass::Tls;
    case ErrorKind::Insecure:
        return ErrorClass::Insecure;
    case ErrorKind::Authentication:
        return ErrorClass::Authentication;
    case ErrorKind::Storage:
    case ErrorKind::NoKeychainService:
        return ErrorClass::Storage;
    case ErrorKind::Cancelled:
        return ErrorClass::Cancelled;
    }
    return ErrorClass::Protocol;
}

QString errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Usage:
        return QStringLiteral("usage");
    case ErrorClass::Network:
        return QStringLiteral("network");
    case ErrorClass::Timeout:
        return QStringLiteral("timeout");
    case ErrorClass::Tls:
        return QStringLiteral("tls");
    case ErrorClass::Insecure:
        return QStringLiteral("insecure");
    case ErrorClass::ServerFault:
        return QStringLiteral("server-fault");
    case ErrorClass::Authentication:
        return QStringLiteral("authentication");
    case ErrorClass::Protocol:
        return QStringLiteral("protocol");
    case ErrorClass::Integrity:
        return QStringLiteral("integrity");
    case ErrorClass::Storage:
        return QStringLiteral("storage");
    case ErrorClass::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("protocol");
}

int exitCodeOf(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Usage:
        return 2;
    case ErrorClass::Network:
    case ErrorClass::Timeout:
        return 3;
    case ErrorClass::Tls:
    case ErrorClass::Insecure:
        return 4;
    case ErrorClass::ServerFault:
    case ErrorClass::Authentication:
        return 5;
    case ErrorClass::Protocol:
    case ErrorClass::Integrity:
        return 6;
    case ErrorClass::Storage:
        return 7;
    case ErrorClass::Cancelled:
        return 8;
    }
    return 6;
}

const char *kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::MalformedXml:
        return "MalformedXml";
    case ErrorKind::ForbiddenXml:
        return "ForbiddenXml";
    case ErrorKind::UnsupportedCharacter:
        return "UnsupportedCharacter";
    case ErrorKind::InputTooLarge:
        return "InputTooLarge";
    case ErrorKind::BadBase64:
        return "BadBase64";
    case ErrorKind::WrongLength:
        return "WrongLength";
    case ErrorKind::MissingAttribute:
        return "MissingAttribute";
    case ErrorKind::MissingElement:
        return "MissingElement";
    case ErrorKind::UnexpectedElement:
        return "UnexpectedElement";
    case ErrorKind::InvalidValue:
        return "InvalidValue";
    case ErrorKind::BadMac:
        return "BadMac";
    case ErrorKind::BadSignature:
        return "BadSignature";
    case ErrorKind::MismatchedIdentity:
        return "MismatchedIdentity";
    case ErrorKind::BadKey:
        return "BadKey";
    case ErrorKind::BadCertificate:
        return "BadCertificate";
    case ErrorKind::CryptoFailure:
        return "CryptoFailure";
    case ErrorKind::ServerFault:
        return "ServerFault";
    case ErrorKind::Usage:
        return "Usage";
    case ErrorKind::Network:
        return "Network";
    case ErrorKind::Timeout:
        return "Timeout";
    case ErrorKind::Tls:
        return "Tls";
    case ErrorKind::Insecure:
        return "Insecure";
    case ErrorKind::Authentication:
        return "Authentication";
    case ErrorKind::Storage:
        return "Storage";
    case ErrorKind::NoKeychainService:
        return "NoKeychainService";
    case ErrorKind::Cancelled:
        return "Cancelled";
    }
    return "Unknown";
}

QString defaultMessage(ErrorKind kind)
{
    const char *text = nullptr;
    switch (kind) {
    case ErrorKind::MalformedXml:
    case ErrorKind::ForbiddenXml:
    case ErrorKind::UnsupportedCharacter:
    case ErrorKind::MissingAttribute:
    case ErrorKind::MissingElement:
    case ErrorKind::UnexpectedElement:
    case ErrorKind::InvalidValue:
    case ErrorKind::BadBase64:
    case ErrorKind::WrongLength:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "The server sent a reply this program cannot understand.");
        break;
    case ErrorKind::InputTooLarge:
        text = QT_TRANSLATE_NOOP("groove::Error", "The server sent a reply that is too large.");
        break;
    case ErrorKind::BadMac:
    case ErrorKind::BadSignature:
    case ErrorKind::MismatchedIdentity:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "The server's reply failed a security check; it may have been altered on the way.");
        break;
    case ErrorKind::BadKey:
        text = QT_TRANSLATE_NOOP("groove::Error", "A security key could not be read.");
        break;
    case ErrorKind::BadCertificate:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "The management domain's certificate is not valid.");
        break;
    case ErrorKind::CryptoFailure:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "A cryptographic operation failed on this computer.");
        break;
    case ErrorKind::ServerFault:
        text = QT_TRANSLATE_NOOP("groove::Error", "The management server refused the request.");
        break;
    case ErrorKind::Usage:
        text = QT_TRANSLATE_NOOP("groove::Error", "The request is incomplete or not valid.");
        break;
    case ErrorKind::Network:
        text = QT_TRANSLATE_NOOP("groove::Error", "The management server could not be reached.");
        break;
    case ErrorKind::Timeout:
        text = QT_TRANSLATE_NOOP("groove::Error", "The management server did not answer in time.");
        break;
    case ErrorKind::Tls:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "The secure connection to the management server could not be verified.");
        break;
    case ErrorKind::Insecure:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Your password would be sent over an unencrypted connection, so it was not sent.");
        break;
    case ErrorKind::Authentication:
        text = QT_TRANSLATE_NOOP("groove::Error", "The login name or password was not accepted.");
        break;
    case ErrorKind::Storage:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "The account could not be saved on this computer.");
        break;
    case ErrorKind::NoKeychainService:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "There is no keyring service on this computer to keep the "
                                 "account's keys in.");
        break;
    case ErrorKind::Cancelled:
        text = QT_TRANSLATE_NOOP("groove::Error", "Enrollment was cancelled.");
        break;
    }
    return QCoreApplication::translate("groove::Error", text);
}

QString defaultHint(ErrorKind kind)
{
    const char *text = nullptr;
    // Unlocking cannot help when there is nothing to unlock.
    if (kind == ErrorKind::NoKeychainService) {
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Install and start a keyring service, for example GNOME Keyring (package "
                "gnome-keyring) or KWallet, in a session with D-Bus (a desktop login provides "
                "both). Or, on the command line, add --insecure-keystore to keep the keys in a "
                "file that only you can read.");
        return QCoreApplication::translate("groove::Error", text);
    }
    switch (errorClassOf(kind)) {
    case ErrorClass::Usage:
        text = QT_TRANSLATE_NOOP("groove::Error", "Check what was entered and try again.");
        break;
    case ErrorClass::Network:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Check the network connection and the server address, then try again. "
                "If it persists, the administrator should check that the management "
                "server is running.");
        break;
    case ErrorClass::Timeout:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "Try again later; the administrator should check the load of the "
                                 "management server and the network in between.");
        break;
    case ErrorClass::Tls:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Do not continue on an untrusted network. The administrator should "
                "check the server certificate, or give you the CA file or pin to use.");
        break;
    case ErrorClass::Insecure:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "Use an https address for the authenticated endpoint.");
        break;
    case ErrorClass::Authentication:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Check your login name and password. If they are right, contact your "
                "administrator.");
        break;
    case ErrorClass::ServerFault:
        text = QT_TRANSLATE_NOOP("groove::Error",
                                 "Contact your administrator and give them the error code.");
        break;
    case ErrorClass::Protocol:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Try again later. If it persists, the administrator should check that "
                "the address points to a Groove management server.");
        break;
    case ErrorClass::Integrity:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Do not continue on this network; the reply may have been tampered with. "
                "Tell your administrator.");
        break;
    case ErrorClass::Storage:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Unlock your keyring (for example by logging in to the desktop) and "
                "check that your home folder is writable, then try again.");
        break;
    case ErrorClass::Cancelled:
        text = QT_TRANSLATE_NOOP(
                "groove::Error",
                "Nothing was changed on this computer. Start again when you are ready.");
        break;
    }
    return QCoreApplication::translate("groove::Error", text);
}

Error Error::make(ErrorKind kind, const QString &detail)
{
    return Error{ kind, defaultMessage(kind), detail, defaultHint(kind), 0 };
}

QString Error::toLogString() const
{
    return QString::fromLatin1(kindName(kind)) + QStringLiteral(": ") + detail;
}

} // namespace groove
