#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtNetwork/QSslError>

class QSslCertificate;

// WIRE-PROFILE 7.3 certificate pinning, shared by the transport and the connectivity check.
namespace groove::engine::pin {

// SHA-256 of the certificate's DER SubjectPublicKeyInfo (curl's --pinnedpubkey), computed with
// OpenSSL so that it does not depend on Qt's TLS backend. Empty when the certificate is unusable.
[[nodiscard]] QByteArray spkiSha256(const QSslCertificate &certificate);
// Constant-time comparison with a 32-byte pin.
[[nodiscard]] bool matches(const QSslCertificate &certificate, const QByteArray &pin);
// True when every error is a chain error that a matching pin stands in for. HostNameMismatch,
// expiry and revocation never are: the pin replaces the trust anchor, nothing else.
[[nodiscard]] bool onlyReplaceableErrors(const QList<QSslError> &errors);

} // namespace groove::engine::pin
