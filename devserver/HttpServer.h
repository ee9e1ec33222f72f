#pragma once

#include "devserver/HttpMessage.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslConfiguration>

#include <chrono>
#include <functional>

namespace groove::devserver {

class HttpConnection;
class HttpListener;

// Limits and timing shared by every connection of one server.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16'384; // request line + headers + blank line
    qsizetype maxBodyBytes = 1'048'576; // WIRE-PROFILE 7.1
    std::chrono::milliseconds idleTimeout{ 30'000 };
    // From a request's first byte (for TLS, from the ClientHello's) until it is complete: a
    // client that dribbles bytes keeps the idle timeout at bay, not this one.
    std::chrono::milliseconds requestTimeout{ 10'000 };
};

// HTTP/1.1 transport of the devserver. One listening port serves plain HTTP and TLS (told apart
// by the first byte, WIRE-PROFILE 1), or, in TLS-only mode, TLS alone. Requests are parsed here
// and handed to one Handler; the Handler answers through 'reply', now or later. Everything runs
// on the thread that owns the server; 'reply' must be called on that thread too.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler =
            std::function<void(const HttpRequest &, std::function<void(HttpResponse)> reply)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler);
    // Server certificate and key; without it a TLS ClientHello closes the connection.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    [[nodiscard]] QSslConfiguration tlsConfiguration() const { return m_tls; }
    // Applies to connections accepted afterwards.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds idleTimeout() const { return m_limits.idleTimeout; }
    void setRequestTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds requestTimeout() const
    {
        return m_limits.requestTimeout;
    }
    void setMaxConnections(int max) { m_maxConnections = max; }
    [[nodiscard]] int maxConnections() const { return m_maxConnections; }
    // Open connections from one client address; one more is closed at once.
    void setMaxConnectionsPerAddress(int max) { m_maxPerAddress = max; }
    [[nodiscard]] int maxConnectionsPerAddress() const { return m_maxPerAddress; }

    // Plain HTTP and TLS on one port; port 0 picks a free one.
    bool listen(const QHostAddress &address, quint16 port);
    // Every connection must start a TLS handshake.
    bool listenTlsOnly(const QHostAddress &address, quint16 port);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] bool isTlsOnly() const { return m_tlsOnly; }
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] QString errorString() const;

    [[nodiscard]] int activeConnections() const { return int(m_connections.size()); }

signals:
    // Emitted once per request when its answer is on the way; status 0 when the delivery sent
    // no status line (Stall, CloseNoAnswer). Requests the transport rejects (400, 413, ...) are
    // reported too, with whatever method and target could be parsed.
    void requestServed(quint64 connectionId, QByteArray method, QByteArray target, int status);
    void connectionCountChanged(int count);

private:
    bool startListening(const QHostAddress &address, quint16 port, bool tlsOnly);
    void onIncoming(qintptr socketDescriptor);
    void onConnectionClosed(quint64 id);
    void dispatch(HttpConnection *connection, const HttpRequest &request, quint64 sequence);

    HttpListener *m_listener = nullptr;
    QHash<quint64, HttpConnection *> m_connections;
    Handler m_handler;
    QSslConfiguration m_tls;
    HttpLimits m_limits;
    int m_maxConnections = 256;
    int m_maxPerAddress = 128; // below m_maxConnections: one client cannot take every slot
    quint64 m_nextConnectionId = 1;
    bool m_tlsOnly = false;
};

} // namespace groove::devserver
