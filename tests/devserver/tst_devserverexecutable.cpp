// The gms-devserver executable as administrators run it: binding other than loopback only with
// --allow-remote, Basic credentials only over TLS (and never checked or logged when they came in
// clear), and --dump-state without the account configuration codes unless --show-codes.
// Traffic goes to 127.0.0.1 only, also when the server binds 0.0.0.0.
#include "common/RawHttpClient.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslSocket>
#include <QtTest/QTest>

#include <memory>

using namespace groove::testing;

namespace {

const QString Program = QStringLiteral(GMS_DEVSERVER_PATH);

struct Started
{
    std::unique_ptr<QProcess> process;
    QJsonObject info; // the start-up line
    QByteArray err; // stderr so far
};

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runToEnd(const QStringList &arguments)
{
    QProcess p;
    p.start(Program, arguments);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QStringList codesIn(const QJsonArray &members)
{
    QStringList codes;
    for (const QJsonValue &m : members) {
        if (m.toObject().contains(u"code"))
            codes << m.toObject().value(u"code").toString();
    }
    return codes;
}

// One request on its own connection ("Connection: close"), answered by the server's closing.
QByteArray exchange(QSslSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10'000))
        received += socket.readAll();
    return received + socket.readAll();
}

} // namespace

class TestDevServerExecutable final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state; // shared by every start: keys and certificates are made once

    Started start(const QStringList &extra)
    {
        Started s;
        s.process = std::make_unique<QProcess>();
        s.process->start(Program,
                         QStringList{ QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--state"), m_state.path() }
                                 + extra);
        if (!s.process->waitForStarted(10'000))
            return s;
        while (!s.process->canReadLine() && s.process->state() == QProcess::Running)
            s.process->waitForReadyRead(1000);
        if (s.process->canReadLine())
            s.info = QJsonDocument::fromJson(s.process->readLine()).object();
        // The administrator's listing ends with the demo passwords; signals are handled after it.
        while (!s.err.contains("demo passwords:") && s.process->state() == QProcess::Running) {
            s.process->waitForReadyRead(1000);
            s.err += s.process->readAllStandardError();
        }
        return s;
    }

    static QByteArray stop(Started &s)
    {
        s.process->terminate();
        s.process->waitForFinished(10'000);
        return s.err + s.process->readAllStandardError();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        QVERIFY2(QFile::exists(Program), qPrintable(Program));
    }

    void remoteBindingNeedsAllowRemote_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0");
        QTest::newRow("::") << QStringLiteral("::");
        QTest::newRow("a LAN address") << QStringLiteral("192.0.2.10");
    }

    void remoteBindingNeedsAllowRemote()
    {
        QFETCH(QString, address);
        const Finished f =
                runToEnd({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                           m_state.path(), QStringLiteral("--listen"), address });
        QCOMPARE(f.exitCode, 2); // a usage error, before anything is bound
        QVERIFY2(f.out.isEmpty(), f.out.constData()); // no start-up line: nothing listens
        QVERIFY2(f.err.contains("--allow-remote"), f.err.constData());
        QVERIFY2(f.err.contains(address.toLatin1()), f.err.constData());
    }

    void loopbackNeedsNoFlag()
    {
        Started s = start({ QStringLiteral("--listen"), QStringLiteral("127.0.0.2") });
        QVERIFY2(s.info.value(u"http").toInt() > 0, "gms-devserver did not start");
        const QByteArray err = stop(s);
        QVERIFY2(!err.contains("warning"), err.constData());
    }

    void allowRemoteBindsAndWarns()
    {
        Started s = start({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                            QStringLiteral("--allow-remote") });
        const int port = s.info.value(u"http").toInt();
        QVERIFY2(port > 0, "gms-devserver did not start");
        // Reached over loopback only.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(socket.waitForConnected(10'000));
        socket.write("GET /gms.dll HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray received;
        while (socket.waitForReadyRead(10'000))
            received += socket.readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 405 "), received.constData());
        const QByteArray err = stop(s);
        QVERIFY2(err.contains("warning: listening on 0.0.0.0"), err.constData());
        QVERIFY2(err.indexOf("warning") < err.indexOf("listening:"), err.constData());
    }

    void credentialsOnlyOverTls_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        // Over http every Authorization is refused the same way, right or wrong: unchecked.
        QTest::newRow("http, right password")
                << false << QStringLiteral("alice") << QStringLiteral("correct horse") << 403;
        QTest::newRow("http, wrong password")
                << false << QStringLiteral("alice") << QStringLiteral("wrong-horse") << 403;
        QTest::newRow("http, unknown login")
                << false << QStringLiteral("mallory") << QStringLiteral("mallory-pw") << 403;
        // Over https they are checked: a 200 (the body is no envelope: fault 105), or 401.
        QTest::newRow("https, right password")
                << true << QStringLiteral("alice") << QStringLiteral("correct horse") << 200;
        QTest::newRow("https, wrong password")
                << true << QStringLiteral("alice") << QStringLiteral("wrong-horse") << 401;
    }

    void credentialsOnlyOverTls()
    {
        QFETCH(bool, tls);
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(int, status);
        Started s = start({});
        const int port = s.info.value(u"http").toInt();
        QVERIFY2(port > 0, "gms-devserver did not start");

        QSslSocket socket;
        if (tls) {
            QSslConfiguration ssl = socket.sslConfiguration();
            ssl.addCaCertificates(QSslCertificate::fromPath(s.info.value(u"ca").toString()));
            socket.setSslConfiguration(ssl);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(port));
            QVERIFY2(socket.waitForEncrypted(10'000), qPrintable(socket.errorString()));
        } else {
            socket.connectToHost(QHostAddress::LocalHost, quint16(port));
            QVERIFY(socket.waitForConnected(10'000));
        }
        const QByteArray credentials = (login + u':' + password).toUtf8().toBase64();
        const QByteArray headers = QByteArrayLiteral("Content-Type: text/xml; charset=utf-8\r\n"
                                                     "Connection: close\r\n"
                                                     "Authorization: Basic ")
                + credentials + QByteArrayLiteral("\r\n");
        const QByteArray answer =
                exchange(socket, post("/AutoActivate/gms.dll", "<not-an-envelope/>", headers));
        const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ';
        QVERIFY2(answer.startsWith(statusLine), answer.constData());
        if (!tls)
            QVERIFY(!answer.contains("WWW-Authenticate")); // no invitation to try again

        // The request's log line (the start-up listing names the demo passwords, by design).
        const QByteArray log = stop(s);
        QByteArray line;
        for (const QByteArray &l : log.split('\n')) {
            if (l.contains("/AutoActivate/gms.dll") && !l.contains("authenticated endpoint"))
                line = l;
        }
        QVERIFY2(!line.isEmpty(), log.constData());
        QVERIFY2(!line.contains(password.toUtf8()), line.constData());
        QVERIFY2(!line.contains(credentials), line.constData());
        if (!tls) // not even the login: the header was not read
            QVERIFY2(!line.contains(login.toUtf8()), line.constData());
    }

    void dumpStateHidesCodes()
    {
        Started s = start({});
        const QJsonArray listed = s.info.value(u"members").toArray();
        const QStringList codes = codesIn(listed);
        QCOMPARE(codes.size(), 3); // the start-up line keeps them, for the administrator
        const QByteArray err = stop(s);
        for (const QString &code : codes)
            QVERIFY2(err.contains(code.toLatin1()), err.constData()); // so does the listing

        const Finished hidden = runToEnd(
                { QStringLiteral("--dump-state"), QStringLiteral("--state"), m_state.path() });
        QCOMPARE(hidden.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(hidden.out).object();
        QCOMPARE(state.value(u"members").toArray().size(), 3);
        QVERIFY(codesIn(state.value(u"members").toArray()).isEmpty());
        for (const QString &code : codes)
            QVERIFY2(!hidden.out.contains(code.toLatin1()), "--dump-state shows a code");

        const Finished shown =
                runToEnd({ QStringLiteral("--dump-state"), QStringLiteral("--show-codes"),
                           QStringLiteral("--state"), m_state.path() });
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject withCodes = QJsonDocument::fromJson(shown.out).object();
        QStringList dumped = codesIn(withCodes.value(u"members").toArray());
        dumped.sort();
        QStringList expected = codes;
        expected.sort();
        QCOMPARE(dumped, expected);
    }

    void showCodesOnlyWithDumpState()
    {
        const Finished f =
                runToEnd({ QStringLiteral("--show-codes"), QStringLiteral("--port"),
                           QStringLiteral("0"), QStringLiteral("--state"), m_state.path() });
        QCOMPARE(f.exitCode, 2);
        QVERIFY(f.out.isEmpty());
        QVERIFY2(f.err.contains("--dump-state"), f.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDevServerExecutable)
#include "tst_devserverexecutable.moc"
