// groove-enroll against a misbehaving server (every fault-injection knob of the devserver), bad
// TLS, bad credentials and bad usage: the contract's exit code and errorClass, no secret on any
// output, and nothing left behind (no record, no journal entry, no keychain entry).
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace clitest;
using namespace groove::devserver;

namespace {

const QStringList Messages{ QStringLiteral("KeyActivation"), QStringLiteral("CreateAccount"),
                            QStringLiteral("DomainEnrollment"),
                            QStringLiteral("AutoAccountCodeConfiguration"),
                            QStringLiteral("AutoActivation") };

QStringList manual(const QStringList &more = {})
{
    return QStringList{ QStringLiteral("--headless"), QStringLiteral("--json"),
                        QStringLiteral("--server"), QStringLiteral("%SERVER%"),
                        QStringLiteral("--code-stdin") }
    + more;
}

QStringList autoConfiguration(const QString &login, const QStringList &more = {})
{
    return QStringList{
        QStringLiteral("--headless"),       QStringLiteral("--json"),    QStringLiteral("--server"),
        QStringLiteral("%SERVER%"),         QStringLiteral("--login"),   login,
        QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), QStringLiteral("%CA%")
    }
    + more;
}

const QByteArray Code("%CODE%\n");

} // namespace

class TestCliFaults final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_secrets;

    QString codeOf(const QString &login) const
    {
        for (const MemberState &m : m_server->state().members()) {
            if (m.login == login)
                return m.code;
        }
        return {};
    }

    QString expand(QString text) const
    {
        QByteArray badPin = m_server->serverSpkiSha256();
        badPin[0] = char(badPin.at(0) ^ 0x01);
        const QString port = QString::number(m_server->port());
        text.replace(QStringLiteral("%SERVER%"), m_server->serverUrl());
        text.replace(QStringLiteral("%HTTPS%"),
                     QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(port));
        text.replace(QStringLiteral("%PORT%"), port);
        text.replace(QStringLiteral("%CA%"), m_server->caPath());
        text.replace(QStringLiteral("%PIN%"),
                     QString::fromLatin1(m_server->serverSpkiSha256().toHex()));
        text.replace(QStringLiteral("%BADPIN%"), QString::fromLatin1(badPin.toHex()));
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

    int requestsSeen()
    {
        int n = 0;
        for (const QString &m : Messages)
            n += m_server->service().faults().count(m);
        return n;
    }

    bool writePolicy(const QString &name, const QByteArray &dropKey)
    {
        QByteArray ini;
        for (const QByteArray &line : m_server->managedPolicy().split('\n')) {
            if (!line.startsWith(QByteArray(dropKey + '=')))
                ini += QByteArray(line + '\n');
        }
        QFile f(m_dir->filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(ini) == ini.size();
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
        m_secrets.append(QStringLiteral("not the password"));
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
        QVERIFY(writePolicy(QStringLiteral("policy.conf"), "-"));
        QVERIFY(writePolicy(QStringLiteral("no-guid.conf"), "DeviceDomainGUID"));
    }

    void cleanup() { m_server.reset(); }

    void failures_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<int>("faultCode");
        const QString serverFault = QStringLiteral("server-fault");
        const QString network = QStringLiteral("network");
        const QString protocol = QStringLiteral("protocol");
        const QString integrity = QStringLiteral("integrity");
        const QString tls = QStringLiteral("tls");
        const QString verbose = QStringLiteral("--verbose");
        const auto knob = [&](const char *rule, const QStringList &args, int exit,
                              const QString &cls, int fault = -1) {
            QTest::newRow(rule) << QString::fromLatin1(rule) << args << Code << exit << cls
                                << fault;
        };
        knob("KeyActivation:fault=401", manual(), 5, serverFault, 401);
        knob("DomainEnrollment:fault=402", manual({ verbose }), 5, serverFault, 402);
        knob("KeyActivation:http-500", manual(), 3, network);
        knob("DomainEnrollment:close-mid-body", manual(), 3, network);
        knob("KeyActivation:close", manual(), 3, network); // retried, then given up
        knob("KeyActivation:stall", manual({ QStringLiteral("--timeout"), QStringLiteral("1") }), 3,
             QStringLiteral("timeout"));
        knob("KeyActivation:oversized", manual(), 6, protocol);
        knob("KeyActivation:malformed-xml", manual(), 6, protocol);
        knob("KeyActivation:redirect-cross-host", manual(), 6, protocol);
        knob("DomainEnrollment:wrong-key", manual(), 6, integrity);
        knob("KeyActivation:flip-mac", manual({ verbose }), 6, integrity);
        knob("DomainEnrollment:flip-signature", manual(), 6, integrity);
        knob("KeyActivation:wrapper=Foo", manual(), 6, integrity);
        knob("DomainEnrollment:seattr", manual(), 6, integrity);

        QTest::newRow("wrong password")
                << QString() << autoConfiguration(QStringLiteral("alice"), { verbose })
                << QByteArray("not the password\n") << 5 << QStringLiteral("authentication") << -1;
        QTest::newRow("unknown login") << QString() << autoConfiguration(QStringLiteral("mallory"))
                                       << QByteArray("correct horse\n") << 5 << serverFault << 211;
        QTest::newRow("https without --ca-file")
                << QString()
                << QStringList{ QStringLiteral("--headless"), QStringLiteral("--json"),
                                QStringLiteral("--server"), QStringLiteral("%HTTPS%"),
                                QStringLiteral("--code-stdin") }
                << Code << 4 << tls << -1;
        QTest::newRow("wrong --pin-sha256")
                << QString()
                << QStringList{ QStringLiteral("--headless"),   QStringLiteral("--json"),
                                QStringLiteral("--server"),     QStringLiteral("%HTTPS%"),
                                QStringLiteral("--ca-file"),    QStringLiteral("%CA%"),
                                QStringLiteral("--pin-sha256"), QStringLiteral("%BADPIN%"),
                                QStringLiteral("--code-stdin") }
                << Code << 4 << tls << -1;
        QTest::newRow("--auth-url http:// with --login")
                << QString()
                << autoConfiguration(
                           QStringLiteral("alice"),
                           { QStringLiteral("--auth-url"),
                             QStringLiteral("http://127.0.0.1:%PORT%/AutoActivate/gms.dll") })
                << QByteArray("correct horse\n") << 4 << QStringLiteral("insecure") << -1;
    }

    void failures()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, errorClass);
        QFETCH(int, faultCode);
        if (!rule.isEmpty()) {
            const groove::Result<FaultRule> parsed = FaultRule::parse(rule);
            QVERIFY(parsed.ok());
            m_server->service().faults().add(*parsed);
        }
        const CliHome home;
        const CliRun r = home.run(expand(args), expand(QString::fromUtf8(input)).toUtf8());
        QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
        const QString problem = checkFailedJson(r.json, errorClass, faultCode);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        if (!rule.isEmpty()) // the knob was really used
            QVERIFY(m_server->service().faults().count(rule.section(u':', 0, 0)) >= 1);
        if (rule.startsWith(u"DomainEnrollment")) // keys were in the keychain: the check below
                                                  // means something
            QCOMPARE(m_server->state().accounts().size(), 1);
        if (errorClass == u"insecure" || errorClass == u"tls")
            QCOMPARE(requestsSeen(), 0); // nothing reached the server's protocol layer
        const QString left = home.leftovers(m_server.get());
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString server = QStringLiteral("--server");
        const QStringList managed{ QStringLiteral("--headless"), QStringLiteral("--json"),
                                   QStringLiteral("--managed"),  QStringLiteral("--login"),
                                   QStringLiteral("carol"),      QStringLiteral("--password-stdin"),
                                   QStringLiteral("--ca-file"),  QStringLiteral("%CA%"),
                                   QStringLiteral("--policy") };
        const QByteArray carol("tr0ub4dor\n");
        QTest::newRow("no --server")
                << QStringList{ QStringLiteral("--headless"), QStringLiteral("--json"),
                                QStringLiteral("--code-stdin") }
                << Code;
        QTest::newRow("ftp URL") << QStringList{
            QStringLiteral("--headless"), QStringLiteral("--json"), server,
            QStringLiteral("ftp://127.0.0.1:%PORT%/gms.dll"), QStringLiteral("--code-stdin")
        } << Code;
        QTest::newRow("URL without gms.dll")
                << QStringList{ QStringLiteral("--headless"), QStringLiteral("--json"), server,
                                QStringLiteral("http://127.0.0.1:%PORT%/other"),
                                QStringLiteral("--code-stdin") }
                << Code;
        QTest::newRow("--code with --login") << QStringList{ QStringLiteral("--headless"),
                                                             QStringLiteral("--json"),
                                                             server,
                                                             QStringLiteral("%SERVER%"),
                                                             QStringLiteral("--code"),
                                                             QStringLiteral("%CODE%"),
                                                             QStringLiteral("--login"),
                                                             QStringLiteral("alice"),
                                                             QStringLiteral("--password-stdin") }
                                             << QByteArray("correct horse\n");
        QTest::newRow("--code and --code-stdin")
                << manual({ QStringLiteral("--code"), QStringLiteral("%CODE%") }) << Code;
        QTest::newRow("empty code on stdin") << manual() << QByteArray("\xEF\xBB\xBF \t \r\n");
        QTest::newRow("nothing on stdin") << manual() << QByteArray();
        QTest::newRow("--code of spaces") << QStringList{
            QStringLiteral("--headless"), QStringLiteral("--json"), server,
            QStringLiteral("%SERVER%"),   QStringLiteral("--code"), QStringLiteral("   ")
        } << QByteArray();
        QTest::newRow("--timeout 0")
                << manual({ QStringLiteral("--timeout"), QStringLiteral("0") }) << Code;
        QTest::newRow("--timeout abc")
                << manual({ QStringLiteral("--timeout"), QStringLiteral("abc") }) << Code;
        QTest::newRow("--pin-sha256 too short")
                << manual({ QStringLiteral("--pin-sha256"), QStringLiteral("abcd") }) << Code;
        QTest::newRow("--login without --password-stdin") << QStringList{
            QStringLiteral("--headless"), QStringLiteral("--json"),  server,
            QStringLiteral("%SERVER%"),   QStringLiteral("--login"), QStringLiteral("alice")
        } << QByteArray();
        QTest::newRow("unknown option") << manual({ QStringLiteral("--frobnicate") }) << Code;
        QTest::newRow("missing policy file")
                << managed + QStringList{ QStringLiteral("%DIR%/missing.conf") } << carol;
        QTest::newRow("policy without DeviceDomainGUID")
                << managed + QStringList{ QStringLiteral("%DIR%/no-guid.conf") } << carol;
        QStringList noLogin = managed;
        noLogin.remove(3, 2); // neither --login nor LoginName
        QTest::newRow("managed without a login")
                << noLogin + QStringList{ QStringLiteral("%DIR%/policy.conf") } << carol;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const CliHome home;
        const CliRun r = home.run(expand(args), expand(QString::fromUtf8(input)).toUtf8());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
        const QString problem = checkFailedJson(r.json, QStringLiteral("usage"), -1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QCOMPARE(requestsSeen(), 0); // bad input costs no round trip
        const QString left = home.leftovers(m_server.get());
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void keychainUnavailable()
    {
        CliHome home;
        home.unset(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no Secret Service to reach
        const CliRun r = home.run(expand(manual()), expand(QString::fromUtf8(Code)).toUtf8());
        QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
        const QString problem = checkFailedJson(r.json, QStringLiteral("storage"), -1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QCOMPARE(r.json.value(u"step").toString(), QStringLiteral("StoreKeys"));
        QCOMPARE(m_server->service().faults().count(QStringLiteral("DomainEnrollment")), 0);
        const QString left = home.leftovers(m_server.get());
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }

    void recoverable_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("right --pin-sha256 without --ca-file")
                << QString()
                << QStringList{ QStringLiteral("--headless"),   QStringLiteral("--json"),
                                QStringLiteral("--server"),     QStringLiteral("%HTTPS%"),
                                QStringLiteral("--pin-sha256"), QStringLiteral("%PIN%"),
                                QStringLiteral("--code-stdin") };
        QTest::newRow("KeyActivation:redirect-same-origin:1")
                << QStringLiteral("KeyActivation:redirect-same-origin:1") << manual();
    }

    void recoverable()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, args);
        if (!rule.isEmpty())
            m_server->service().faults().add(FaultRule::parse(rule).value());
        const CliHome home;
        const CliRun r = home.run(expand(args), expand(QString::fromUtf8(Code)).toUtf8());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        // Over https the server names the https form of its URL (one port serves both).
        QString expectedUrl = m_server->serverUrl();
        if (expand(args).join(u' ').contains(QStringLiteral("https://")))
            expectedUrl.replace(QStringLiteral("http://"), QStringLiteral("https://"));
        const QString problem = checkEnrolledJson(r.json, QStringLiteral("manual"), expectedUrl);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        const QString guid = r.json.value(u"accountGuid").toString();
        const MemberState *bob = m_server->state().memberByLogin(QStringLiteral("bob"));
        QVERIFY(bob && bob->enrolled);
        QCOMPARE(bob->accountGuid, guid);
        if (!rule.isEmpty())
            QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")),
                     2); // followed once
        // Leave the shared keyring as it was.
        const CliRun removed = home.run({ QStringLiteral("--unenroll"), guid });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(home.leftovers(m_server.get()).isEmpty(),
                 qPrintable(home.leftovers(m_server.get())));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
