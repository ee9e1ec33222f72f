#pragma once

// A tiny HTTP proxy on 127.0.0.1 for tests that need one with Basic authentication: every
// request without the right Proxy-Authorization gets 407; an authorized CONNECT becomes a tunnel,
// an authorized absolute-form request is passed on (origin form, "Connection: close"). It only
// connects to loopback targets. Header-only, without Q_OBJECT (lambdas on the sockets).

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <memory>

namespace testing {

class AuthProxy final
{
public:
    AuthProxy(const QByteArray &user, const QByteArray &password)
        : m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }

    ~AuthProxy()
    {
        // The sockets are children of the server (or of each other): their destructors emit
        // disconnected(), whose handlers would reach sockets already half destroyed.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->disconnect();
    }
    AuthProxy(const AuthProxy &) = delete;
    AuthProxy &operator=(const AuthProxy &) = delete;

    [[nodiscard]] bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString &userInfo) const
    {
        return QStringLiteral("http://%1@127.0.0.1:%2").arg(userInfo).arg(port());
    }

    int challenged = 0; // 407 answers (no or wrong credentials)
    int authorized = 0; // requests passed on with the right credentials
    QList<QByteArray>
            targets; // what authorized requests asked for ("CONNECT h:p", "POST http://...")

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray buffer; // from the client, not yet handled or passed on
        qint64 skipBody = 0; // body bytes of a refused request still to drop
        bool tunnel = false;
    };

    void serve(QTcpSocket *client)
    {
        auto c = std::make_shared<Connection>();
        c->client = client;
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, c] { onClientData(c); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [c] {
            if (c->upstream)
                c->upstream->disconnectFromHost();
            if (c->client)
                c->client->deleteLater();
        });
    }

    void onClientData(const std::shared_ptr<Connection> &c)
    {
        c->buffer += c->client->readAll();
        while (!c->tunnel) {
            if (c->skipBody > 0) {
                const qint64 n = qMin<qint64>(c->skipBody, c->buffer.size());
                c->buffer.remove(0, n);
                c->skipBody -= n;
                if (c->skipBody > 0)
                    return;
            }
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = c->buffer.left(end + 4);
            c->buffer.remove(0, end + 4);
            handleHead(c, head);
        }
        if (c->upstream && c->upstream->state() == QAbstractSocket::ConnectedState
            && !c->buffer.isEmpty())
            c->upstream->write(std::exchange(c->buffer, {}));
    }

    void handleHead(const std::shared_ptr<Connection> &c, const QByteArray &head)
    {
        QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
        QByteArray authorization;
        qint64 contentLength = 0;
        QByteArray forwarded;
        for (const QByteArray &raw : std::as_const(lines)) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "proxy-authorization")
                authorization = value;
            else if (name == "content-length")
                contentLength = value.toLongLong();
            if (name != "proxy-authorization" && name != "proxy-connection" && name != "connection")
                forwarded += line + "\r\n";
        }
        if (requestLine.size() != 3 || authorization != m_expected) {
            ++challenged;
            c->skipBody = contentLength;
            c->client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                             "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                             "Content-Length: 0\r\n\r\n");
            return;
        }
        ++authorized;
        targets.append(requestLine[0] + ' ' + requestLine[1]);
        const bool isConnect = requestLine[0] == "CONNECT";
        const QUrl target = isConnect
                ? QUrl(QStringLiteral("//") + QString::fromLatin1(requestLine[1]))
                : QUrl(QString::fromLatin1(requestLine[1]));
        if (!QHostAddress(target.host()).isLoopback() && target.host() != u"localhost") {
            c->client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            c->client->disconnectFromHost();
            return;
        }
        c->tunnel = true;
        auto *upstream = new QTcpSocket(c->client);
        c->upstream = upstream;
        QByteArray first;
        if (isConnect) {
            c->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        } else {
            QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
            if (target.hasQuery())
                path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
            first = requestLine[0] + ' ' + path + ' ' + requestLine[2] + "\r\n" + forwarded
                    + "Connection: close\r\n\r\n";
        }
        QObject::connect(upstream, &QTcpSocket::connected, upstream,
                         [c, first] { c->upstream->write(first + std::exchange(c->buffer, {})); });
        QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [c] {
            if (c->client)
                c->client->write(c->upstream->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, upstream, [c] {
            if (c->client)
                c->client->disconnectFromHost();
        });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, upstream, [c] {
            if (c->client && c->upstream->state() != QAbstractSocket::ConnectedState)
                c->client->disconnectFromHost();
        });
        upstream->connectToHost(target.host(), quint16(target.port(isConnect ? 443 : 80)));
    }

    QTcpServer m_server;
    QByteArray m_expected;
};

} // namespace testing
