#include "net/CertificatePin.h"

#include "SecretBytes.h"

#include <QtCore/QCryptographicHash>
#include <QtNetwork/QSslCertificate>

#include <openssl/x509.h>

#include <algorithm>

namespace groove::engine::pin {

namespace {

constexpr QSslError::SslError ReplaceableErrors[] = {
    QSslError::UnableToGetLocalIssuerCertificate,
    QSslError::SelfSignedCertificateInChain,
    QSslError::CertificateUntrusted,
    QSslError::UnableToVerifyFirstCertificate,
    QSslError::SelfSignedCertificate,
    QSslError::UnableToGetIssuerCertificate,
};

} // namespace

QByteArray spkiSha256(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, long(der.size()));
    if (!x509)
        return {};
    QByteArray spki;
    const X509_PUBKEY *key = X509_get_X509_PUBKEY(x509);
    const int size = key ? i2d_X509_PUBKEY(key, nullptr) : -1;
    if (size > 0) {
        spki.resize(size);
        auto *out = reinterpret_cast<unsigned char *>(spki.data());
        if (i2d_X509_PUBKEY(key, &out) != size)
            spki.clear();
    }
    X509_free(x509);
    return spki.isEmpty() ? QByteArray()
                          : QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

bool matches(const QSslCertificate &certificate, const QByteArray &pin)
{
    const QByteArray actual = spkiSha256(certificate);
    if (actual.isEmpty() || actual.size() != pin.size())
        return false;
    // Not secret, but a constant-time comparison costs nothing here.
    return SecretBytes(QByteArrayView(actual)).equals(pin);
}

bool onlyReplaceableErrors(const QList<QSslError> &errors)
{
    return std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
        return std::find(std::begin(ReplaceableErrors), std::end(ReplaceableErrors), e.error())
                != std::end(ReplaceableErrors);
    });
}

} // namespace groove::engine::pin
