// WIRE-PROFILE 1 and 7.1-7.3 on top of QNetworkAccessManager: one SOAP POST per SoapCall, with
// our own redirect, authentication, size, retry and pinning rules. Nothing here blocks.
#include "net/Transport.h"
#include "Logging.h"

#include "net/TrustStore.h"

#include "SecretBytes.h"
#include "UntrustedText.h"
#include "net/ServerUrl.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkCookie>
#include <QtNetwork/QNetworkCookieJar>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslCertificate>

#include <algorithm>

namespace groove::engine {

namespace {

const QByteArray DefaultUserAgent = QByteArrayLiteral("groove-enroll/" GE_VERSION_STRING);

// Errors after which the same request may succeed on a new connection. A timeout is not one:
// a stalled server would multiply the user's wait by (1 + maxRetries), and the engine's overall
// deadline is the place to decide about trying again after that.
bool isTransient(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::RemoteHostClosedError: // also a connection closed mid-body
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString logUrl(const QUrl &url)
{
    return escapeUntrusted(
            url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

// A jar that keeps nothing: a cookie set over http must never travel to the https endpoint, and
// the protocol has no use for cookies at all.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    bool insertCookie(const QNetworkCookie &) override { return false; }
    bool updateCookie(const QNetworkCookie &) override { return false; }
};

} // namespace

Credentials::~Credentials()
{
    wipe(login);
    wipe(password);
}

SoapCall::SoapCall(QNetworkAccessManager *nam, const TransportOptions &options, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_options(options),
      m_backoff(new QTimer(this))
{
    m_backoff->setSingleShot(true);
    connect(m_backoff, &QTimer::timeout, this, &SoapCall::send);
}

SoapCall::~SoapCall()
{
    if (m_reply) {
        // Deleted before it finished (its owner went away): nobody waits for the answer, and the
        // reply, our child, goes with us.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    wipeAllCopies(m_authorization);
    wipeAllCopies(m_proxyAuthorization);
}

void SoapCall::abort()
{
    if (m_done)
        return;
    m_aborted = true; // before abort(): OperationCanceledError then means the user, not a timeout
    m_backoff->stop();
    if (m_reply)
        m_reply->abort(); // finishes the reply, which reports Cancelled
    if (!m_done)
        finish(Error::make(ErrorKind::Cancelled, QStringLiteral("%1 cancelled").arg(m_method)));
}

void SoapCall::start()
{
    if (m_done)
        return;
    m_elapsed.start();
    if (m_setupError) {
        finish(*m_setupError);
        return;
    }
    send();
}

void SoapCall::send()
{
    if (m_done)
        return;
    m_body.clear();
    m_sslErrors.clear();
    m_untrusted.reset();
    m_tooLarge = m_pinFailed = false;

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", QByteArray("\"urn:groove.net#" + m_method.toUtf8() + '"'));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_options.userAgent.isEmpty() ? DefaultUserAgent : m_options.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Credentials are ours to send or not: never the manager's cache of earlier answers.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // No cookies, whatever jar the manager has (Transport also replaces it with one that keeps
    // nothing): a cookie must never carry state from one request or endpoint to another.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    request.setTransferTimeout(m_options.requestTimeout);
#else
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
#endif
    if (m_url.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    if (m_sentCredentials) {
        // Qt's copies of the header share this buffer; it is wiped in place (all copies at once)
        // as soon as the reply that carried it is finished.
        wipeAllCopies(m_authorization);
        m_authorization = basicAuthorization(m_credentials->login, m_credentials->password);
        request.setRawHeader("Authorization", m_authorization);
    }
    // The requests opt out of the manager's own authentication (above), which for a plain-http
    // request sent to an http proxy also turns off answering the proxy's 407; so a configured
    // proxy's credentials go along up front (Basic, as curl does). Never for https: the header
    // would travel inside the tunnel to the server. Through CONNECT Qt's socket layer answers
    // the proxy itself.
    if (const QNetworkProxy proxy = m_nam->proxy(); m_url.scheme() == u"http"
        && proxy.type() == QNetworkProxy::HttpProxy && !proxy.user().isEmpty()) {
        wipeAllCopies(m_proxyAuthorization);
        m_proxyAuthorization = basicAuthorization(proxy.user(), proxy.password());
        request.setRawHeader("Proxy-Authorization", m_proxyAuthorization);
    }

    ++m_requests;
    qCDebug(lcNet).noquote() << "POST" << m_method << logUrl(m_url) << "request" << m_requests
                             << (m_sentCredentials ? "with credentials" : "");
    QNetworkReply *reply = m_nam->post(request, m_envelope);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { onEncrypted(reply); });
}

QByteArray SoapCall::basicAuthorization(const QString &user, const QString &secret)
{
    // Every intermediate buffer is ours and wiped. Each is reserved at its final size so that no
    // append reallocates and leaves an unwiped copy behind.
    QByteArray login = user.toUtf8();
    QByteArray password = secret.toUtf8();
    QByteArray pair;
    pair.reserve(login.size() + 1 + password.size());
    pair.append(login).append(':').append(password);
    wipe(login);
    wipe(password);
    QByteArray encoded = pair.toBase64();
    wipe(pair);
    QByteArray header;
    header.reserve(6 + encoded.size());
    header.append("Basic ").append(encoded);
    wipe(encoded);
    return header;
}

void SoapCall::onMetaDataChanged(QNetworkReply *reply)
{
    if (reply != m_reply || m_done)
        return;
    bool ok = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_options.maxResponseBytes && !std::exchange(m_tooLarge, true))
        reply->abort();
}

void SoapCall::onReadyRead(QNetworkReply *reply)
{
    if (reply != m_reply || m_done || m_tooLarge)
        return;
    // Reads at most one byte past the limit, so a huge answer never sits in our memory.
    m_body += reply->read(m_options.maxResponseBytes - m_body.size() + 1);
    if (m_body.size() > m_options.maxResponseBytes && !std::exchange(m_tooLarge, true))
        reply->abort();
}

Error SoapCall::pinMismatch() const
{
    Error e = Error::make(ErrorKind::Tls, u"certificate pin mismatch for " + logUrl(m_url));
    e.message = tr("The management server's certificate does not match the configured pin.");
    e.certificate = m_untrusted;
    return e;
}

void SoapCall::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    // The request is done with: Qt will not send it again.
    wipeAllCopies(m_authorization);
    wipeAllCopies(m_proxyAuthorization);
    if (m_done)
        return;
    // The last bytes may arrive together with finished().
    if (!m_tooLarge && !m_aborted && reply->bytesAvailable() > 0) {
        m_body += reply->read(m_options.maxResponseBytes - m_body.size() + 1);
        m_tooLarge = m_body.size() > m_options.maxResponseBytes;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcNet).noquote() << m_method << logUrl(m_url) << "status" << status << "error"
                             << reply->error() << "bytes" << m_body.size();

    if (m_aborted) {
        finish(Error::make(ErrorKind::Cancelled, QStringLiteral("%1 cancelled").arg(m_method)));
    } else if (m_tooLarge) {
        finish(Error::make(ErrorKind::InputTooLarge,
                           QStringLiteral("%1: response over %2 bytes")
                                   .arg(m_method)
                                   .arg(m_options.maxResponseBytes)));
    } else if (m_pinFailed) {
        finish(pinMismatch());
    } else if (reply->error() != QNetworkReply::NoError
               && reply->error() < QNetworkReply::ContentAccessDenied) {
        // Connection, TLS and proxy errors (codes below 200), even after a status line arrived:
        // a body cut short is a network failure, not an answer.
        handleNetworkError(reply);
    } else if (status != 0) {
        handleStatus(reply, status);
    } else {
        finish(Error::make(ErrorKind::Network,
                           QStringLiteral("%1: %2").arg(logUrl(m_url),
                                                        escapeUntrusted(reply->errorString()))));
    }
}

bool SoapCall::isWebPage(const QString &contentType, const QByteArray &body)
{
    if (contentType.startsWith(u"text/html", Qt::CaseInsensitive))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

Error SoapCall::webPageError(const QString &detail)
{
    // A captive portal (hotel, guest network) answers every request with its sign-in page; the
    // generic "cannot understand" would send the user to IT for nothing.
    Error e = Error::make(ErrorKind::MalformedXml, detail);
    e.message = tr("A web page came back instead of the management server's answer.");
    e.hint = tr("On a hotel or guest network, sign in to the network in your browser first. "
                "Otherwise check the management server address.");
    return e;
}

void SoapCall::handleStatus(QNetworkReply *reply, int status)
{
    if (status >= 300 && status < 400) {
        followRedirect(reply, status);
        return;
    }
    switch (status) {
    case 200:
        if (!m_options.pinSha256.isEmpty() && m_url.scheme() == u"https" && !pinMatches(reply)) {
            // A connection reused from an earlier request has no handshake of its own to check.
            finish(pinMismatch());
            return;
        }
        if (isWebPage(reply->header(QNetworkRequest::ContentTypeHeader).toString(), m_body)) {
            finish(webPageError(QStringLiteral("HTTP 200 from %1 is a web page (%2 bytes)")
                                        .arg(logUrl(m_url))
                                        .arg(m_body.size())));
            return;
        }
        finish(std::move(m_body));
        return;
    case 401:
        // Only a call that has credentials answers a challenge, only once, and only over https
        // (post() refused credentials for http URLs, and redirects never leave the origin).
        if (m_credentials && !m_sentCredentials && m_url.scheme() == u"https") {
            m_sentCredentials = true;
            qCInfo(lcNet).noquote()
                    << m_method << logUrl(m_url) << "answering the HTTP authentication challenge";
            send();
            return;
        }
        finish(Error::make(ErrorKind::Authentication,
                           QStringLiteral("HTTP 401 from %1 (%2)")
                                   .arg(logUrl(m_url),
                                        m_sentCredentials
                                                ? QStringLiteral("credentials refused")
                                                : QStringLiteral("no credentials to send"))));
        return;
    default:
        finish(Error::make(ErrorKind::Network,
                           QStringLiteral("HTTP %1 from %2").arg(status).arg(logUrl(m_url))));
        return;
    }
}

void SoapCall::followRedirect(QNetworkReply *reply, int status)
{
    const QByteArray location = reply->rawHeader("Location"); // server-controlled: escaped
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    QString why;
    if (status != 307 && status != 308)
        why = QStringLiteral("HTTP %1 is not 307 or 308").arg(status); // 301-303 would make a GET
    else if (location.isEmpty() || !target.isValid())
        why = QStringLiteral("no valid Location");
    else if (!sameOrigin(target, m_url))
        why = QStringLiteral("another origin");
    else if (!target.userInfo().isEmpty())
        why = QStringLiteral("Location with user info");
    else if (m_redirects >= m_options.maxRedirects)
        why = QStringLiteral("more than %1 redirects").arg(m_options.maxRedirects);
    if (!why.isEmpty()) {
        Error e =
                Error::make(ErrorKind::InvalidValue,
                            QStringLiteral("redirect from %1 to %2 refused: %3")
                                    .arg(logUrl(m_url), escapeUntrusted(location.left(256)), why));
        e.message = tr("The management server redirected the request to an address this program "
                       "does not follow.");
        // Hotel and guest networks send every request to their sign-in page this way.
        if (status >= 301 && status <= 303 && !sameOrigin(target, m_url))
            e.hint = webPageError({}).hint;
        finish(e);
        return;
    }
    ++m_redirects;
    qCInfo(lcNet).noquote() << QStringLiteral("%1 redirected (HTTP %2) from %3 to %4")
                                       .arg(m_method)
                                       .arg(status)
                                       .arg(logUrl(m_url), logUrl(target));
    m_url = target.adjusted(QUrl::RemoveFragment);
    send();
}

void SoapCall::handleNetworkError(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError code = reply->error();
    const QString where = logUrl(m_url);
    // Qt's error text may quote the server (its HTTP reason phrase, for one).
    const QString why = escapeUntrusted(reply->errorString());
    switch (code) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        finish(Error::make(ErrorKind::Timeout,
                           QStringLiteral("%1: no answer within %2 ms (%3)")
                                   .arg(where)
                                   .arg(m_options.requestTimeout.count())
                                   .arg(why)));
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : std::as_const(m_sslErrors))
            reasons.append(escapeUntrusted(e.errorString()));
        if (reasons.isEmpty())
            reasons.append(why);
        Error e = Error::make(
                ErrorKind::Tls,
                QStringLiteral("%1: %2").arg(where, reasons.join(QStringLiteral("; "))));
        e.certificate = m_untrusted;
        finish(e);
        return;
    }
    default:
        break;
    }
    // An UnknownNetworkError caused by certificate errors would be retried to no avail.
    if (!m_sslErrors.isEmpty()) {
        Error e = Error::make(ErrorKind::Tls, QStringLiteral("%1: %2").arg(where, why));
        e.certificate = m_untrusted;
        finish(e);
        return;
    }
    const Error error = Error::make(ErrorKind::Network, QStringLiteral("%1: %2").arg(where, why));
    if (isTransient(code) && m_retryable && m_retries < m_options.maxRetries) {
        const auto delay = m_options.retryBackoff * (1 << m_retries);
        ++m_retries;
        qCInfo(lcNet).noquote() << m_method << error.toLogString() << "- retry" << m_retries << "in"
                                << delay.count() << "ms";
        m_backoff->start(delay);
        emit retryScheduled(m_retries, delay);
        return;
    }
    finish(error);
}

void SoapCall::finish(Result<QByteArray> result)
{
    if (m_done)
        return;
    m_done = true;
    m_backoff->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    wipeAllCopies(m_authorization);
    wipeAllCopies(m_proxyAuthorization);
    const qint64 ms = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    const QString outcome = result.ok()
            ? QStringLiteral("HTTP 200, %1 bytes,").arg(result->size())
            : QStringLiteral("failed: %1 after").arg(result.error().toLogString());
    qCInfo(lcNet).noquote() << m_method << logUrl(m_originalUrl) << outcome << ms << "ms,"
                            << m_requests << "request(s)";
    m_credentials.reset(); // wiped now rather than whenever deleteLater runs
    emit finished(result);
    deleteLater();
}

Transport::Transport(QNetworkAccessManager *nam, TransportOptions options, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_options(std::move(options))
{
    Q_ASSERT(m_nam);
    // The manager's default jar would keep a cookie from an http answer and send it to the
    // https endpoint; requests also opt out of cookies one by one (send()).
    if (!dynamic_cast<NoCookieJar *>(m_nam->cookieJar()))
        m_nam->setCookieJar(new NoCookieJar);
}

SoapCall *Transport::post(const QUrl &url, const QString &soapMethod, const QByteArray &envelope,
                          const Credentials *credentials, bool retryable)
{
    auto *call = new SoapCall(m_nam, m_options, this);
    call->m_url = call->m_originalUrl = url;
    call->m_method = soapMethod;
    call->m_envelope = envelope;
    call->m_retryable = retryable;
    if (credentials)
        call->m_credentials = *credentials;
    if (m_options.trustStore && m_options.pinSha256.isEmpty() && url.scheme() == u"https")
        call->m_savedPin = m_options.trustStore->pinFor(url.host(), quint16(url.port(443)));

    const QString scheme = url.scheme().toLower();
    const QString where = logUrl(url);
    QList<QSslCertificate> cas;
    if (!m_options.caFile.isEmpty())
        cas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        call->m_setupError = Error::make(ErrorKind::Usage, u"not an http(s) URL: " + where);
    } else if (credentials && scheme != u"https") {
        call->m_setupError = Error::make(ErrorKind::Insecure,
                                         u"credentials refused for " + where + u": not https");
    } else if (!m_options.pinSha256.isEmpty() && m_options.pinSha256.size() != 32) {
        call->m_setupError =
                Error::make(ErrorKind::Usage, QStringLiteral("the pin must be 32 bytes (SHA-256)"));
    } else if (!m_options.caFile.isEmpty() && cas.isEmpty()) {
        Error e = Error::make(ErrorKind::Usage,
                              u"CA file unreadable or without a PEM certificate: "
                                      + m_options.caFile);
        e.message = tr("The CA file %1 cannot be read or contains no certificate.")
                            .arg(m_options.caFile);
        call->m_setupError = e;
    } else if (scheme == u"https") {
        // Only for https: the first default configuration loads and initialises the TLS
        // backend, milliseconds a plain-http enrollment does not need to wait for.
        call->m_tls = QSslConfiguration::defaultConfiguration();
        call->m_tls.setProtocol(QSsl::TlsV1_2OrLater);
        call->m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        call->m_tls.addCaCertificates(cas);
    }
    // Never finish before the caller had a chance to connect to finished().
    QMetaObject::invokeMethod(
            call, [call] { call->start(); }, Qt::QueuedConnection);
    return call;
}

} // namespace groove::engine
