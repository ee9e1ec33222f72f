#pragma once

#include <QtCore/QString>

#include <memory>

namespace groove {

namespace engine {
struct UntrustedCertificate; // net/UntrustedCertificate.h
}

// Fine-grained error kinds. Each maps to one of the command line's error classes
// (CLI-CONTRACT.md) through errorClassOf(); the fine kind is what tests assert on.
enum class ErrorKind {
    // codec and crypto
    MalformedXml, // not well-formed, wrong shape, mixed content, too deep
    ForbiddenXml, // DOCTYPE, entity declaration, duplicate attribute
    UnsupportedCharacter, // a character XML 1.0 cannot carry
    InputTooLarge, // over the 1 MiB limit
    BadBase64, // not strict, padded, single-line base64
    WrongLength, // a field decodes to the wrong number of bytes
    MissingAttribute,
    MissingElement,
    UnexpectedElement, // wrong root/wrapper/method name
    InvalidValue, // an attribute that is present but not acceptable
    BadMac, // secured fragment MAC mismatch
    BadSignature, // GrooveSign verification failed
    MismatchedIdentity, // GUIDs or contacts that must match do not
    BadKey, // a key that cannot be parsed or used
    BadCertificate, // domain certificate malformed
    CryptoFailure, // OpenSSL failed for a reason that is not the input's fault
    // server answers
    ServerFault, // a protocol fault; Error::faultCode holds the code
    // engine, transport and environment (used by later layers)
    Usage,
    Network,
    Timeout,
    Tls,
    Insecure,
    Authentication,
    Storage,
    NoKeychainService, // no keyring service at all (as opposed to a locked one): Storage class
    Cancelled,
};

// Coarse classes of CLI-CONTRACT.md; each has one exit code.
enum class ErrorClass {
    Usage,
    Network,
    Timeout,
    Tls,
    Insecure,
    ServerFault,
    Authentication,
    Protocol,
    Integrity,
    Storage,
    Cancelled
};

[[nodiscard]] ErrorClass errorClassOf(ErrorKind kind);
[[nodiscard]] QString errorClassName(ErrorClass c); // "server-fault", ...
[[nodiscard]] int exitCodeOf(ErrorClass c);

// An error as a value: what happened (kind), what to tell a person (message, translated,
// never contains secrets) and what to put in a log (detail, technical, never secrets).
struct Error
{
    ErrorKind kind = ErrorKind::MalformedXml;
    QString message;
    QString detail;
    QString hint; // what the user or the administrator can do, translated
    int faultCode = 0; // only for ErrorKind::ServerFault (protocol::faultError)
    // Only for ErrorKind::Tls: the certificate the server presented when it was not trusted, for
    // a caller that lets the user decide (or names the pin). Null otherwise.
    std::shared_ptr<const engine::UntrustedCertificate> certificate = nullptr;

    // The message is the standard translated text for the kind.
    [[nodiscard]] static Error make(ErrorKind kind, const QString &detail = {});

    [[nodiscard]] ErrorClass errorClass() const { return errorClassOf(kind); }
    // "kind: detail" for logs.
    [[nodiscard]] QString toLogString() const;
};

[[nodiscard]] QString defaultMessage(ErrorKind kind);
[[nodiscard]] QString defaultHint(ErrorKind kind);
[[nodiscard]] const char *kindName(ErrorKind kind); // stable identifier for logs and tests

} // namespace groove
