#include "devserver/HttpParser.h"

#include "devserver/HttpServer.h"

#include <QtCore/QLoggingCategory>

#include <algorithm>

namespace groove::devserver::http {

namespace {

Q_LOGGING_CATEGORY(lcHttpParser, "groove.devserver.http.parser")

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// Field values: visible ASCII, space, tab and obs-text; no other control characters.
bool isFieldValue(QByteArrayView s)
{
    return std::none_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t') || u == 0x7f;
    });
}

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty()
            && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasToken(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name,
              QByteArrayView token)
{
    for (const auto &[n, value] : headers) {
        if (n != name)
            continue;
        const QList<QByteArray> parts = value.split(',');
        for (const QByteArray &p : parts) {
            if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

HeadResult rejected(int status, const RequestHead &head = {})
{
    return { HeadResult::Kind::Rejected, status, head };
}

// Fills method and target; returns 0 or the status to reject with.
int parseRequestLine(QByteArrayView line, RequestHead &head)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)))
        return 400;
    head.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const bool printable = std::all_of(target.begin(), target.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x7f;
    });
    if (!printable
        || (!target.startsWith('/') && target != "*" && !target.startsWith("http://")
            && !target.startsWith("https://"))) {
        return 400;
    }
    head.target = target;

    const QByteArray &version = parts.at(2);
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigits(version.mid(5, 1))
        || version.at(6) != '.' || !isDigits(version.mid(7, 1))) {
        return 400;
    }
    if (version.at(5) != '1')
        return 505;
    head.keepAlive = version.at(7) != '0'; // persistent by default from HTTP/1.1 on
    return 0;
}

// Parses the header lines (each without its line feed); returns 0 or the status to reject with.
int parseHeaderLines(const QList<QByteArray> &lines, RequestHead &head, const HttpLimits &limits)
{
    QByteArray contentLength;
    bool hasContentLength = false;
    for (QByteArray line : lines) {
        if (!line.endsWith('\r'))
            return 400;
        line.chop(1);
        // No obsolete line folding and no white space before the colon (RFC 9112 5).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return 400;
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return 400;
        const QByteArray name = line.left(colon).toLower();
        if (name == "content-length") {
            // Repeated lengths must agree, or the framing would be ambiguous.
            if (hasContentLength && value != contentLength)
                return 400;
            hasContentLength = true;
            contentLength = value;
        }
        head.headers.append({ name, value });
    }

    const auto has = [&head](QByteArrayView name) {
        return std::any_of(head.headers.cbegin(), head.headers.cend(),
                           [name](const auto &h) { return h.first == name; });
    };
    // WIRE-PROFILE 7.1: request bodies come with Content-Length only.
    if (has("transfer-encoding"))
        return 411;
    if (has("expect"))
        return 417;
    if (hasContentLength) {
        if (!isDigits(contentLength) || contentLength.size() > 18)
            return 400;
        head.contentLength = contentLength.toLongLong();
        // Decided from the header, so an oversized body is never buffered.
        if (head.contentLength > limits.maxBodyBytes)
            return 413;
    }
    if (hasToken(head.headers, "connection", "close")) {
        head.keepAlive = false;
    } else if (hasToken(head.headers, "connection", "keep-alive")) {
        head.keepAlive = true;
    }
    return 0;
}

} // namespace

qsizetype leadingEmptyLines(QByteArrayView buffer)
{
    qsizetype n = 0;
    while (buffer.size() >= n + 2 && buffer.at(n) == '\r' && buffer.at(n + 1) == '\n')
        n += 2;
    return n;
}

HeadResult parseRequestHead(QByteArrayView buffer, const HttpLimits &limits)
{
    const qsizetype lineEnd = buffer.indexOf('\n');
    if (lineEnd < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return rejected(431);
        return {};
    }
    // Judged as soon as the line is complete, so that garbage is refused at once.
    RequestHead head;
    if (lineEnd == 0 || buffer.at(lineEnd - 1) != '\r')
        return rejected(400);
    if (const int status = parseRequestLine(buffer.first(lineEnd - 1), head))
        return rejected(status, head);

    const qsizetype end = buffer.indexOf("\r\n\r\n", lineEnd - 1);
    if (end < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return rejected(431, head);
        return {};
    }
    head.headBytes = end + 4;
    if (head.headBytes > limits.maxHeaderBytes)
        return rejected(431, head);

    QList<QByteArray> lines =
            buffer.sliced(lineEnd + 1, end + 2 - (lineEnd + 1)).toByteArray().split('\n');
    lines.removeLast(); // what follows the last line feed: nothing
    if (const int status = parseHeaderLines(lines, head, limits))
        return rejected(status, head);
    return { HeadResult::Kind::Complete, 0, std::move(head) };
}

QByteArray serializeResponse(const HttpResponse &response, bool keepAlive, qsizetype bodyBytes)
{
    int status = response.status;
    if (status < 100 || status > 599) {
        qCWarning(lcHttpParser) << "handler gave status" << status << "- sending 500";
        status = 500;
    }
    // The default reason is "OK"; a handler that only set an error status means its own reason.
    QByteArray reason = response.reason;
    if (reason.isEmpty() || (reason == "OK" && status != 200) || !isFieldValue(reason))
        reason = reasonPhrase(status);

    QByteArray out;
    out.reserve(256 + bodyBytes);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : response.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding")
            continue; // the framing is ours
        if (!isToken(name) || !isFieldValue(value)) {
            qCWarning(lcHttpParser) << "dropping invalid response header" << name;
            continue;
        }
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: "
            + (keepAlive ? QByteArrayLiteral("keep-alive") : QByteArrayLiteral("close"))
            + "\r\n\r\n";
    out.append(response.body.constData(),
               std::clamp<qsizetype>(bodyBytes, 0, response.body.size()));
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace groove::devserver::http
