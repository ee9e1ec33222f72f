// The TLS side of a SoapCall (WIRE-PROFILE 7.3): which certificate errors a pin (configured, or
// saved for a server the user trusted) stands in for, and what a failed handshake met.
#include "net/Transport.h"

#include "net/CertificatePin.h"
#include "net/UntrustedCertificate.h"

#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>

namespace groove::engine {

void SoapCall::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (reply != m_reply || m_done)
        return;
    m_sslErrors = errors;
    const bool allReplaceable = pin::onlyReplaceableErrors(errors);
    if (!m_options.pinSha256.isEmpty()) {
        if (!pinMatches(reply))
            m_pinFailed = true;
        if (!m_pinFailed && allReplaceable)
            reply->ignoreSslErrors(errors); // exactly these errors, for this reply only
        else
            noteCertificate(reply, errors);
        return;
    }
    if (!m_savedPin.isEmpty() && allReplaceable
        && pin::matches(reply->sslConfiguration().peerCertificate(), m_savedPin)) {
        reply->ignoreSslErrors(errors); // a server the user trusted
        return;
    }
    noteCertificate(reply, errors); // Qt fails the handshake; the error carries the certificate
}

void SoapCall::noteCertificate(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslConfiguration tls = reply->sslConfiguration();
    QList<QSslCertificate> chain = tls.peerCertificateChain();
    if (chain.isEmpty() && !tls.peerCertificate().isNull())
        chain.append(tls.peerCertificate());
    auto certificate = std::make_shared<UntrustedCertificate>(
            UntrustedCertificate::from(m_url.host(), quint16(m_url.port(443)), chain, errors));
    // A configured pin names the one key to accept; a saved pin that no longer matches means
    // the key changed since the user trusted it. Neither is for a prompt to overrule.
    if (!m_options.pinSha256.isEmpty())
        certificate->trustable = false;
    if (!m_savedPin.isEmpty() && !chain.isEmpty()
        && !pin::matches(chain.constFirst(), m_savedPin)) {
        certificate->keyChanged = true;
        certificate->trustable = false;
    }
    m_untrusted = std::move(certificate);
}

void SoapCall::onEncrypted(QNetworkReply *reply)
{
    if (reply != m_reply || m_done || m_options.pinSha256.isEmpty())
        return;
    if (!pinMatches(reply)) {
        m_pinFailed = true;
        noteCertificate(reply, {});
        reply->abort();
    }
}

bool SoapCall::pinMatches(QNetworkReply *reply) const
{
    return pin::matches(reply->sslConfiguration().peerCertificate(), m_options.pinSha256);
}

} // namespace groove::engine
