#include "devserver/HttpConnection.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>

namespace groove::devserver {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "groove.devserver.http")

// After a rejected request the client may still be sending its body. Closing at once could
// make the kernel answer those bytes with a reset that destroys our error response in the
// client's receive buffer, so input is discarded until it has been quiet this long.
constexpr std::chrono::milliseconds kLingerQuietTime{ 250 };

} // namespace

HttpConnection::HttpConnection(quint64 id, QSslSocket *socket, Mode mode,
                               const QSslConfiguration &tls, const HttpLimits &limits,
                               Dispatch dispatch, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_idle(new QTimer(this)),
      m_linger(new QTimer(this)),
      m_deadline(new QTimer(this)),
      m_tls(tls),
      m_limits(limits),
      m_dispatch(std::move(dispatch)),
      m_peer(socket->peerAddress()),
      m_id(id),
      m_mode(mode)
{
    m_socket->setParent(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_limits.idleTimeout);
    m_linger->setSingleShot(true);
    m_linger->setInterval(kLingerQuietTime);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(m_limits.requestTimeout);
}

HttpConnection::~HttpConnection()
{
    // The socket, a child, outlives this destructor body and may still emit on its way out.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
}

void HttpConnection::start()
{
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onError);
    connect(m_idle, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(m_linger, &QTimer::timeout, this, &HttpConnection::closeAfterWrite);
    connect(m_deadline, &QTimer::timeout, this, &HttpConnection::onRequestTimeout);
    m_idle->start();
    if (m_mode == Mode::TlsOnly) {
        startTls();
    } else if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
    }
}

void HttpConnection::startTls()
{
    if (m_tls.isNull() || m_tls.localCertificate().isNull() || m_tls.privateKey().isNull()) {
        qCWarning(lcHttp) << "connection" << m_id << "wants TLS, but no certificate is set";
        finish();
        return;
    }
    m_overTls = true;
    m_phase = Phase::Handshaking;
    m_deadline->start(); // a ClientHello sent byte by byte must not hold the slot either
    m_socket->setSslConfiguration(m_tls);
    m_socket->startServerEncryption();
}

void HttpConnection::onEncrypted()
{
    if (m_phase != Phase::Handshaking)
        return;
    m_phase = Phase::Reading;
    m_deadline->stop(); // the first request gets its own time from its first byte
    touch();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Detecting: {
        // Peeking leaves a ClientHello in the socket for the TLS layer to read.
        char first = 0;
        if (m_socket->peek(&first, 1) < 1)
            return;
        if (first == 0x16) {
            touch();
            startTls();
            return;
        }
        m_phase = Phase::Reading;
        break;
    }
    case Phase::Handshaking:
    case Phase::Closed:
        return;
    default:
        break;
    }

    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    switch (m_phase) {
    case Phase::Reading:
    case Phase::AwaitingReply:
    case Phase::Stalled:
        // Pipelined input waits while a request is answered; a client that keeps sending
        // without reading our answers is cut off rather than buffered without bound.
        if (m_buffer.size() + data.size() > 2 * (m_limits.maxHeaderBytes + m_limits.maxBodyBytes)) {
            qCWarning(lcHttp) << "connection" << m_id << "sent too much pipelined input";
            finish();
            return;
        }
        m_buffer += data;
        if (m_phase == Phase::Reading) {
            // Each byte resets the idle timeout, so the deadline runs from the request's first.
            if (!m_deadline->isActive())
                m_deadline->start();
            touch();
            processInput();
        }
        break;
    case Phase::Draining:
        m_linger->start();
        break;
    default:
        break;
    }
}

void HttpConnection::processInput()
{
    // A handler that answers synchronously lands in respond() from inside m_dispatch; this loop
    // then takes the next pipelined request instead of recursing.
    if (m_processing)
        return;
    m_processing = true;
    while (m_phase == Phase::Reading) {
        if (!m_head) {
            m_buffer.remove(0, http::leadingEmptyLines(m_buffer));
            http::HeadResult result = http::parseRequestHead(m_buffer, m_limits);
            if (result.kind == http::HeadResult::Kind::NeedMore)
                break;
            m_method = result.head.method;
            m_target = result.head.target;
            if (result.kind == http::HeadResult::Kind::Rejected) {
                reject(result.status);
                break;
            }
            m_head = std::move(result.head);
        }
        const qsizetype total = m_head->headBytes + qsizetype(m_head->contentLength);
        if (m_buffer.size() < total)
            break;

        HttpRequest request;
        request.method = std::move(m_head->method);
        request.target = std::move(m_head->target);
        request.headers = std::move(m_head->headers);
        request.body = m_buffer.mid(m_head->headBytes, qsizetype(m_head->contentLength));
        request.overTls = m_overTls;
        request.peerIsLoopback = m_socket->peerAddress().isLoopback();
        request.localPort = m_socket->localPort();
        request.connectionId = m_id;
        m_keepAlive = m_head->keepAlive;
        m_method = request.method;
        m_target = request.target;
        m_buffer.remove(0, total);
        m_head.reset();

        // The handler may take its time; the idle timeout is for clients, not for it.
        m_idle->stop();
        m_deadline->stop();
        m_phase = Phase::AwaitingReply;
        m_dispatch(this, request, ++m_sequence);
    }
    // A pipelined request that had begun to arrive while the previous one was answered.
    if (m_phase == Phase::Reading && (m_head || !m_buffer.isEmpty()) && !m_deadline->isActive())
        m_deadline->start();
    m_processing = false;
}

void HttpConnection::reject(int status)
{
    HttpResponse response;
    response.status = status;
    response.reason = http::reasonPhrase(status);
    response.headers.append(
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") });
    response.body = QByteArray::number(status) + ' ' + response.reason + '\n';
    m_socket->write(http::serializeResponse(response, false, response.body.size()));
    m_buffer.clear();
    m_head.reset();
    m_phase = Phase::Draining;
    m_linger->start();
    emit served(m_id, m_method, m_target, status);
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (m_phase != Phase::AwaitingReply || sequence != m_sequence)
        return;
    const int status = response.status;
    switch (response.delivery) {
    case Delivery::Normal:
        m_socket->write(http::serializeResponse(response, m_keepAlive,
                                                m_method == "HEAD" ? 0 : response.body.size()));
        emit served(m_id, m_method, m_target, status);
        if (m_phase != Phase::AwaitingReply)
            return; // a slot of 'served' ended the connection
        if (!m_keepAlive) {
            closeAfterWrite();
            return;
        }
        m_phase = Phase::Reading;
        touch();
        if (!m_processing)
            processInput();
        return;
    case Delivery::CloseMidBody:
        m_socket->write(http::serializeResponse(response, m_keepAlive, response.body.size() / 2));
        m_phase = Phase::Closing;
        emit served(m_id, m_method, m_target, status);
        abortWhenFlushed();
        return;
    case Delivery::Stall:
        m_phase = Phase::Stalled;
        m_idle->start();
        emit served(m_id, m_method, m_target, 0);
        return;
    case Delivery::CloseNoAnswer:
        emit served(m_id, m_method, m_target, 0);
        finish();
        return;
    }
}

void HttpConnection::closeAfterWrite()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closing;
    m_linger->stop();
    m_deadline->stop();
    touch(); // a peer that never reads must not keep the answer (and the slot) forever
    later([this] {
        // Sends what is still buffered (and a TLS close_notify) before closing.
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

void HttpConnection::abortWhenFlushed()
{
    if (!m_abortWhenFlushed)
        touch(); // as in closeAfterWrite(): bounded even if the peer never reads
    m_abortWhenFlushed = true;
    // Abort only once the partial answer has reached the kernel: abort() drops what Qt still
    // buffers, and the client must see the truncated body, not nothing. Checked later, since
    // while QSslSocket emits bytesWritten, encrypted bytes may still wait in OpenSSL.
    later([this] {
        if (m_phase != Phase::Closed && m_socket->bytesToWrite() == 0
            && m_socket->encryptedBytesToWrite() == 0) {
            finish();
        }
    });
}

void HttpConnection::later(std::function<void()> action)
{
    // QSslSocket (Qt 6.4) keeps using its OpenSSL state after it emits readyRead or bytesWritten
    // from inside its transmit loop; closing the socket from such a slot frees that state under
    // its feet. Teardown therefore always runs from the event loop.
    QMetaObject::invokeMethod(this, std::move(action), Qt::QueuedConnection);
}

void HttpConnection::onBytesWritten()
{
    if (m_abortWhenFlushed) {
        abortWhenFlushed();
        return;
    }
    if (m_phase == Phase::Reading || m_phase == Phase::Draining || m_phase == Phase::Closing)
        touch();
}

void HttpConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_phase == Phase::Closed)
        return;
    // A peer that closed is reported again by disconnected(); anything else ends the connection.
    if (error == QAbstractSocket::RemoteHostClosedError
        && m_socket->state() != QAbstractSocket::UnconnectedState) {
        return;
    }
    if (error != QAbstractSocket::RemoteHostClosedError)
        qCDebug(lcHttp) << "connection" << m_id << m_socket->errorString();
    finish();
}

void HttpConnection::onIdleTimeout()
{
    qCDebug(lcHttp) << "connection" << m_id << "idle, closing";
    finish();
}

void HttpConnection::onRequestTimeout()
{
    qCDebug(lcHttp) << "connection" << m_id << "request not complete in time, closing";
    if (m_phase != Phase::Reading) { // TLS handshake: no way to answer
        finish();
        return;
    }
    HttpResponse response;
    response.status = 408;
    response.reason = http::reasonPhrase(408);
    response.headers.append(
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") });
    response.body = QByteArrayLiteral("408 ") + response.reason + '\n';
    m_socket->write(http::serializeResponse(response, false, response.body.size()));
    m_buffer.clear();
    m_head.reset();
    emit served(m_id, m_method, m_target, 408);
    closeAfterWrite();
}

void HttpConnection::touch()
{
    m_idle->start();
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_idle->stop();
    m_linger->stop();
    m_deadline->stop();
    m_buffer.clear();
    m_head.reset();
    later([this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        emit closed(m_id);
    });
}

} // namespace groove::devserver
