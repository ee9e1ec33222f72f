#include "devserver/AdminEndpoint.h"

#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>

Q_LOGGING_CATEGORY(lcAdmin, "groove.devserver.admin", QtInfoMsg)

namespace groove::devserver {

namespace {

const QByteArray Prefix = QByteArrayLiteral("/admin/");

HttpResponse status(int code, const QByteArray &reason)
{
    HttpResponse r;
    r.status = code;
    r.reason = reason;
    if (code != 204) {
        r.headers.append({ QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("text/plain; charset=utf-8") });
        r.body = reason + '\n';
    }
    return r;
}

} // namespace

AdminEndpoint::AdminEndpoint(ServerState &state, QByteArray token)
    : m_state(state),
      m_token(std::move(token))
{
}

bool AdminEndpoint::handles(const HttpRequest &request)
{
    return request.target.startsWith(Prefix);
}

HttpResponse AdminEndpoint::handle(const HttpRequest &request)
{
    const qsizetype q = request.target.indexOf('?');
    const QByteArray path = request.target.left(q);
    const QString query = q < 0 ? QString() : QString::fromLatin1(request.target.mid(q + 1));

    // Nothing is told before the caller is known, not even whether the path exists.
    const QByteArray auth = request.header("authorization");
    const QByteArray bearer = QByteArrayLiteral("Bearer ");
    const bool authorized = request.peerIsLoopback && !m_token.isEmpty() && auth.startsWith(bearer)
            && crypto::constantTimeEquals(auth.mid(bearer.size()), m_token);
    if (!authorized) {
        qCInfo(lcAdmin).noquote() << QStringLiteral("#%1 admin %2 -> HTTP 403")
                                             .arg(request.connectionId)
                                             .arg(QString::fromLatin1(path.left(64)));
        return status(403, "Forbidden");
    }
    const bool reenroll = path == "/admin/require-reenrollment";
    if (!reenroll && path != "/admin/remove-account")
        return status(404, "Not Found");
    if (request.method != "POST") {
        HttpResponse r = status(405, "Method Not Allowed");
        r.headers.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
        return r;
    }
    const QString account = QUrlQuery(query).queryItemValue(QStringLiteral("account"));
    if (!ids::isValidGuid(account))
        return status(400, "Bad Request");
    const Status done =
            reenroll ? m_state.requireReenrollment(account) : m_state.removeAccount(account);
    qCInfo(lcAdmin).noquote() << QStringLiteral("#%1 admin %2 %3 -> %4")
                                         .arg(request.connectionId)
                                         .arg(QString::fromLatin1(path), account,
                                              done ? QStringLiteral("done")
                                                   : done.error().toLogString());
    if (!done)
        return done.error().kind == ErrorKind::Usage ? status(404, "Not Found")
                                                     : status(500, "Internal Server Error");
    return status(204, "No Content");
}

} // namespace groove::devserver
