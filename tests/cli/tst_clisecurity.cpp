// groove-enroll as a real process, for what protects the user before and around the protocol:
// endpoints refused before anything is sent (insecure, malformed), warnings about plain http and
// --code, server-controlled text escaped in the log, and no core dump of a process that holds
// secrets (CLI-CONTRACT.md, WIRE-PROFILE 1 and 7.2).
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/HttpServer.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

#include <sys/resource.h>
#include <unistd.h>

using namespace clitest;
using namespace groove::devserver;

namespace {

const QString Headless = QStringLiteral("--headless");
const QString Json = QStringLiteral("--json");
const QString Server = QStringLiteral("--server");
const QString CodeStdin = QStringLiteral("--code-stdin");

// Answers every request with a 307 whose Location carries an ANSI escape, a bidi override, a C1
// control and DEL: what a hostile server could put in front of a person reading the log.
class HostileRedirector final : public QObject
{
public:
    static constexpr const char *Location = "http://127.0.0.2:1/\x1B[31mred\xE2\x80\xAE"
                                            "txt\xC2\x9B"
                                            "2J\x7F/gms.dll";

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    int requests = 0;

    HostileRedirector()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->clear();
                    ++requests;
                    socket->write(QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: ")
                                  + Location + "\r\nContent-Length: 0\r\n\r\n");
                });
            }
        });
    }

private:
    QTcpServer m_server;
};

// "Max core file size  <soft>  <hard>  bytes" of a running process.
QByteArray coreLimitOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.mid(18).simplified();
    }
    return {};
}

} // namespace

class TestCliSecurity final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_secrets;
    int m_connections = 0; // TCP connections the devserver accepted during one test function

    QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

    QString expand(QString text) const
    {
        text.replace(QStringLiteral("%SERVER%"), m_server->serverUrl());
        text.replace(QStringLiteral("%HTTPS%"),
                     QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(m_server->port()));
        text.replace(QStringLiteral("%PORT%"), QString::number(m_server->port()));
        text.replace(QStringLiteral("%CA%"), m_server->caPath());
        text.replace(QStringLiteral("%CODE%"), codeOf(QStringLiteral("bob")));
        text.replace(QStringLiteral("%DIR%"), m_dir->path());
        return text;
    }

    QStringList expand(const QStringList &list) const
    {
        QStringList out;
        for (const QString &s : list)
            out.append(expand(s));
        return out;
    }

    // The devserver's policy with some keys set (values expanded), as %DIR%/policy.conf.
    bool writePolicy(const QList<QPair<QByteArray, QString>> &changes)
    {
        QByteArray ini;
        for (const QByteArray &line : m_server->managedPolicy().split('\n')) {
            bool changed = false;
            for (const auto &c : changes)
                changed = changed || line.startsWith(QByteArray(c.first + '='));
            if (!line.isEmpty() && !changed)
                ini += QByteArray(line + '\n');
        }
        for (const auto &c : changes)
            ini += QByteArray(c.first + '=' + expand(c.second).toUtf8() + '\n');
        QFile f(m_dir->filePath(QStringLiteral("policy.conf")));
        return f.open(QIODevice::WriteOnly) && f.write(ini) == ini.size();
    }

    static QStringList managed()
    {
        return { Headless,
                 Json,
                 QStringLiteral("--managed"),
                 QStringLiteral("--login"),
                 QStringLiteral("carol"),
                 QStringLiteral("--password-stdin"),
                 QStringLiteral("--ca-file"),
                 QStringLiteral("%CA%"),
                 QStringLiteral("--policy"),
                 QStringLiteral("%DIR%/policy.conf") };
    }

    static QStringList autoConfiguration(const QString &authUrl)
    {
        return { Headless,
                 Json,
                 Server,
                 QStringLiteral("%SERVER%"),
                 QStringLiteral("--login"),
                 QStringLiteral("alice"),
                 QStringLiteral("--password-stdin"),
                 QStringLiteral("--ca-file"),
                 QStringLiteral("%CA%"),
                 QStringLiteral("--auth-url"),
                 authUrl };
    }

    // A run refused before anything was sent: exit code and class, and the devserver never saw
    // a connection, let alone a request.
    void checkRefused(const QStringList &args, const QByteArray &input, int exitCode,
                      const QString &errorClass)
    {
        QSignalSpy served(&m_server->http(), &HttpServer::requestServed);
        const CliHome home;
        const CliRun r = home.run(expand(args), input);
        QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
        const QString problem = checkFailedJson(r.json, errorClass, -1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QCoreApplication::processEvents();
        QCOMPARE(served.size(), 0);
        QCOMPARE(m_connections, 0);
        const QString left = home.leftovers(m_server.get());
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

private slots:
    void initTestCase()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        for (const DomainConfig &d : ServerConfig::demo().domains) {
            for (const MemberConfig &m : d.members)
                m_secrets.append(m.password);
        }
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_dir = std::make_unique<QTemporaryDir>();
        for (const MemberState &m : m_server->state().members()) {
            if (!m_secrets.contains(m.code))
                m_secrets.append(m.code);
        }
        m_connections = 0;
        connect(&m_server->http(), &HttpServer::connectionCountChanged, this,
                [this](int count) { m_connections = qMax(m_connections, count); });
    }

    void cleanup() { m_server.reset(); }

    // WIRE-PROFILE 7.2: an authenticated endpoint with scheme http is refused before anything
    // is sent, with class insecure, wherever it comes from.
    void insecureAuthenticatedEndpoint_data()
    {
        QTest::addColumn<QString>("policyValue"); // AuthenticatedServerURL; empty: no policy
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString httpAuth = QStringLiteral("http://127.0.0.1:%PORT%/AutoActivate/gms.dll");
        QTest::newRow("policy AuthenticatedServerURL http://")
                << httpAuth << managed() << QByteArray("tr0ub4dor\n");
        QTest::newRow("policy AuthenticatedServerURL http://, --login from LoginName")
                << httpAuth
                << QStringList{ Headless,
                                Json,
                                QStringLiteral("--managed"),
                                QStringLiteral("--password-stdin"),
                                QStringLiteral("--policy"),
                                QStringLiteral("%DIR%/policy.conf") }
                << QByteArray("tr0ub4dor\n");
        QTest::newRow("--auth-url http:// with --managed")
                << QStringLiteral("https://127.0.0.1:%PORT%/AutoActivate/gms.dll")
                << managed() + QStringList{ QStringLiteral("--auth-url"), httpAuth }
                << QByteArray("tr0ub4dor\n");
        QTest::newRow("--auth-url http:// with --login")
                << QString() << autoConfiguration(httpAuth) << QByteArray("correct horse\n");
    }

    void insecureAuthenticatedEndpoint()
    {
        QFETCH(QString, policyValue);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        if (!policyValue.isEmpty()) {
            QVERIFY(writePolicy({ { "AuthenticatedServerURL", policyValue },
                                  { "LoginName", QStringLiteral("carol") } }));
        }
        checkRefused(args, input, 4, QStringLiteral("insecure"));
    }

    // WIRE-PROFILE 1: no userinfo, query or fragment in any endpoint, explicit or from the
    // policy; a usage error, nothing sent.
    void malformedEndpoint_data()
    {
        QTest::addColumn<QByteArray>("policyKey"); // empty: the policy is not used
        QTest::addColumn<QString>("value");
        const QByteArray auth("AuthenticatedServerURL");
        const QByteArray server("ServerURL");
        const QString base = QStringLiteral("://127.0.0.1:%PORT%");
        const struct
        {
            const char *name;
            QString url;
        } shapes[] = {
            { "userinfo",
              QStringLiteral("https://carol:tr0ub4dor@127.0.0.1:%PORT%/AutoActivate/gms.dll") },
            { "user only", QStringLiteral("https://carol@127.0.0.1:%PORT%/AutoActivate/gms.dll") },
            { "query",
              QStringLiteral("https") + base + QStringLiteral("/AutoActivate/gms.dll?a=b") },
            { "fragment",
              QStringLiteral("https") + base + QStringLiteral("/AutoActivate/gms.dll#x") },
        };
        for (const auto &s : shapes) {
            QTest::addRow("--auth-url, %s", s.name) << QByteArray() << s.url;
            QTest::addRow("AuthenticatedServerURL, %s", s.name) << auth << s.url;
            QString serverUrl = s.url;
            serverUrl.replace(QStringLiteral("https"), QStringLiteral("http"));
            serverUrl.replace(QStringLiteral("/AutoActivate"), QString());
            QTest::addRow("ServerURL, %s", s.name) << server << serverUrl;
        }
    }

    void malformedEndpoint()
    {
        QFETCH(QByteArray, policyKey);
        QFETCH(QString, value);
        if (policyKey.isEmpty()) {
            checkRefused(autoConfiguration(value), QByteArray("correct horse\n"), 2,
                         QStringLiteral("usage"));
            return;
        }
        QVERIFY(writePolicy({ { policyKey, value } }));
        checkRefused(managed(), QByteArray("tr0ub4dor\n"), 2, QStringLiteral("usage"));
    }

    // Plain http and --code work, with a warning on standard error; standard output stays one
    // JSON object, and https with --code-stdin gets no warning.
    void exposureWarnings_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("httpWarning");
        QTest::addColumn<bool>("codeWarning");
        const QStringList ca{ QStringLiteral("--ca-file"), QStringLiteral("%CA%") };
        const QString code = QStringLiteral("--code");
        const QByteArray stdinCode("%CODE%\n");
        QTest::newRow("http, --code-stdin")
                << QStringList{ Headless, Json, Server, QStringLiteral("%SERVER%"), CodeStdin }
                << stdinCode << 0 << true << false;
        QTest::newRow("https, --code-stdin")
                << QStringList{ Headless, Json, Server, QStringLiteral("%HTTPS%"), CodeStdin } + ca
                << stdinCode << 0 << false << false;
        // A code the server does not know: the run fails quickly at KeyActivation (fault 401).
        QTest::newRow("http, --code") << QStringList{ Headless, Json,
                                                      Server,   QStringLiteral("%SERVER%"),
                                                      code,     QStringLiteral("NOT-A-REAL-CODE") }
                                      << QByteArray() << 5 << true << true;
        QTest::newRow("https, --code") << QStringList{ Headless, Json,
                                                       Server,   QStringLiteral("%HTTPS%"),
                                                       code,     QStringLiteral("NOT-A-REAL-CODE") }
                        + ca << QByteArray()
                                       << 5 << false << true;
        QTest::newRow("http, --code, not --json")
                << QStringList{ Headless, Server, QStringLiteral("%SERVER%"), code,
                                QStringLiteral("NOT-A-REAL-CODE") }
                << QByteArray() << 5 << true << true;
    }

    void exposureWarnings()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(bool, httpWarning);
        QFETCH(bool, codeWarning);
        const CliHome home;
        const CliRun r = home.run(expand(args), expand(QString::fromUtf8(input)).toUtf8());
        QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
        const QString err = QString::fromUtf8(r.err);
        const QString url = expand(args.at(args.indexOf(Server) + 1));
        QVERIFY2(err.contains(QStringLiteral("plain HTTP")) == httpWarning, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--code-stdin")) == codeWarning, qPrintable(err));
        if (httpWarning) // names the address and the remedy
            QVERIFY2(err.contains(url + u' ') && err.contains(QStringLiteral("https://")),
                     qPrintable(err));
        if (args.contains(Json)) {
            // Standard output is the one JSON object it always was, warnings or not.
            QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
            QCOMPARE(r.json.value(u"result").toString(),
                     exitCode == 0 ? QStringLiteral("enrolled") : QStringLiteral("failed"));
            if (!httpWarning && !codeWarning) // nothing else is said on standard error
                QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        QVERIFY(!r.out.contains("plain HTTP") && !r.out.contains("--code-stdin"));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QVERIFY2(!err.contains(QStringLiteral("NOT-A-REAL-CODE")), qPrintable(err));
    }

    // A hostile redirect's Location reaches the --verbose log escaped, never as raw control
    // characters a terminal would act on.
    void serverTextIsEscapedInTheLog()
    {
        HostileRedirector hostile;
        QVERIFY(hostile.listen());
        const CliHome home;
        const CliRun r = home.run(
                { Headless, Json, QStringLiteral("--verbose"), Server,
                  QStringLiteral("http://127.0.0.1:%1/gms.dll").arg(hostile.port()), CodeStdin },
                QByteArray("SOME-CODE-1234\n"));
        QVERIFY2(r.finished && r.exitCode == 6, qPrintable(r.describe()));
        QCOMPARE(hostile.requests, 1);
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
        QCOMPARE(r.json.value(u"errorClass").toString(), QStringLiteral("protocol"));
        // The log shows the Location, escaped ...
        QVERIFY2(r.err.contains("/\\x1B[31mred\\u{202E}txt\\u{009B}2J\\x7F/gms.dll"),
                 r.err.constData());
        // ... and no control character but the line ends of the log itself.
        for (const QByteArray &stream : { r.out, r.err }) {
            for (const char c : stream) {
                const auto u = uchar(c);
                QVERIFY2(u == '\n' || (u >= 0x20 && u != 0x7F), qPrintable(QString::number(u)));
            }
            QVERIFY(!stream.contains("\xE2\x80\xAE"));
            QVERIFY(!stream.contains("\xC2\x9B"));
        }
    }

    // The process holding secrets can leave no core file: its core size limit is 0 even when
    // the one it inherited is not.
    void noCoreDumps()
    {
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        if (limit.rlim_max == 0)
            QSKIP("the hard core size limit is 0 here: nothing to lower");
        const rlimit raised{ limit.rlim_max, limit.rlim_max };
        QCOMPARE(::setrlimit(RLIMIT_CORE, &raised), 0); // inherited by the child
        const CliHome home;
        // Waits for a code on standard input: alive, and holding (soon) a secret.
        const std::unique_ptr<QProcess> p = home.start(
                { Headless, Json, Server, m_server->serverUrl(), CodeStdin }, QByteArray(), false);
        ::setrlimit(RLIMIT_CORE, &limit);
        QVERIFY(p->state() == QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(coreLimitOf(p->processId()), QByteArray("0 0 bytes"), 20000);
        if (::getuid() != 0) {
            // Not dumpable: the kernel hands its /proc entries to root (a root test process
            // could not tell, its own files are root's anyway).
            QTRY_COMPARE_WITH_TIMEOUT(
                    QFileInfo(QStringLiteral("/proc/%1/status").arg(p->processId())).ownerId(), 0u,
                    20000);
        }
        p->closeWriteChannel(); // an empty code: a usage error, the process ends
        const CliRun r = collect(*p, 30000);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "tst_clisecurity.moc"
