// The dry run behind `groove-enroll --check`: one stage at a time, each asynchronous, each
// bounded by the request timeout. Logs name hosts and ports only; the throw-away code of the
// endpoint stage is never logged (it is no secret, but logs should not teach people to paste codes).
#include "ConnectivityCheck.h"

#include "ClientCodec.h"
#include "Crypto.h"
#include "Envelope.h"
#include "EventInfo.h"
#include "Identifiers.h"
#include "Messages.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSysInfo>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslCipher>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCheck, "groove.check", QtInfoMsg)

namespace groove::engine {

namespace {

const QString DnsName = QStringLiteral("DNS");
const QString TcpName = QStringLiteral("TCP");
const QString TlsName = QStringLiteral("TLS");
const QString EndpointName = QStringLiteral("endpoint");

// The chain errors a matching pin stands in for (WIRE-PROFILE 7.3). HostNameMismatch, expiry
// and revocation are absent on purpose: the pin replaces the trust anchor, nothing else.
constexpr QSslError::SslError PinReplaceableErrors[] = {
    QSslError::UnableToGetLocalIssuerCertificate, QSslError::SelfSignedCertificateInChain,
    QSslError::CertificateUntrusted,              QSslError::UnableToVerifyFirstCertificate,
    QSslError::SelfSignedCertificate,             QSslError::UnableToGetIssuerCertificate,
};

bool isPinReplaceable(const QSslError &e)
{
    return std::find(std::begin(PinReplaceableErrors), std::end(PinReplaceableErrors), e.error())
           != std::end(PinReplaceableErrors);
}

quint16 defaultPort(const QUrl &url)
{
    return quint16(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString hostPort(const QString &host, quint16 port)
{
    return host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                               : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString logUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// 80 random bits: no server has issued this code, so KeyActivation can only fail with a fault.
Result<QString> throwAwayCode()
{
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    const Result<QByteArray> random = crypto::randomBytes(16);
    if (!random)
        return random.error();
    QString code;
    for (const char c : *random)
        code += QLatin1Char(Alphabet[static_cast<unsigned char>(c) % 32]);
    return code;
}

QString shortHostName()
{
    const QString name = QSysInfo::machineHostName().section(u'.', 0, 0);
    return name.isEmpty() ? QStringLiteral("computer") : name;
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

ConnectivityCheck::ConnectivityCheck(QNetworkAccessManager *nam, TransportOptions options, QObject *parent)
    : QObject(parent), m_nam(nam), m_options(std::move(options)), m_stageTimer(new QTimer(this))
{
    qRegisterMetaType<groove::engine::ConnectivityCheck::Item>();
    // A dry run reports what the first attempt meets; retries would only hide a flaky network
    // and multiply the time a failing check takes.
    TransportOptions transportOptions = m_options;
    transportOptions.maxRetries = 0;
    m_transport = new Transport(nam, transportOptions, this);
    m_stageTimer->setSingleShot(true);
    connect(m_stageTimer, &QTimer::timeout, this, &ConnectivityCheck::onStageTimeout);
}

ConnectivityCheck::~ConnectivityCheck()
{
    ++m_run;
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    dropSocket();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void ConnectivityCheck::start(const QUrl &serverUrl, const QUrl &authenticatedUrl, bool needAuthenticatedEndpoint)
{
    if (m_running) {
        qCWarning(lcCheck) << "start() while a check is running: ignored";
        return;
    }
    m_running = true;
    const quint64 run = ++m_run;
    m_serverUrl = serverUrl;
    m_authUrl = authenticatedUrl;
    m_needAuth = needAuthenticatedEndpoint;
    m_items.clear();
    m_firstError.reset();
    m_tlsTargets.clear();
    m_tlsDetails.clear();
    m_tlsError.reset();
    m_tlsFatal = false;
    qCInfo(lcCheck).noquote() << "checking" << logUrl(serverUrl)
                              << (needAuthenticatedEndpoint ? QStringLiteral("and ") + logUrl(authenticatedUrl)
                                                            : QString());
    // Never report before the caller could connect to our signals.
    QMetaObject::invokeMethod(
        this,
        [this, run] {
            if (m_running && run == m_run)
                runDns();
        },
        Qt::QueuedConnection);
}

void ConnectivityCheck::cancel()
{
    if (!m_running)
        return;
    ++m_run; // callbacks still on their way belong to a run that is over
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    dropSocket();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    m_firstError = Error::make(ErrorKind::Cancelled,
                               QStringLiteral("connectivity check cancelled during %1").arg(stageName(m_stage)));
    finish();
}

QString ConnectivityCheck::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Dns:
        return DnsName;
    case Stage::Tcp:
        return TcpName;
    case Stage::Tls:
        return TlsName;
    case Stage::Endpoint:
        return EndpointName;
    case Stage::Idle:
        break;
    }
    return QStringLiteral("start");
}

void ConnectivityCheck::beginStage(Stage stage)
{
    m_stage = stage;
    m_stageClock.start();
    // The endpoint stage is bounded by the transport's own timeout.
    if (stage != Stage::Endpoint)
        m_stageTimer->start(m_options.requestTimeout);
}

void ConnectivityCheck::runDns()
{
    beginStage(Stage::Dns);
    const QString scheme = m_serverUrl.scheme();
    const QString host = m_serverUrl.host();
    if (!m_serverUrl.isValid() || host.isEmpty() || (scheme != u"http" && scheme != u"https")) {
        fail(tr("%1 is not an http or https address.").arg(logUrl(m_serverUrl)),
             Error::make(ErrorKind::Usage, QStringLiteral("not an http(s) URL: %1").arg(logUrl(m_serverUrl))));
        return;
    }
    if (!QHostAddress(host).isNull()) {
        m_stageTimer->stop();
        if (report(true, tr("%1 is an IP address, no lookup needed").arg(host)))
            runTcp();
        return;
    }
    const quint64 run = m_run;
    m_lookupId = QHostInfo::lookupHost(host, this, [this, run, host](const QHostInfo &info) {
        if (run != m_run || m_stage != Stage::Dns)
            return;
        m_lookupId = -1;
        m_stageTimer->stop();
        const QList<QHostAddress> addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
            const QString why = info.error() != QHostInfo::NoError ? info.errorString() : tr("no addresses");
            fail(tr("%1 cannot be resolved: %2").arg(host, why),
                 Error::make(ErrorKind::Network, QStringLiteral("DNS lookup of %1 failed: %2").arg(host, why)));
            return;
        }
        QStringList shown;
        for (const QHostAddress &a : addresses.mid(0, 4))
            shown.append(a.toString());
        if (addresses.size() > shown.size())
            shown.append(QStringLiteral("…"));
        if (report(true, tr("%1 resolves to %2").arg(host, shown.join(QStringLiteral(", ")))))
            runTcp();
    });
}

void ConnectivityCheck::runTcp()
{
    beginStage(Stage::Tcp);
    const QString host = m_serverUrl.host();
    const quint16 port = defaultPort(m_serverUrl);
    auto *socket = new QTcpSocket(this);
    socket->setProxy(m_nam->proxy());
    m_socket = socket;
    connect(socket, &QAbstractSocket::connected, this, [this, socket, host, port] {
        if (socket != m_socket)
            return;
        m_stageTimer->stop();
        const QString peer = socket->peerAddress().toString();
        dropSocket();
        if (report(true, tr("connected to %1 (%2)").arg(hostPort(host, port), peer)))
            runTls();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            onSocketError(socket);
    });
    socket->connectToHost(host, port);
}

void ConnectivityCheck::runTls()
{
    beginStage(Stage::Tls);
    m_stageTimer->stop(); // restarted per target
    if (m_serverUrl.scheme() == u"https")
        m_tlsTargets.append({m_serverUrl.host(), defaultPort(m_serverUrl), true});
    if (m_needAuth) {
        if (m_authUrl.scheme() != u"https" || m_authUrl.host().isEmpty()) {
            // WIRE-PROFILE 7.2: credentials never go to an http endpoint, so it cannot work.
            m_tlsDetails.append(tr("the authenticated endpoint %1 is not an https address").arg(logUrl(m_authUrl)));
            m_tlsError = Error::make(ErrorKind::Insecure,
                                     QStringLiteral("authenticated endpoint not https: %1").arg(logUrl(m_authUrl)));
        } else {
            const TlsTarget auth{m_authUrl.host(), defaultPort(m_authUrl), false};
            const bool same = std::any_of(m_tlsTargets.cbegin(), m_tlsTargets.cend(), [&](const TlsTarget &t) {
                return t.host.compare(auth.host, Qt::CaseInsensitive) == 0 && t.port == auth.port;
            });
            if (!same)
                m_tlsTargets.append(auth);
        }
    }
    if (m_tlsTargets.isEmpty()) {
        if (m_tlsDetails.isEmpty())
            m_tlsDetails.append(tr("not needed (http)"));
        reportTls();
        return;
    }

    Error setupError;
    bool setupFailed = false;
    if (!QSslSocket::supportsSsl()) {
        setupError = Error::make(ErrorKind::Tls, QStringLiteral("no TLS support in this Qt build"));
        setupFailed = true;
    } else if (!m_options.pinSha256.isEmpty() && m_options.pinSha256.size() != 32) {
        setupError = Error::make(ErrorKind::Usage, QStringLiteral("the pin must be 32 bytes (SHA-256)"));
        setupFailed = true;
    } else {
        m_tlsConfig = QSslConfiguration::defaultConfiguration();
        m_tlsConfig.setProtocol(QSsl::TlsV1_2OrLater);
        m_tlsConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_options.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
            if (cas.isEmpty()) {
                setupError = Error::make(ErrorKind::Usage, QStringLiteral("CA file %1: unreadable or no PEM certificate")
                                                               .arg(m_options.caFile));
                setupError.message = tr("The CA file %1 cannot be read or contains no certificate.").arg(m_options.caFile);
                setupFailed = true;
            } else {
                m_tlsConfig.addCaCertificates(cas);
            }
        }
    }
    if (setupFailed) {
        m_tlsFatal = m_serverUrl.scheme() == u"https";
        m_tlsTargets.clear();
        m_tlsDetails.append(setupError.message);
        if (!m_tlsError)
            m_tlsError = setupError;
        reportTls();
        return;
    }
    nextTlsTarget();
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

    auto *socket = new QSslSocket(this);
    socket->setProxy(m_nam->proxy());
    socket->setSslConfiguration(m_tlsConfig);
    m_socket = socket;
    connect(socket, &QAbstractSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            m_tlsConnected = true;
    });
    connect(socket, &QSslSocket::sslErrors, this,
            [this, socket](const QList<QSslError> &errors) { onTlsSslErrors(socket, errors); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { onTlsEncrypted(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (socket == m_socket)
            onSocketError(socket);
    });
    // The host name given here is what the certificate is verified against (and the SNI).
    socket->connectToHostEncrypted(target.host, target.port);
}

void ConnectivityCheck::onTlsSslErrors(QSslSocket *socket, const QList<QSslError> &errors)
{
    if (socket != m_socket)
        return;
    m_sslErrors = errors;
    if (m_options.pinSha256.isEmpty())
        return; // the handshake fails; the errors go into the detail
    if (!pinMatches(socket)) {
        m_pinFailed = true;
        return;
    }
    if (std::all_of(errors.cbegin(), errors.cend(), isPinReplaceable))
        socket->ignoreSslErrors(errors); // exactly these, for this socket only
}

void ConnectivityCheck::onTlsEncrypted(QSslSocket *socket)
{
    if (socket != m_socket)
        return;
    const TlsTarget target = m_tlsTargets.constFirst();
    const QString where = hostPort(target.host, target.port);
    if (!m_options.pinSha256.isEmpty() && !pinMatches(socket)) {
        m_pinFailed = true;
        dropSocket();
        tlsTargetDone(tr("%1: the certificate does not match the configured pin").arg(where),
                      Error::make(ErrorKind::Tls, QStringLiteral("certificate pin mismatch for %1").arg(where)));
        return;
    }
    const QSslCertificate peer = socket->peerCertificate();
    const QString subject = peer.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    QString detail = tr("%1: %2, certificate \"%3\" verified")
                         .arg(where, protocolName(socket->sessionProtocol()), subject);
    if (!m_options.pinSha256.isEmpty())
        detail += tr(", pin matches");
    dropSocket();
    tlsTargetDone(detail, std::nullopt);
}

bool ConnectivityCheck::pinMatches(const QSslSocket *socket) const
{
    // WIRE-PROFILE 7.3: SHA-256 of the DER SubjectPublicKeyInfo of the server certificate.
    const QByteArray spki = socket->peerCertificate().publicKey().toDer();
    return !spki.isEmpty() && QCryptographicHash::hash(spki, QCryptographicHash::Sha256) == m_options.pinSha256;
}

void ConnectivityCheck::onSocketError(QAbstractSocket *socket)
{
    m_stageTimer->stop();
    const QString why = socket->errorString();
    if (m_stage == Stage::Tcp) {
        const QString where = hostPort(m_serverUrl.host(), defaultPort(m_serverUrl));
        dropSocket();
        fail(tr("cannot connect to %1: %2").arg(where, why),
             Error::make(ErrorKind::Network, QStringLiteral("TCP connect to %1 failed: %2").arg(where, why)));
        return;
    }
    const TlsTarget target = m_tlsTargets.constFirst();
    const QString where = hostPort(target.host, target.port);
    if (m_pinFailed) {
        dropSocket();
        tlsTargetDone(tr("%1: the certificate does not match the configured pin").arg(where),
                      Error::make(ErrorKind::Tls, QStringLiteral("certificate pin mismatch for %1").arg(where)));
        return;
    }
    QStringList reasons;
    for (const QSslError &e : std::as_const(m_sslErrors))
        reasons.append(e.errorString());
    if (reasons.isEmpty())
        reasons.append(why);
    const QString reason = reasons.join(QStringLiteral("; "));
    // Before the TCP connection stands it is a network problem; after it, the peer does not
    // speak (acceptable) TLS.
    const bool tlsProblem = m_tlsConnected || !m_sslErrors.isEmpty()
                            || socket->error() == QAbstractSocket::SslHandshakeFailedError;
    dropSocket();
    tlsTargetDone(tr("%1: %2").arg(where, reason),
                  Error::make(tlsProblem ? ErrorKind::Tls : ErrorKind::Network,
                              QStringLiteral("TLS to %1 failed: %2").arg(where, reason)));
}

void ConnectivityCheck::tlsTargetDone(const QString &detail, const std::optional<Error> &error)
{
    m_stageTimer->stop();
    const TlsTarget target = m_tlsTargets.takeFirst();
    m_tlsDetails.append(detail);
    if (error) {
        if (!m_tlsError)
            m_tlsError = error;
        if (target.isServerUrl)
            m_tlsFatal = true;
    }
    nextTlsTarget();
}

void ConnectivityCheck::reportTls()
{
    m_stageTimer->stop();
    const QString detail = m_tlsDetails.join(QStringLiteral("; "));
    if (!report(!m_tlsError, detail, m_tlsError))
        return;
    if (m_tlsFatal) {
        // Every request to an https server URL goes through the handshake that just failed.
        if (emitItem({EndpointName, false, tr("not checked (TLS failed)"), 0}))
            finish();
        return;
    }
    runEndpoint();
}

void ConnectivityCheck::runEndpoint()
{
    beginStage(Stage::Endpoint);
    const Result<QString> code = throwAwayCode();
    const Result<QString> guid = ids::newGuid();
    if (!code || !guid) {
        const Error e = !code ? code.error() : guid.error();
        if (report(false, e.message, e))
            finish();
        return;
    }
    const protocol::client::CodeKey key = protocol::client::CodeKey::fromCode(*code);
    const protocol::client::Device device{*guid, shortHostName(), protocol::productGrooveVersion()};
    const Result<QByteArray> envelope = protocol::client::keyActivationRequest(key, device);
    if (!envelope) {
        if (report(false, envelope.error().message, envelope.error()))
            finish();
        return;
    }
    SoapCall *call = m_transport->post(m_serverUrl, protocol::method::KeyActivation, *envelope);
    m_call = call;
    connect(call, &SoapCall::finished, this, [this, call](const Result<QByteArray> &body) {
        if (call != m_call)
            return;
        m_call = nullptr;
        bool more = false;
        if (!body) {
            const Error &e = body.error();
            more = report(false, tr("no SOAP answer: %1 (%2)").arg(e.message, e.detail), e);
        } else {
            const Result<protocol::ResponseEnvelope> env =
                protocol::parseResponseEnvelope(*body, protocol::method::KeyActivation);
            if (env) {
                more = report(true, tr("the server answers SOAP requests"));
            } else if (env.error().kind == ErrorKind::ServerFault) {
                more = report(true, tr("the server answers SOAP requests (fault %1 for an unknown code, as expected)")
                                        .arg(env.error().faultCode));
            } else {
                const Error &e = env.error();
                more = report(false, tr("the answer is not a SOAP response: %1").arg(e.detail), e);
            }
        }
        if (more)
            finish();
    });
}

void ConnectivityCheck::onStageTimeout()
{
    if (!m_running)
        return;
    const QString ms = QString::number(m_options.requestTimeout.count());
    switch (m_stage) {
    case Stage::Dns: {
        if (m_lookupId >= 0) {
            QHostInfo::abortHostLookup(m_lookupId);
            m_lookupId = -1;
        }
        const QString host = m_serverUrl.host();
        fail(tr("no answer for %1 within %2 ms").arg(host, ms),
             Error::make(ErrorKind::Timeout, QStringLiteral("DNS lookup of %1: no answer in %2 ms").arg(host, ms)));
        return;
    }
    case Stage::Tcp: {
        const QString where = hostPort(m_serverUrl.host(), defaultPort(m_serverUrl));
        dropSocket();
        fail(tr("no connection to %1 within %2 ms").arg(where, ms),
             Error::make(ErrorKind::Timeout, QStringLiteral("TCP connect to %1: no answer in %2 ms").arg(where, ms)));
        return;
    }
    case Stage::Tls: {
        if (m_tlsTargets.isEmpty())
            return;
        const TlsTarget target = m_tlsTargets.constFirst();
        const QString where = hostPort(target.host, target.port);
        dropSocket();
        tlsTargetDone(tr("%1: no TLS handshake within %2 ms").arg(where, ms),
                      Error::make(ErrorKind::Timeout, QStringLiteral("TLS to %1: no handshake in %2 ms").arg(where, ms)));
        return;
    }
    case Stage::Endpoint:
    case Stage::Idle:
        return;
    }
}

bool ConnectivityCheck::report(bool ok, const QString &detail, const std::optional<Error> &error)
{
    if (!ok && error && !m_firstError)
        m_firstError = error;
    return emitItem({stageName(m_stage), ok, detail, m_stageClock.isValid() ? m_stageClock.elapsed() : 0});
}

void ConnectivityCheck::fail(const QString &detail, const Error &error)
{
    if (!report(false, detail, error))
        return;
    const QString skipped = tr("not checked (%1 failed)").arg(stageName(m_stage));
    const Stage later[] = {Stage::Tcp, Stage::Tls, Stage::Endpoint};
    for (const Stage s : later) {
        if (s > m_stage && !emitItem({stageName(s), false, skipped, 0}))
            return;
    }
    finish();
}

bool ConnectivityCheck::emitItem(const Item &item)
{
    const quint64 run = m_run;
    m_items.append(item);
    if (item.ok) {
        qCInfo(lcCheck).noquote() << item.name << "ok," << item.ms << "ms:" << item.detail;
    } else {
        qCInfo(lcCheck).noquote() << item.name << "FAILED," << item.ms << "ms:" << item.detail;
    }
    emit itemFinished(item);
    return m_running && run == m_run;
}

void ConnectivityCheck::finish()
{
    m_running = false;
    m_stage = Stage::Idle;
    m_stageTimer->stop();
    dropSocket();
    if (m_firstError)
        qCInfo(lcCheck).noquote() << "check failed:" << m_firstError->toLogString();
    else
        qCInfo(lcCheck) << "check passed";
    const QList<Item> items = m_items;
    const std::optional<Error> error = m_firstError;
    emit finished(items, error);
}

void ConnectivityCheck::dropSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace groove::engine
