// The TLS item of the dry run: one handshake per target, verified like the enrollment's own
// (CA file, configured pin, or a key the user trusted), through the same proxy.
#include "net/ConnectivityCheck.h"

#include "net/CertificatePin.h"
#include "net/TrustStore.h"

#include "UntrustedText.h"

#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkProxyFactory>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslCipher>
#include <QtNetwork/QSslSocket>

namespace groove::engine {

std::optional<Error> ConnectivityCheck::prepareTls()
{
    if (!QSslSocket::supportsSsl())
        return Error::make(ErrorKind::Tls, QStringLiteral("no TLS support in this Qt build"));
    if (!m_options.pinSha256.isEmpty() && m_options.pinSha256.size() != 32)
        return Error::make(ErrorKind::Usage, QStringLiteral("the pin must be 32 bytes (SHA-256)"));
    m_tlsConfig = QSslConfiguration::defaultConfiguration();
    m_tlsConfig->setProtocol(QSsl::TlsV1_2OrLater);
    m_tlsConfig->setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_options.caFile.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
    if (cas.isEmpty()) {
        Error e = Error::make(ErrorKind::Usage,
                              QStringLiteral("CA file %1: unreadable or no PEM certificate")
                                      .arg(m_options.caFile));
        e.message = tr("The CA file %1 cannot be read or contains no certificate.")
                            .arg(m_options.caFile);
        return e;
    }
    m_tlsConfig->addCaCertificates(cas);
    return std::nullopt;
}

void ConnectivityCheck::nextTlsTarget()
{
    if (m_tlsTargets.isEmpty()) {
        reportTls();
        return;
    }
    const TlsTarget target = m_tlsTargets.constFirst();
    m_sslErrors.clear();
    m_pinFailed = false;
    m_tlsConnected = false;
    m_stageTimer->start(m_options.requestTimeout);

    m_savedPin = m_options.trustStore && m_options.pinSha256.isEmpty()
            ? m_options.trustStore->pinFor(target.host, target.port)
            : QByteArray();
    auto *socket = new QSslSocket(this);
    socket->setProxy(socketProxy(target.host, target.port));
    socket->setSslConfiguration(m_tlsConfig.value_or(QSslConfiguration::defaultConfiguration()));
    m_socket = socket;
    connect(socket, &QAbstractSocket::connected, this,
            [this, socket] { m_tlsConnected = socket == m_socket; });
    connect(socket, &QSslSocket::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) { onTlsSslErrors(socket, errors); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { onTlsEncrypted(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket] { onSocketError(socket); });
    // The host name given here is what the certificate is verified against (and the SNI).
    socket->connectToHostEncrypted(target.host, target.port);
}

void ConnectivityCheck::onTlsSslErrors(QSslSocket *socket, const QList<QSslError> &errors)
{
    if (socket != m_socket)
        return;
    m_sslErrors = errors;
    if (m_options.pinSha256.isEmpty()) {
        // A server the user trusted passes as it does for the enrollment; else the handshake
        // fails and the errors go into the detail.
        if (!m_savedPin.isEmpty() && pin::onlyReplaceableErrors(errors)
            && pin::matches(socket->peerCertificate(), m_savedPin))
            socket->ignoreSslErrors(errors);
        return;
    }
    m_pinFailed = !pinMatches(socket);
    if (!m_pinFailed && pin::onlyReplaceableErrors(errors))
        socket->ignoreSslErrors(errors); // exactly these, for this socket only
}

void ConnectivityCheck::onTlsEncrypted(QSslSocket *socket)
{
    if (socket != m_socket)
        return;
    if (!m_options.pinSha256.isEmpty() && !pinMatches(socket)) {
        dropSocket();
        tlsTargetDone(tr("the certificate does not match the configured pin"), ErrorKind::Tls);
        return;
    }
    const QString subject = escapeUntrusted(
            socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).join(u", "));
    QString detail = tr("%1, certificate \"%2\" verified")
                             .arg(socket->sessionCipher().protocolString(), subject);
    if (!m_options.pinSha256.isEmpty())
        detail += tr(", pin matches");
    else if (!m_sslErrors.isEmpty()) // errors were ignored for a saved pin only
        detail += tr(", key trusted on this computer");
    dropSocket();
    tlsTargetDone(detail);
}

QNetworkProxy ConnectivityCheck::socketProxy(const QString &host, quint16 port) const
{
    // A manager with a proxy factory (the system settings) has no proxy() of its own.
    QNetworkProxyFactory *factory = m_nam->proxyFactory();
    if (!factory)
        return m_nam->proxy();
    const QList<QNetworkProxy> proxies = factory->queryProxy(
            QNetworkProxyQuery(host, port, QString(), QNetworkProxyQuery::TcpSocket));
    for (const QNetworkProxy &p : proxies) {
        if (p.type() == QNetworkProxy::NoProxy
            || p.capabilities().testFlag(QNetworkProxy::TunnelingCapability))
            return p;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

bool ConnectivityCheck::pinMatches(const QSslSocket *socket) const
{
    return pin::matches(socket->peerCertificate(), m_options.pinSha256);
}

} // namespace groove::engine
