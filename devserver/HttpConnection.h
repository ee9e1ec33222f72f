#pragma once

#include "devserver/HttpMessage.h"
#include "devserver/HttpParser.h"
#include "devserver/HttpServer.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtNetwork/QAbstractSocket>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslConfiguration>

#include <functional>
#include <optional>

class QSslSocket;
class QTimer;

namespace groove::devserver {

// One accepted connection of HttpServer (internal). Reads requests one at a time: the next
// pipelined request is parsed only once the current one is answered, which keeps the answers in
// request order without a queue.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    enum class Mode { DetectTls, TlsOnly };
    // Hands a complete request to the server; 'sequence' identifies it for respond().
    using Dispatch = std::function<void(HttpConnection *, const HttpRequest &, quint64 sequence)>;

    // Takes ownership of 'socket' (a connected socket in unencrypted mode).
    HttpConnection(quint64 id, QSslSocket *socket, Mode mode, const QSslConfiguration &tls,
                   const HttpLimits &limits, Dispatch dispatch, QObject *parent = nullptr);
    ~HttpConnection() override;

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] const QHostAddress &peer() const { return m_peer; }
    void start();
    // The answer to request 'sequence'; ignored when that request is no longer the one awaiting
    // an answer (answered already, or the connection is gone).
    void respond(quint64 sequence, const HttpResponse &response);

signals:
    void served(quint64 connectionId, QByteArray method, QByteArray target, int status);
    void closed(quint64 connectionId);

private:
    enum class Phase {
        Detecting, // waiting for the first byte: TLS or plain HTTP
        Handshaking, // TLS handshake in progress
        Reading, // reading a request
        AwaitingReply, // the handler has the request
        Stalled, // Delivery::Stall: waiting for the idle timeout
        Draining, // rejected: answer sent, discarding input before closing
        Closing, // answer sent, closing once it is written
        Closed,
    };
    void onReadyRead();
    void onEncrypted();
    void onBytesWritten();
    void onError(QAbstractSocket::SocketError error);
    void onIdleTimeout();
    void onRequestTimeout();
    void startTls();
    void processInput();
    void reject(int status);
    void closeAfterWrite();
    void abortWhenFlushed();
    void touch();
    // Ends the connection (from the event loop) and emits closed().
    void finish();
    void later(std::function<void()> action);

    QSslSocket *m_socket = nullptr;
    QTimer *m_idle = nullptr;
    QTimer *m_linger = nullptr;
    QTimer *m_deadline = nullptr; // the request (or TLS handshake) under way must be complete
    QSslConfiguration m_tls;
    HttpLimits m_limits;
    Dispatch m_dispatch;
    QHostAddress m_peer;
    QByteArray m_buffer;
    std::optional<http::RequestHead> m_head;
    QByteArray m_method; // of the request being answered (or rejected), for 'served'
    QByteArray m_target;
    quint64 m_id = 0;
    quint64 m_sequence = 0;
    Mode m_mode = Mode::DetectTls;
    Phase m_phase = Phase::Detecting;
    bool m_keepAlive = true;
    bool m_overTls = false;
    bool m_processing = false;
    bool m_abortWhenFlushed = false;
};

} // namespace groove::devserver
