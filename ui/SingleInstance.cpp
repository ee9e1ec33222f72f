// One graphical instance per user. A later start connects to the first one's local socket, sends
// its arguments and exits once they are acknowledged.
//
// Wire format (both ends are this file, of the same build): a quint32 (big endian) byte count,
// then that many bytes of a QDataStream (Qt_6_4) holding a QStringList; the primary answers with
// one byte, Ack. The arguments may carry an enrollment link, and with it a code: they are never
// logged, and the buffers that held them are wiped.
#include "ui/SingleInstance.h"

#include "SecretBytes.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDataStream>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QLockFile>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

#ifdef Q_OS_UNIX
#  include <unistd.h>
#endif

namespace groove::ui {

namespace {

constexpr char Ack = 1;
constexpr quint32 MaxMessageBytes = 256 * 1024;
// A client that connects and then sends nothing is not kept forever.
constexpr int ClientTimeoutMs = 10000;

QString defaultName()
{
    QByteArray who = QCoreApplication::applicationName().toUtf8() + '\n';
#ifdef Q_OS_UNIX
    who += QByteArray::number(qulonglong(::getuid())) + '\n';
#endif
    who += qgetenv("USER") + qgetenv("USERNAME");
    const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
    const QString name = QStringLiteral("groove-enroll-") + hash;
    // The per-user runtime directory (0700, owned by the user) keeps others from taking the name
    // first; without one the socket goes to the temporary directory, restricted to the user.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(name);
    return name;
}

QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << arguments;
    }
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(payload.size());
    }
    message += payload;
    wipe(payload);
    return message;
}

// The lock serialises two starts at the same moment: without it both could find no server,
// and the second's removeServer() would delete the first one's fresh socket.
QString lockPath(const QString &name)
{
    const QString file = QDir::isAbsolutePath(name) ? name : QDir::temp().filePath(name);
    return file + QStringLiteral(".lock");
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent),
      m_name(name.isEmpty() ? defaultName() : name)
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file, so the next start becomes primary
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

// Blocking waits are acceptable here: this runs once at start-up, before any window exists or
// an event loop runs, and is bounded by 'timeoutMs'.
bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    if (isPrimary())
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QLockFile lock(lockPath(m_name));
    lock.setStaleLockTime(timeoutMs * 2);
    const bool locked = lock.tryLock(timeoutMs);

    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(int(deadline.remainingTime()))) {
            QByteArray message = encode(arguments);
            socket.write(message);
            wipe(message);
            bool acknowledged = false;
            while (!acknowledged && socket.waitForReadyRead(int(deadline.remainingTime()))) {
                char byte = 0;
                acknowledged = socket.getChar(&byte) && byte == Ack;
            }
            socket.disconnectFromServer();
            // Without an acknowledgement someone listens but did not take the arguments: a
            // hung instance. Its name is not taken away from it; this start goes on on its own.
            return acknowledged;
        }
    }

    if (!locked)
        return false;
    // Nobody answers: a socket file left by an instance that died is removed.
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection())
            serve(client);
    });
    return false;
}

void SingleInstance::serve(QLocalSocket *client)
{
    connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
    QTimer::singleShot(ClientTimeoutMs, client, [client] { client->abort(); });
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QLocalSocket::readyRead, this, [this, client, buffer] {
        QByteArray chunk = client->readAll();
        buffer->append(chunk);
        wipe(chunk);
        if (buffer->size() < 4)
            return;
        quint32 size = 0;
        {
            QDataStream in(*buffer);
            in.setVersion(QDataStream::Qt_6_4);
            in >> size;
        }
        if (size > MaxMessageBytes) {
            wipe(*buffer);
            client->abort();
            return;
        }
        if (buffer->size() < qsizetype(4 + size))
            return;
        QStringList arguments;
        QByteArray payload = buffer->sliced(4, size);
        wipe(*buffer);
        {
            QDataStream in(payload);
            in.setVersion(QDataStream::Qt_6_4);
            in >> arguments;
            if (in.status() != QDataStream::Ok || !in.atEnd()) {
                wipe(payload);
                client->abort();
                return;
            }
        }
        wipe(payload);
        client->write(&Ack, 1);
        client->flush();
        emit argumentsReceived(arguments);
    });
}

} // namespace groove::ui
