#include "devserver/HttpServer.h"

#include "devserver/HttpConnection.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>

#include <algorithm>

#ifdef Q_OS_WIN
#  include <winsock2.h>
#else
#  include <unistd.h>
#endif

namespace groove::devserver {

namespace {
Q_LOGGING_CATEGORY(lcServer, "groove.devserver.http")
} // namespace

// QTcpServer hands out QTcpSockets; TLS needs the descriptor in a QSslSocket from the start.
class HttpListener final : public QTcpServer
{
public:
    using Accept = std::function<void(qintptr)>;
    HttpListener(Accept accept, QObject *parent) : QTcpServer(parent), m_accept(std::move(accept))
    {
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_accept(socketDescriptor); }

private:
    Accept m_accept;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent),
      m_listener(new HttpListener([this](qintptr fd) { onIncoming(fd); }, this))
{
}

HttpServer::~HttpServer()
{
    // Connections are children and would go anyway; deleting them here keeps their last signals
    // away from a half-destroyed server.
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections) {
        QObject::disconnect(c, nullptr, this, nullptr);
        delete c;
    }
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    // WIRE-PROFILE 7.3: TLS 1.2 or newer, whatever the caller's configuration allowed.
    if (m_tls.protocol() != QSsl::TlsV1_3OrLater && m_tls.protocol() != QSsl::TlsV1_3)
        m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with HTTP, not certs
}

void HttpServer::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_limits.idleTimeout = timeout;
}

void HttpServer::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_limits.requestTimeout = timeout;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return startListening(address, port, false);
}

bool HttpServer::listenTlsOnly(const QHostAddress &address, quint16 port)
{
    return startListening(address, port, true);
}

bool HttpServer::startListening(const QHostAddress &address, quint16 port, bool tlsOnly)
{
    if (m_listener->isListening())
        m_listener->close();
    m_tlsOnly = tlsOnly;
    return m_listener->listen(address, port);
}

void HttpServer::close()
{
    m_listener->close();
}

bool HttpServer::isListening() const
{
    return m_listener->isListening();
}

quint16 HttpServer::port() const
{
    return m_listener->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_listener->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_listener->errorString();
}

void HttpServer::onIncoming(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcServer) << "cannot adopt an accepted socket:" << socket->errorString();
        delete socket;
#ifdef Q_OS_WIN
        ::closesocket(static_cast<SOCKET>(socketDescriptor));
#else
        ::close(static_cast<int>(socketDescriptor));
#endif
        return;
    }
    if (m_connections.size() >= m_maxConnections) {
        qCWarning(lcServer) << "connection limit" << m_maxConnections << "reached, refusing one";
        socket->abort();
        socket->deleteLater();
        return;
    }
    // One client must not take every slot (slow clients, or simply too many connections).
    const QHostAddress peer = socket->peerAddress();
    const auto fromPeer = std::count_if(m_connections.cbegin(), m_connections.cend(),
                                        [&](const HttpConnection *c) { return c->peer() == peer; });
    if (fromPeer >= m_maxPerAddress) {
        qCWarning(lcServer) << "connection limit per client" << m_maxPerAddress << "reached by"
                            << peer.toString() << "- closing the new connection";
        socket->abort();
        socket->deleteLater();
        return;
    }

    const quint64 id = m_nextConnectionId++;
    const auto mode = m_tlsOnly ? HttpConnection::Mode::TlsOnly : HttpConnection::Mode::DetectTls;
    auto *connection = new HttpConnection(
            id, socket, mode, m_tls, m_limits,
            [this](HttpConnection *c, const HttpRequest &request, quint64 sequence) {
                dispatch(c, request, sequence);
            },
            this);
    connect(connection, &HttpConnection::served, this, &HttpServer::requestServed);
    connect(connection, &HttpConnection::closed, this, &HttpServer::onConnectionClosed);
    m_connections.insert(id, connection);
    emit connectionCountChanged(activeConnections());
    connection->start();
}

void HttpServer::onConnectionClosed(quint64 id)
{
    HttpConnection *connection = m_connections.take(id);
    if (!connection)
        return;
    connection->deleteLater();
    emit connectionCountChanged(activeConnections());
}

void HttpServer::dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence)
{
    // The reply may come after the connection (or the server) is gone; it is then dropped.
    QPointer<HttpConnection> guard(connection);
    auto reply = [guard, sequence](const HttpResponse &response) {
        if (guard)
            guard->respond(sequence, response);
    };
    if (!m_handler) {
        HttpResponse response;
        response.status = 503;
        response.reason = QByteArrayLiteral("Service Unavailable");
        reply(response);
        return;
    }
    // A copy, so that the handler may replace itself (setHandler) while it runs.
    const Handler handler = m_handler;
    handler(request, std::move(reply));
}

} // namespace groove::devserver
