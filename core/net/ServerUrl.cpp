// WIRE-PROFILE 1: the accepted shapes of a server URL and the authenticated endpoint. Every
// decision about what a server address may look like lives in this file.
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>

namespace groove::engine {

namespace {

const QString GmsDll = QStringLiteral("gms.dll");
const QString AuthPrefix = QStringLiteral("AutoActivate/");

Error usage(const char *text, const QString &input)
{
    Error e = Error::make(
            ErrorKind::Usage,
            QStringLiteral("server address \"%1\": %2").arg(input, QLatin1StringView(text)));
    e.message = QCoreApplication::translate("groove::engine::ServerUrl", text);
    return e;
}

int defaultPort(const QString &scheme)
{
    return scheme == u"https" ? 443 : 80;
}

// A DNS name (labels of letters, digits, '-' and '_', optionally one trailing dot), in its ASCII
// form. Underscores are not valid in host names but common in internal (NetBIOS-derived) names,
// and resolvers accept them. A name whose last label is numeric is a mistyped IPv4 address.
bool isDnsName(const QString &ace)
{
    QString name = ace;
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                    || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
            if (!ok)
                return false;
        }
    }
    bool numeric = false;
    labels.last().toUInt(&numeric);
    return !numeric;
}

bool isAcceptableHost(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded);
    if (host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return address.protocol() == QAbstractSocket::IPv4Protocol
                || address.protocol() == QAbstractSocket::IPv6Protocol;
    return isDnsName(host);
}

// The part between "scheme://" and the path: QUrl forgets an empty userinfo ("http://@h/"), so
// the '@' is looked for in the text itself.
QString authorityText(const QString &text)
{
    const qsizetype start = text.indexOf(QStringLiteral("://"));
    if (start < 0)
        return text;
    const QString rest = text.mid(start + 3);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u'/' || rest.at(i) == u'?' || rest.at(i) == u'#')
            return rest.left(i);
    }
    return rest;
}

// The rules of WIRE-PROFILE 1 for a server address; 'bareHostAllowed' says whether a bare host
// or host:port is completed (server URLs) or refused (explicitly configured authenticated URLs,
// which are always written out in full).
Result<QUrl> normalize(const QString &input, bool bareHostAllowed)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl", "The server address is empty."),
                     input);

    QString full = text;
    if (!text.contains(QStringLiteral("://")) && !bareHostAllowed) {
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                       "The address must be a full address such as "
                                       "https://host/AutoActivate/gms.dll."),
                     input);
    }
    if (!text.contains(QStringLiteral("://"))) {
        // Only a bare host or host:port gets completed; with anything more we would be guessing.
        for (const QChar c : text) {
            if (c == u'/' || c == u'?' || c == u'#' || c == u'@' || c.isSpace()) {
                return usage(QT_TRANSLATE_NOOP(
                                     "groove::engine::ServerUrl",
                                     "The server address must be a host name, host:port, or a full "
                                     "address such as http://host/gms.dll."),
                             input);
            }
        }
        if (!text.startsWith(u'[') && text.count(u':') > 1) {
            return usage(
                    QT_TRANSLATE_NOOP(
                            "groove::engine::ServerUrl",
                            "An IPv6 address in the server address must be written in brackets, "
                            "for example [2001:db8::1]."),
                    input);
        }
        full = QStringLiteral("http://") + text + QStringLiteral("/gms.dll");
    }

    if (authorityText(full).contains(u'@')) {
        return usage(
                QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                  "The server address must not contain a user name or password."),
                input);
    }
    QUrl url(full, QUrl::StrictMode);
    if (!url.isValid()) {
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                       "The server address is not a valid address."),
                     input);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https") {
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                       "The server address must start with http:// or https://."),
                     input);
    }
    if (url.hasQuery() || url.hasFragment()) {
        return usage(QT_TRANSLATE_NOOP(
                             "groove::engine::ServerUrl",
                             "The server address must not contain a query (?) or a fragment (#)."),
                     input);
    }
    if (!isAcceptableHost(url)) {
        return usage(QT_TRANSLATE_NOOP(
                             "groove::engine::ServerUrl",
                             "The server address must contain a valid host name or IP address."),
                     input);
    }
    if (url.port() == 0)
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                       "The port must be between 1 and 65535."),
                     input);

    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/' + GmsDll))
        return usage(QT_TRANSLATE_NOOP("groove::engine::ServerUrl",
                                       "The server address must end in /gms.dll."),
                     input);
    // Dot and empty segments would be resolved differently by proxies and servers.
    const QStringList segments = path.mid(1).split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u".."
            || segment.compare(u"%2e", Qt::CaseInsensitive) == 0
            || segment.compare(u"%2e%2e", Qt::CaseInsensitive) == 0) {
            return usage(QT_TRANSLATE_NOOP(
                                 "groove::engine::ServerUrl",
                                 "The path of the server address must not contain empty, \".\" or "
                                 "\"..\" parts."),
                         input);
        }
    }

    QUrl result;
    result.setScheme(scheme);
    result.setHost(url.host(QUrl::FullyDecoded).toLower());
    // A port equal to the scheme's default is not "explicit": http://h:80/gms.dll must not
    // derive https://h:80/AutoActivate/gms.dll (RFC 3986 6.2.3 normalisation).
    if (url.port() != -1 && url.port() != defaultPort(scheme))
        result.setPort(url.port());
    result.setPath(path, QUrl::TolerantMode);
    return result;
}

} // namespace

Result<QUrl> normalizeServerUrl(const QString &input)
{
    return normalize(input, true);
}

Result<QUrl> normalizeAuthenticatedUrl(const QString &input)
{
    return normalize(input, false);
}

bool isPlainHttp(const QUrl &url)
{
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
}

QString plainHttpWarning(const QUrl &serverUrl)
{
    return QCoreApplication::translate(
                   "groove::engine::ServerUrl",
                   "Warning: %1 uses plain HTTP. The account configuration code travels "
                   "unprotected, and anyone who can see the traffic can find it by trying "
                   "candidate codes offline against what is sent. Use an https:// address if "
                   "the server offers one.")
            .arg(serverUrl.toString());
}

QUrl deriveAuthenticatedUrl(const QUrl &serverUrl)
{
    const QString path = serverUrl.path(QUrl::FullyEncoded);
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() || !path.endsWith(u'/' + GmsDll))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(serverUrl.host(QUrl::FullyDecoded));
    // An explicit port is kept even when it was http's: the server serves TLS on it too (profile
    // 1).
    if (serverUrl.port() != -1 && serverUrl.port() != 443)
        url.setPort(serverUrl.port());
    url.setPath(path.left(path.size() - GmsDll.size()) + AuthPrefix + GmsDll, QUrl::TolerantMode);
    return url;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower())
        return false;
    if (a.host(QUrl::FullyEncoded).compare(b.host(QUrl::FullyEncoded), Qt::CaseInsensitive) != 0)
        return false;
    return a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

} // namespace groove::engine
