#pragma once

// A client that speaks HTTP/1.1 by hand over a QTcpSocket, for what QNetworkAccessManager would
// never send (garbage, pipelining, oversized heads) and to see the bytes as they arrive.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpSocket>

#include <optional>

namespace groove::testing {

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// Takes one complete Content-Length framed response off the front of 'buffer'.
inline std::optional<RawResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    QList<QByteArray> lines = buffer.left(end).split('\n');
    RawResponse r;
    const QList<QByteArray> statusLine = lines.takeFirst().trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        r.headers.append({ line.left(colon).toLower(), line.mid(colon + 1).trimmed() });
    }
    const qsizetype length = r.header("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return r;
}

// Collects the responses (and every raw byte) the server sends on one connection.
class RawClient final
{
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            const QByteArray data = socket.readAll();
            received += data;
            pending += data;
            while (std::optional<RawResponse> r = takeResponse(pending))
                responses.append(std::move(*r));
        });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &data) { socket.write(data); }

    QTcpSocket socket;
    QByteArray received; // every byte, for tests that look at truncation
    QByteArray pending;
    QList<RawResponse> responses;
    bool closed = false;
};

// A POST request with Content-Length, for a RawClient to send.
inline QByteArray post(QByteArrayView target, QByteArrayView body, QByteArrayView extraHeaders = {})
{
    return "POST " + target.toByteArray()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n" + extraHeaders.toByteArray() + "\r\n" + body.toByteArray();
}

} // namespace groove::testing
