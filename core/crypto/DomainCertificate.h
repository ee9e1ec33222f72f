#pragma once

#include "crypto/RsaKey.h"

#include <QtCore/QDateTime>

namespace groove::crypto {

// [MS-GRVSPCM] 3.1.3 + WIRE-PROFILE 5, 6.10: self-signed X.509 v3, sha1WithRSA, 100 years.
// Subject public key = the domain's signing key; extension 2.16.840.1.114227.1.1.1 holds the DER
// RSAPublicKey of its encryption key; .1.1.2 and .1.1.3 hold UTF-16LE "RSA".
inline constexpr const char *EncryptionKeyOid = "2.16.840.1.114227.1.1.1";
inline constexpr const char *SigningAlgoOid = "2.16.840.1.114227.1.1.2";
inline constexpr const char *EncryptionAlgoOid = "2.16.840.1.114227.1.1.3";
// Both domain keys protect every account of the domain for the certificate's 100 years: below
// 2048 bits (what our own keys and the vectors use; NIST SP 800-131A) they are refused, as the
// subject key and as the extension's key, also when building.
inline constexpr int MinDomainKeyBits = 2048;

class DomainCertificate final
{
public:
    struct BuildParams
    {
        QString name; // O and OU
        RsaPrivateKey signingKey; // signs the certificate; its public half is the subject key
        RsaPublicKey encryptionKey; // goes into the extension
        QByteArray serial; // big-endian, positive; empty = 16 random bytes
        QDateTime notBefore; // UTC; notAfter = +100 years
    };

    // Strict parse: every malformed case is a BadCertificate error with a specific detail.
    [[nodiscard]] static Result<DomainCertificate> parse(QByteArrayView der);
    [[nodiscard]] static Result<DomainCertificate> build(const BuildParams &params);

    [[nodiscard]] const QByteArray &der() const { return m_der; }
    [[nodiscard]] const RsaPublicKey &signingKey() const { return m_signingKey; }
    [[nodiscard]] const RsaPublicKey &encryptionKey() const { return m_encryptionKey; }
    [[nodiscard]] const QString &organization() const { return m_organization; }
    [[nodiscard]] const QByteArray &serial() const { return m_serial; }
    [[nodiscard]] const QDateTime &notBefore() const { return m_notBefore; }
    [[nodiscard]] const QDateTime &notAfter() const { return m_notAfter; }

private:
    QByteArray m_der;
    RsaPublicKey m_signingKey;
    RsaPublicKey m_encryptionKey;
    QString m_organization;
    QByteArray m_serial;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace groove::crypto
