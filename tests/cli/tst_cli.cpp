// groove-enroll as deployment scripts use it (CLI-CONTRACT.md): every flow against a real
// gms-devserver process over HTTP and HTTPS, --status, --unenroll, --check and --demo.
#include "common/CliHarness.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QUuid>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace clitest;

namespace {

struct Member
{
    QString login;
    QString password; // empty: manual enrollment only
};

// One member per successful enrollment: a code works for one DomainEnrollment only.
const QList<Member> Members{
    { QStringLiteral("ann"), {} },
    { QStringLiteral("ben"), {} },
    { QStringLiteral("cy"), {} },
    { QStringLiteral("eve"), QStringLiteral("correct horse battery") },
    { QStringLiteral("fay"), QStringLiteral(u"Grüße aus 東京 ✓ – naïve") },
    { QStringLiteral("gus"), QStringLiteral("gus-secret-1") },
    { QStringLiteral("hal"), QStringLiteral("hal-secret-2") },
    { QStringLiteral("ivy"), QStringLiteral("ivy-secret-3") },
};

QStringList enrollArgs(const QStringList &more)
{
    return QStringList{ QStringLiteral("--headless"), QStringLiteral("--json") } + more;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QJsonObject m_info;
    QHash<QString, QString> m_codes; // login -> account configuration code
    QStringList m_secrets; // every code and password: never on any output
    QMap<QString, QString> m_policy; // key -> value of the policy gms-devserver wrote
    int m_port = 0;

    QString serverUrl() const { return m_info.value(u"serverUrl").toString(); }
    QString httpsUrl() const { return QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(m_port); }
    QString caPath() const { return m_info.value(u"ca").toString(); }
    QString passwordOf(const QString &login) const
    {
        for (const Member &m : Members) {
            if (m.login == login)
                return m.password;
        }
        return {};
    }

    // The devserver's policy with some keys changed (an empty value removes the key).
    QString policyFile(const QString &name, const QMap<QString, QString> &changes) const
    {
        QMap<QString, QString> keys = m_policy;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it.value().isEmpty())
                keys.remove(it.key());
            else
                keys.insert(it.key(), it.value());
        }
        QByteArray ini("[Managed]\n");
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            ini += QByteArray(it.key().toUtf8() + '=' + it.value().toUtf8() + '\n');
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ini) != ini.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(programPath()), qPrintable(programPath()));

        QJsonArray members;
        for (const Member &m : Members) {
            QJsonObject o{ { QStringLiteral("name"), QString(QStringLiteral("Member ") + m.login) },
                           { QStringLiteral("login"), m.login } };
            if (!m.password.isEmpty()) {
                o.insert(QStringLiteral("password"), m.password);
                o.insert(QStringLiteral("autoConfiguration"), true);
                m_secrets.append(m.password);
            }
            members.append(o);
        }
        const QJsonObject config{
            { QStringLiteral("domains"),
              QJsonArray{ QJsonObject{ { QStringLiteral("name"), QStringLiteral("contoso") },
                                       { QStringLiteral("members"), members } } } },
            { QStringLiteral("deviceDomain"), QStringLiteral("contoso-devices") }
        };
        QFile configFile(m_dir.filePath(QStringLiteral("config.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        QVERIFY(configFile.write(QJsonDocument(config).toJson()) > 0);
        configFile.close();

        const QString policy = m_dir.filePath(QStringLiteral("written-policy.conf"));
        m_server.setProgram(devserverPath());
        m_server.setArguments({ QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--state"), m_dir.filePath(QStringLiteral("state")),
                                QStringLiteral("--config"), configFile.fileName(),
                                QStringLiteral("--write-policy"), policy });
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine() || m_server.state() == QProcess::NotRunning,
                                 120000);
        QVERIFY2(m_server.canReadLine(), m_server.readAllStandardError().constData());
        m_info = QJsonDocument::fromJson(m_server.readLine()).object();
        m_port = m_info.value(u"http").toInt();
        QVERIFY(m_port > 0);
        QCOMPARE(serverUrl(), QStringLiteral("http://127.0.0.1:%1/gms.dll").arg(m_port));
        for (const QJsonValue &v : m_info.value(u"members").toArray()) {
            const QJsonObject m = v.toObject();
            m_codes.insert(m.value(u"login").toString(), m.value(u"code").toString());
            m_secrets.append(m.value(u"code").toString());
        }
        QCOMPARE(m_codes.size(), Members.size());

        QFile written(policy);
        QVERIFY(written.open(QIODevice::ReadOnly));
        for (const QByteArray &line : written.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_policy.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)));
        }
        QVERIFY(m_policy.contains(QStringLiteral("DeviceDomainGUID")));
        QVERIFY(m_policy.contains(QStringLiteral("DeviceDomainCertificate")));
    }

    void cleanupTestCase()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        QSignalSpy finished(&m_server, &QProcess::finished);
        m_server.terminate();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void flows_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString http = serverUrl();
        const QString https = httpsUrl();
        const QString ca = caPath();
        const QString server = QStringLiteral("--server");
        const QString caFile = QStringLiteral("--ca-file");
        const QString login = QStringLiteral("--login");
        const QString password = QStringLiteral("--password-stdin");
        const QString codeStdin = QStringLiteral("--code-stdin");
        const QString verbose = QStringLiteral("--verbose");
        const QString managed = QStringLiteral("--managed");
        const QString policy = QStringLiteral("--policy");
        const auto pw = [this](const char *who) {
            return passwordOf(QLatin1StringView(who)).toUtf8();
        };

        QTest::newRow("manual, --code, http")
                << QStringLiteral("manual") << QStringLiteral("ann")
                << enrollArgs({ server, http, QStringLiteral("--code"),
                                m_codes[QStringLiteral("ann")] })
                << QByteArray();
        QTest::newRow("manual, --code-stdin, https, --verbose")
                << QStringLiteral("manual") << QStringLiteral("ben")
                << enrollArgs({ server, https, caFile, ca, codeStdin, verbose })
                << QByteArray(m_codes[QStringLiteral("ben")].toUtf8() + '\n');
        QTest::newRow("manual, stdin with BOM, CRLF and spaces, host:port")
                << QStringLiteral("manual") << QStringLiteral("cy")
                << enrollArgs({ server, QStringLiteral("127.0.0.1:%1").arg(m_port), codeStdin })
                << withBomCrlfAndSpaces(m_codes[QStringLiteral("cy")]);
        QTest::newRow("auto configuration, password with LF, http")
                << QStringLiteral("auto-configuration") << QStringLiteral("eve")
                << enrollArgs({ server, http, login, QStringLiteral("eve"), password, caFile, ca })
                << QByteArray(pw("eve") + '\n');
        QTest::newRow("auto configuration, non-ASCII password with BOM and CRLF, https, --verbose")
                << QStringLiteral("auto-configuration") << QStringLiteral("fay")
                << enrollArgs({ server, https, login, QStringLiteral("fay"), password, caFile, ca,
                                verbose })
                << QByteArray("\xEF\xBB\xBF" + pw("fay") + "\r\n");
        QTest::newRow("auto activation, LoginName in the policy")
                << QStringLiteral("auto-activation") << QStringLiteral("gus")
                << enrollArgs(
                           { managed, policy,
                             policyFile(QStringLiteral("gus.conf"),
                                        { { QStringLiteral("LoginName"), QStringLiteral("gus") } }),
                             password, caFile, ca })
                << QByteArray(pw("gus") + '\n');
        QTest::newRow("auto activation, --login wins over LoginName, --verbose")
                << QStringLiteral("auto-activation") << QStringLiteral("hal")
                << enrollArgs({ managed, policy,
                                policyFile(QStringLiteral("hal.conf"),
                                           { { QStringLiteral("LoginName"),
                                               QStringLiteral("nobody") } }),
                                login, QStringLiteral("hal"), password, caFile, ca, verbose })
                << QByteArray(pw("hal") + '\n');
        // ServerURL names a closed port and there is no AuthenticatedServerURL: only --server
        // (and the authenticated endpoint derived from it) can reach the server.
        QTest::newRow("auto activation, --server overrides ServerURL")
                << QStringLiteral("auto-activation") << QStringLiteral("ivy")
                << enrollArgs({ managed, policy,
                                policyFile(QStringLiteral("ivy.conf"),
                                           { { QStringLiteral("LoginName"), QStringLiteral("ivy") },
                                             { QStringLiteral("ServerURL"),
                                               QStringLiteral("http://127.0.0.1:1/gms.dll") },
                                             { QStringLiteral("AuthenticatedServerURL"),
                                               QString() } }),
                                server, http, password, caFile, ca })
                << QByteArray(pw("ivy") + '\n');
    }

    void flows()
    {
        QFETCH(QString, flow);
        QFETCH(QString, login);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QVERIFY(!args.contains(QString())); // a policy file could not be written
        const CliHome home;
        QVERIFY(home.isValid());

        const CliRun r = home.run(args, input);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem + u'\n' + r.describe()));
        // The server names its URL in the scheme of the request that asked: https after the
        // authenticated endpoint (auto flows) or a manual run over https.
        const QString expectedUrl =
                flow == u"manual" && !args.contains(httpsUrl()) ? serverUrl() : httpsUrl();
        const QString problem = checkEnrolledJson(r.json, flow, expectedUrl);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + r.describe()));
        QVERIFY2(r.leaks(m_secrets).isEmpty(), qPrintable(r.leaks(m_secrets).join(u' ')));
        QVERIFY(!r.leaks({ r.json.value(u"accountGuid").toString() })
                         .isEmpty()); // the leak check sees output
        // The member the flow was meant to enroll (LoginName, or --login when given).
        QCOMPARE(r.json.value(u"memberName").toString(), QStringLiteral("Member ") + login);
        const QString guid = r.json.value(u"accountGuid").toString();

        // --status lists the account (and the device account of auto activation).
        QString statusProblem;
        const QJsonArray accounts = home.status(&statusProblem);
        QVERIFY2(statusProblem.isEmpty(), qPrintable(statusProblem));
        const bool activation = flow == u"auto-activation";
        QCOMPARE(accounts.size(), activation ? 2 : 1);
        QStringList guids{ guid }; // the user account first, then the device account
        QStringList names;
        for (const QJsonValue &v : accounts) {
            const QJsonObject a = v.toObject();
            for (const char *key :
                 { "accountGuid", "domainGuid", "identityUrl", "serverUrl", "enrolledAt" })
                QVERIFY2(a.value(QLatin1StringView(key)).isString(), key);
            QVERIFY(a.value(u"isDeviceAccount").isBool());
            QVERIFY2(isIsoUtc(a.value(u"enrolledAt").toString()),
                     qPrintable(a.value(u"enrolledAt").toString()));
            const QString recorded = a.value(u"serverUrl").toString();
            if (a.value(u"isDeviceAccount").toBool()) // created before any answer named a URL
                QVERIFY2(recorded == serverUrl() || recorded == httpsUrl(), qPrintable(recorded));
            else
                QCOMPARE(recorded, expectedUrl);
            const QString accountGuid = a.value(u"accountGuid").toString();
            if (a.value(u"isDeviceAccount").toBool()) {
                QVERIFY(activation);
                QCOMPARE(a.value(u"domainGuid").toString(),
                         m_policy.value(QStringLiteral("DeviceDomainGUID")));
                QVERIFY(accountGuid != guid);
                guids.append(accountGuid);
            } else {
                QCOMPARE(accountGuid, guid);
                QCOMPARE(a.value(u"domainGuid").toString(), r.json.value(u"domainGuid").toString());
                QCOMPARE(a.value(u"identityUrl").toString(),
                         r.json.value(u"identityUrl").toString());
                QCOMPARE(a.value(u"enrolledAt").toString(), r.json.value(u"enrolledAt").toString());
            }
            names += secretNamesOf(accountGuid);
        }
        QCOMPARE(guids.size(), accounts.size());
        QVERIFY2(keychainMismatches(names, Presence::Present).isEmpty(),
                 qPrintable(keychainMismatches(names, Presence::Present).join(u' ')));

        // --unenroll removes record and keychain entries; a second time the GUID is unknown.
        for (const QString &g : std::as_const(guids)) {
            const CliRun removed = home.run({ QStringLiteral("--unenroll"), g });
            QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
            QVERIFY2(removed.out.contains(g.toUtf8()), qPrintable(removed.describe()));
        }
        QCOMPARE(home.status(&statusProblem).size(), 0);
        QVERIFY2(statusProblem.isEmpty(), qPrintable(statusProblem));
        QVERIFY2(keychainMismatches(names, Presence::Absent).isEmpty(),
                 qPrintable(keychainMismatches(names, Presence::Absent).join(u' ')));
        const CliRun again =
                home.run({ QStringLiteral("--unenroll"), guid, QStringLiteral("--json") });
        QVERIFY2(again.exitCode == 2, qPrintable(again.describe()));
        QVERIFY2(checkFailedJson(again.json, QStringLiteral("usage"), -1).isEmpty(),
                 qPrintable(again.describe()));
    }

    void unenrollUnknownAccount_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("human") << QStringList{ QStringLiteral("--unenroll"), unknown };
        QTest::newRow("json") << QStringList{ QStringLiteral("--unenroll"), unknown,
                                              QStringLiteral("--json") };
    }

    void unenrollUnknownAccount()
    {
        QFETCH(QStringList, args);
        const CliHome home;
        const CliRun r = home.run(args);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        if (args.contains(QStringLiteral("--json"))) {
            QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
            const QString problem = checkFailedJson(r.json, QStringLiteral("usage"), -1);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(r.out.isEmpty());
            QVERIFY(r.err.contains(args.at(1).toUtf8()));
        }
    }

    void check_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("http") << QStringList{ QStringLiteral("--server"), serverUrl() };
        QTest::newRow("https with --ca-file")
                << QStringList{ QStringLiteral("--server"), httpsUrl(), QStringLiteral("--ca-file"),
                                caPath() };
    }

    void check()
    {
        QFETCH(QStringList, args);
        const CliHome home;
        const CliRun r =
                home.run(QStringList{ QStringLiteral("--check"), QStringLiteral("--json") } + args);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        QCOMPARE(r.json.value(u"result").toString(), QStringLiteral("ok"));
        const QJsonArray checks = r.json.value(u"checks").toArray();
        QStringList names;
        for (const QJsonValue &c : checks) {
            QVERIFY2(c.toObject().value(u"ok").toBool(),
                     qPrintable(c.toObject().value(u"detail").toString()));
            names.append(c.toObject().value(u"name").toString());
        }
        QCOMPARE(names,
                 (QStringList{ QStringLiteral("DNS"), QStringLiteral("TCP"), QStringLiteral("TLS"),
                               QStringLiteral("endpoint") }));
        QString problem;
        QCOMPARE(home.status(&problem).size(), 0); // a dry run enrolls nothing
    }

    void checkClosedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const CliHome home;
        const CliRun r = home.run({ QStringLiteral("--check"), QStringLiteral("--json"),
                                    QStringLiteral("--server"),
                                    QStringLiteral("http://127.0.0.1:%1/gms.dll").arg(port) });
        QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(r.json.value(u"result").toString(), QStringLiteral("failed"));
        QCOMPARE(r.json.value(u"errorClass").toString(), QStringLiteral("network"));
        bool tcpFailed = false;
        for (const QJsonValue &c : r.json.value(u"checks").toArray())
            tcpFailed |= c.toObject().value(u"name").toString() == u"TCP"
                    && !c.toObject().value(u"ok").toBool();
        QVERIFY2(tcpFailed, r.out.constData());
    }

    void demo()
    {
        const CliHome home;
        const CliRun r = home.run({ QStringLiteral("--demo"), QStringLiteral("--json") });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.jsonProblem.isEmpty(), qPrintable(r.jsonProblem));
        const QString url = r.json.value(u"serverUrl").toString();
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"), qPrintable(url));
        const QString problem = checkEnrolledJson(r.json, QStringLiteral("manual"), url);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The demo keeps nothing: no record here, no entry in the keyring.
        QVERIFY2(home.leftovers().isEmpty(), qPrintable(home.leftovers()));
        const QStringList names = secretNamesOf(r.json.value(u"accountGuid").toString());
        QVERIFY2(keychainMismatches(names, Presence::Absent).isEmpty(),
                 "the demo wrote to the keyring");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
