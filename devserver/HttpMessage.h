#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>

#include <chrono>

namespace groove::devserver {

// One parsed HTTP/1.1 request as the transport hands it to the service.
struct HttpRequest
{
    QByteArray method; // "POST"
    QByteArray target; // "/gms.dll" (path and query as sent)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;
    bool overTls = false;
    bool peerIsLoopback = false; // the client connected from a loopback address
    quint16 localPort = 0;
    quint64 connectionId = 0;

    [[nodiscard]] QByteArray header(QByteArrayView lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
};

// How the transport delivers a response: the fault-injection knobs that live below HTTP.
enum class Delivery {
    Normal,
    CloseMidBody, // send the headers and half of the body, then close the connection
    Stall, // accept the request and never answer (until the idle timeout closes it)
    CloseNoAnswer, // close the connection without sending anything
};

struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>>
            headers; // Content-Length/Connection are added by the transport
    QByteArray body;
    Delivery delivery = Delivery::Normal;
};

} // namespace groove::devserver
