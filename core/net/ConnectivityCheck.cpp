// The dry run behind `groove-enroll --check`: one stage at a time, each asynchronous and bounded
// by the request timeout. Logs name hosts and ports only; the throw-away code of the endpoint
// stage is never logged (no secret, but logs should not teach people to paste codes around).
#include "net/ConnectivityCheck.h"
#include "Logging.h"
#include "net/UntrustedCertificate.h"

#include "net/CertificatePin.h"

#include "UntrustedText.h"

#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/ClientCodec.h"
#include "protocol/Envelope.h"
#include "protocol/EventInfo.h"
#include "protocol/Messages.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QSysInfo>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <utility>

namespace groove::engine {

namespace {

// Indexed by Stage; the item names are part of the CLI output and stay untranslated.
constexpr const char *StageNames[] = { "start", "DNS", "TCP", "TLS", "endpoint" };

quint16 portOf(const QUrl &url)
{
    return quint16(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString hostPort(const QString &host, quint16 port)
{
    return (host.contains(u':') ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
            .arg(host)
            .arg(port);
}

QString logUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// 80 random bits: no server has issued this code, so KeyActivation can only end in a fault.
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

} // namespace

ConnectivityCheck::ConnectivityCheck(QNetworkAccessManager *nam, TransportOptions options,
                                     QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_options(std::move(options)),
      m_stageTimer(new QTimer(this))
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

void ConnectivityCheck::start(const QUrl &serverUrl, const QUrl &authenticatedUrl,
                              bool needAuthenticatedEndpoint)
{
    if (m_running) {
        qCWarning(lcNet) << "start() while a check is running: ignored";
        return;
    }
    m_running = true;
    const quint64 run = ++m_run;
    m_serverUrl = serverUrl;
    m_authUrl = authenticatedUrl;
    m_needAuth = needAuthenticatedEndpoint;
    m_items.clear();
    m_tlsTargets.clear();
    m_tlsDetails.clear();
    m_firstError = m_tlsError = std::nullopt;
    m_tlsFatal = false;
    qCInfo(lcNet).noquote() << "checking" << logUrl(serverUrl) << "authenticated endpoint:"
                            << (needAuthenticatedEndpoint ? logUrl(authenticatedUrl)
                                                          : QStringLiteral("not needed"));
    // Never report before the caller could connect to our signals.
    QTimer::singleShot(0, this, [this, run] {
        if (m_running && run == m_run)
            runDns();
    });
}

void ConnectivityCheck::cancel()
{
    if (!m_running)
        return;
    stopActivity();
    m_firstError = Error::make(
            ErrorKind::Cancelled,
            QStringLiteral("connectivity check cancelled during %1").arg(stageName(m_stage)));
    finish();
}

void ConnectivityCheck::stopActivity()
{
    ++m_run; // callbacks still on their way belong to a run that is over
    m_stageTimer->stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    dropSocket();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
}

QString ConnectivityCheck::stageName(Stage stage)
{
    return QString::fromLatin1(StageNames[int(stage)]);
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
             Error::make(ErrorKind::Usage,
                         QStringLiteral("not an http(s) URL: %1").arg(logUrl(m_serverUrl))));
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
            const QString why =
                    info.error() != QHostInfo::NoError ? info.errorString() : tr("no addresses");
            fail(tr("%1 cannot be resolved: %2").arg(host, why),
                 Error::make(ErrorKind::Network,
                             QStringLiteral("DNS lookup of %1 failed: %2").arg(host, why)));
            return;
        }
        QStringList shown;
        for (const QHostAddress &a : addresses)
            shown.append(a.toString());
        if (report(true, tr("%1 resolves to %2").arg(host, shown.join(u", "))))
            runTcp();
    });
}

void ConnectivityCheck::runTcp()
{
    beginStage(Stage::Tcp);
    const QString where = hostPort(m_serverUrl.host(), portOf(m_serverUrl));
    auto *socket = new QTcpSocket(this);
    socket->setProxy(socketProxy(m_serverUrl.host(), portOf(m_serverUrl)));
    m_socket = socket;
    connect(socket, &QAbstractSocket::connected, this, [this, socket, where] {
        if (socket != m_socket)
            return;
        m_stageTimer->stop();
        const QString peer = socket->peerAddress().toString();
        dropSocket();
        if (report(true, tr("connected to %1 (%2)").arg(where, peer)))
            runTls();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket] { onSocketError(socket); });
    socket->connectToHost(m_serverUrl.host(), portOf(m_serverUrl));
}

void ConnectivityCheck::runTls()
{
    beginStage(Stage::Tls);
    m_stageTimer->stop(); // restarted per target
    if (m_serverUrl.scheme() == u"https")
        m_tlsTargets.append({ m_serverUrl.host(), portOf(m_serverUrl), true });
    if (m_needAuth && (m_authUrl.scheme() != u"https" || m_authUrl.host().isEmpty())) {
        // WIRE-PROFILE 7.2: credentials never go to an http endpoint, so it cannot work.
        m_tlsDetails.append(
                tr("the authenticated endpoint %1 is not an https address").arg(logUrl(m_authUrl)));
        m_tlsError = Error::make(
                ErrorKind::Insecure,
                QStringLiteral("authenticated endpoint not https: %1").arg(logUrl(m_authUrl)));
    } else if (m_needAuth) {
        const TlsTarget auth{ m_authUrl.host(), portOf(m_authUrl), false };
        const bool same =
                std::any_of(m_tlsTargets.cbegin(), m_tlsTargets.cend(), [&](const TlsTarget &t) {
                    return t.host.compare(auth.host, Qt::CaseInsensitive) == 0
                            && t.port == auth.port;
                });
        if (!same) // one handshake answers for both
            m_tlsTargets.append(auth);
    }
    if (m_tlsTargets.isEmpty() && m_tlsDetails.isEmpty())
        m_tlsDetails.append(tr("not needed (http)"));
    if (const std::optional<Error> setup = m_tlsTargets.isEmpty() ? std::nullopt : prepareTls()) {
        m_tlsFatal = m_tlsTargets.constFirst().isServerUrl;
        m_tlsTargets.clear();
        m_tlsDetails.append(setup->message);
        if (!m_tlsError)
            m_tlsError = setup;
    }
    nextTlsTarget();
}

void ConnectivityCheck::onSocketError(QAbstractSocket *socket)
{
    if (socket != m_socket)
        return;
    m_stageTimer->stop();
    const QString why = escapeUntrusted(socket->errorString());
    if (m_stage == Stage::Tcp) {
        const QString where = hostPort(m_serverUrl.host(), portOf(m_serverUrl));
        dropSocket();
        fail(tr("cannot connect to %1: %2").arg(where, why),
             Error::make(ErrorKind::Network,
                         QStringLiteral("TCP connect to %1 failed: %2").arg(where, why)));
        return;
    }
    QStringList reasons;
    for (const QSslError &e : std::as_const(m_sslErrors))
        reasons.append(escapeUntrusted(e.errorString()));
    if (reasons.isEmpty())
        reasons.append(why);
    // What an administrator compares on the phone (UX.md): subject, issuer and validity.
    if (const auto *tls = qobject_cast<const QSslSocket *>(socket);
        tls && !m_sslErrors.isEmpty() && !tls->peerCertificate().isNull())
        reasons.append(tr("certificate: %1")
                               .arg(CertificateSummary::of(tls->peerCertificate()).toString()));
    // A chain nobody vouches for could be pinned: name the key, so an administrator can compare
    // it with the server's and pin it (never for errors a pin does not stand in for).
    if (const auto *tls = qobject_cast<const QSslSocket *>(socket); tls && !m_sslErrors.isEmpty()
        && m_options.pinSha256.isEmpty() && pin::onlyReplaceableErrors(m_sslErrors)) {
        const QByteArray key = pin::spkiSha256(tls->peerCertificate());
        if (!key.isEmpty())
            reasons.append(tr("the server's key has the SHA-256 %1 (--pin-sha256 %1 trusts it)")
                                   .arg(QString::fromLatin1(key.toHex())));
    }
    // Before the TCP connection stands it is a network problem; after it, the peer does not
    // speak (acceptable) TLS.
    const bool tlsProblem = m_tlsConnected || !m_sslErrors.isEmpty()
            || socket->error() == QAbstractSocket::SslHandshakeFailedError;
    dropSocket();
    if (m_pinFailed)
        tlsTargetDone(tr("the certificate does not match the configured pin"), ErrorKind::Tls);
    else
        tlsTargetDone(reasons.join(u"; "), tlsProblem ? ErrorKind::Tls : ErrorKind::Network);
}

void ConnectivityCheck::tlsTargetDone(const QString &why, std::optional<ErrorKind> failure)
{
    m_stageTimer->stop();
    const TlsTarget target = m_tlsTargets.takeFirst();
    const QString where = hostPort(target.host, target.port);
    m_tlsDetails.append(tr("%1: %2").arg(where, why));
    if (failure) {
        if (!m_tlsError)
            m_tlsError =
                    Error::make(*failure, QStringLiteral("TLS to %1 failed: %2").arg(where, why));
        m_tlsFatal = m_tlsFatal || target.isServerUrl;
    }
    nextTlsTarget();
}

void ConnectivityCheck::reportTls()
{
    m_stageTimer->stop();
    if (!report(!m_tlsError, m_tlsDetails.join(u"; "), m_tlsError))
        return;
    // Every request to an https server URL would go through the handshake that just failed.
    if (!m_tlsFatal)
        runEndpoint();
    else if (emitItem({ stageName(Stage::Endpoint), false, tr("not checked (TLS failed)"), 0 }))
        finish();
}

void ConnectivityCheck::runEndpoint()
{
    beginStage(Stage::Endpoint);
    const Result<QString> code = throwAwayCode();
    const Result<QString> guid = ids::newGuid();
    Result<QByteArray> envelope = !code ? Result<QByteArray>(code.error())
            : !guid                     ? Result<QByteArray>(guid.error())
                                        : protocol::client::keyActivationRequest(
                                                protocol::client::CodeKey::fromCode(*code),
                                                { *guid, QSysInfo::machineHostName().section(u'.', 0, 0),
                                                  protocol::productGrooveVersion() });
    if (!envelope) {
        if (report(false, envelope.error().message, envelope.error()))
            finish();
        return;
    }
    SoapCall *call = m_transport->post(m_serverUrl, protocol::method::KeyActivation, *envelope);
    m_call = call;
    connect(call, &SoapCall::finished, this, [this, call](const Result<QByteArray> &body) {
        if (call == m_call)
            onEndpointAnswer(body);
    });
}

void ConnectivityCheck::onEndpointAnswer(const Result<QByteArray> &body)
{
    m_call = nullptr;
    bool more = false;
    if (!body) {
        const Error &e = body.error();
        more = report(false, tr("no SOAP answer: %1 (%2)").arg(e.message, e.detail), e);
    } else if (const auto env =
                       protocol::parseResponseEnvelope(*body, protocol::method::KeyActivation)) {
        more = report(true, tr("the server answers SOAP requests"));
    } else if (env.error().kind == ErrorKind::ServerFault) {
        // The expected outcome: the server parsed the request and refused the unknown code.
        more = report(
                true,
                tr("the server answers SOAP requests (fault %1 for an unknown code, as expected)")
                        .arg(env.error().faultCode));
    } else {
        more = report(false, tr("the answer is not a SOAP response: %1").arg(env.error().detail),
                      env.error());
    }
    if (more)
        finish();
}

void ConnectivityCheck::onStageTimeout()
{
    if (!m_running || m_stage == Stage::Endpoint)
        return;
    const qint64 ms = m_options.requestTimeout.count();
    if (m_stage == Stage::Tls) {
        dropSocket();
        tlsTargetDone(tr("no TLS handshake within %1 ms").arg(ms), ErrorKind::Timeout);
        return;
    }
    const QString what = m_stage == Stage::Dns ? m_serverUrl.host()
                                               : hostPort(m_serverUrl.host(), portOf(m_serverUrl));
    stopActivity(); // ends the lookup or connection attempt; fail() reports and finishes
    fail(tr("no answer from %1 within %2 ms").arg(what).arg(ms),
         Error::make(ErrorKind::Timeout,
                     QStringLiteral("%1 %2: no answer in %3 ms")
                             .arg(stageName(m_stage), what)
                             .arg(ms)));
}

bool ConnectivityCheck::report(bool ok, const QString &detail, const std::optional<Error> &error)
{
    if (!ok && error && !m_firstError)
        m_firstError = error;
    return emitItem({ stageName(m_stage), ok, detail,
                      m_stageClock.isValid() ? m_stageClock.elapsed() : 0 });
}

void ConnectivityCheck::fail(const QString &detail, const Error &error)
{
    if (!report(false, detail, error))
        return;
    const QString skipped = tr("not checked (%1 failed)").arg(stageName(m_stage));
    for (const Stage s : { Stage::Tcp, Stage::Tls, Stage::Endpoint }) {
        if (s > m_stage && !emitItem({ stageName(s), false, skipped, 0 }))
            return;
    }
    finish();
}

bool ConnectivityCheck::emitItem(const Item &item)
{
    const quint64 run = m_run;
    m_items.append(item);
    qCInfo(lcNet).noquote() << item.name << (item.ok ? "ok," : "FAILED,") << item.ms
                            << "ms:" << item.detail;
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
        qCInfo(lcNet).noquote() << "check failed:" << m_firstError->toLogString();
    else
        qCInfo(lcNet) << "check passed";
    const QList<Item> items = m_items;
    const std::optional<Error> error = m_firstError;
    emit finished(items, error);
}

void ConnectivityCheck::dropSocket()
{
    if (QAbstractSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace groove::engine
