#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QSslCertificate;
class QSslError;

namespace groove::engine {

// One certificate of the chain a server presented, short, for a person deciding whether to trust
// it. The texts come from the server: escaped (UntrustedText) and cut to a sane length.
struct CertificateSummary
{
    QString subjectCommonName;
    QString subjectOrganization;
    QString issuerCommonName;
    QString issuerOrganization;
    QDateTime notBefore; // UTC
    QDateTime notAfter; // UTC

    [[nodiscard]] static CertificateSummary of(const QSslCertificate &certificate);
    // "CN (O), issued by CN (O), valid 2026-01-01 to 2027-01-01" (translated)
    [[nodiscard]] QString toString() const;
};

// A server certificate that was not trusted (WIRE-PROFILE 7.3), carried by the call's Tls error
// (Error::certificate) so that a front end can let the user pin it (TrustStore) or name the pin.
struct UntrustedCertificate
{
    QString host;
    quint16 port = 0;
    QString spkiSha256; // hex, lower case: the pin that trusts this server's key
    QList<CertificateSummary> chain; // the server's own certificate first
    QStringList problems; // why it is not trusted (escaped TLS error texts)
    // Only a chain that cannot be validated (self-signed, unknown issuer, untrusted root) may be
    // trusted by pinning the key; a host-name mismatch, an expired or not yet valid certificate,
    // a revoked one or any other problem never (the pin replaces the trust anchor, nothing else).
    bool trustable = false;
    // A pin saved for this server does not match: its key changed since it was trusted.
    bool keyChanged = false;

    // 'chain' as presented (the server's certificate first), 'errors' from the handshake.
    [[nodiscard]] static UntrustedCertificate from(const QString &host, quint16 port,
                                                   const QList<QSslCertificate> &chain,
                                                   const QList<QSslError> &errors);
    // A few lines for a dialog or the command line: host, key hash, chain, problems.
    [[nodiscard]] QString summary() const;
};

} // namespace groove::engine

Q_DECLARE_METATYPE(groove::engine::UntrustedCertificate)
