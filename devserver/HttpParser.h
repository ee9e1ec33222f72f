#pragma once

#include "devserver/HttpMessage.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QPair>

namespace groove::devserver {

struct HttpLimits;

// HTTP/1.1 message syntax for HttpConnection (internal): no I/O, so every rule is in one place.
namespace http {

struct RequestHead
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    qsizetype headBytes = 0; // request line + headers + blank line
    qint64 contentLength = 0;
    bool keepAlive = true;
};

struct HeadResult
{
    enum class Kind { NeedMore, Complete, Rejected };
    Kind kind = Kind::NeedMore;
    int status = 0; // for Rejected: the status to answer with
    RequestHead head; // for Rejected: method and target when they could be parsed
};

// Number of empty lines (CRLF) at the start of 'buffer', in bytes; RFC 9112 2.2 lets a server
// ignore them before a request line.
[[nodiscard]] qsizetype leadingEmptyLines(QByteArrayView buffer);
// Parses the request head at the start of 'buffer'. The request line is judged as soon as it is
// complete; the headers once the blank line has arrived.
[[nodiscard]] HeadResult parseRequestHead(QByteArrayView buffer, const HttpLimits &limits);
// Status line, the response's own headers (minus framing headers) and our framing headers,
// followed by the first 'bodyBytes' bytes of the body.
[[nodiscard]] QByteArray serializeResponse(const HttpResponse &response, bool keepAlive,
                                           qsizetype bodyBytes);
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace http
} // namespace groove::devserver
