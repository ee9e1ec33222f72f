// ServerConfig::fromJson: the administrator's configuration file, strict (unknown keys,
// duplicates and wrong types are usage errors), and the values it yields.
#include "devserver/ServerConfig.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;

namespace {

QString describe(const Error &e)
{
    return e.toLogString();
}

} // namespace

class TestServerConfig final : public QObject
{
    Q_OBJECT

private slots:

    void configFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");

        const auto cfg = [](const QByteArray &domains, const QByteArray &extra = {}) {
            return QByteArray("{" + extra + "\"domains\":" + domains + "}");
        };
        const QByteArray one = R"([{"name":"d","members":[{"name":"N","login":"l"}]}])";
        QTest::newRow("minimal") << cfg(one) << true;
        const QByteArray fullDomains =
                R"([{"name":"d","members":[{"name":"N","email":"n@d.example","login":"l","password":"p",)"
                R"("code":"C","autoConfiguration":true}]},)"
                R"({"name":"e","members":[{"name":"M","login":"m","autoConfiguration":false}]}])";
        const QByteArray fullExtra =
                R"("serverUrl":"http://gms.example/gms.dll","deviceDomain":"dev","clockSkewSeconds":60,)";
        QTest::newRow("full") << cfg(fullDomains, fullExtra) << true;
        QTest::newRow("clockSkewSeconds 0") << cfg(one, R"("clockSkewSeconds":0,)") << true;
        QTest::newRow("heartbeatSeconds 1") << cfg(one, R"("heartbeatSeconds":1,)") << true;
        QTest::newRow("heartbeatSeconds 2147483647")
                << cfg(one, R"("heartbeatSeconds":2147483647,)") << true;

        QTest::newRow("not JSON") << QByteArrayLiteral("{domains: []}") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("array root") << QByteArray("[" + cfg(one) + "]") << false;
        QTest::newRow("unknown key") << cfg(one, R"("port":8080,)") << false;
        QTest::newRow("misspelt key") << cfg(one, R"("deviceDomainName":"dev",)") << false;
        QTest::newRow("unknown domain key")
                << cfg(R"([{"name":"d","policy":1,"members":[{"name":"N","login":"l"}]}])")
                << false;
        QTest::newRow("unknown member key")
                << cfg(R"([{"name":"d","members":[{"name":"N","login":"l","admin":true}]}])")
                << false;
        QTest::newRow("duplicate login in a domain") << cfg(
                R"([{"name":"d","members":[{"name":"N","login":"l"},{"name":"M","login":"l"}]}])")
                                                     << false;
        QTest::newRow("duplicate login across domains") << cfg(
                R"([{"name":"d","members":[{"name":"N","login":"l"}]},{"name":"e","members":[{"name":"M","login":"l"}]}])")
                                                        << false;
        QTest::newRow("duplicate domain name") << cfg(
                R"([{"name":"d","members":[{"name":"N","login":"l"}]},{"name":"d","members":[{"name":"M","login":"m"}]}])")
                                               << false;
        QTest::newRow("domain named like the device domain")
                << cfg(one, R"("deviceDomain":"d",)") << false;
        QTest::newRow("no domains") << QByteArrayLiteral("{}") << false;
        QTest::newRow("empty domains") << cfg("[]") << false;
        QTest::newRow("domains is an object") << cfg(R"({"name":"d"})") << false;
        QTest::newRow("domain is a string") << cfg(R"(["d"])") << false;
        QTest::newRow("domain without name")
                << cfg(R"([{"members":[{"name":"N","login":"l"}]}])") << false;
        QTest::newRow("domain with empty name")
                << cfg(R"([{"name":"","members":[{"name":"N","login":"l"}]}])") << false;
        QTest::newRow("domain name is a number")
                << cfg(R"([{"name":7,"members":[{"name":"N","login":"l"}]}])") << false;
        QTest::newRow("domain without members") << cfg(R"([{"name":"d"}])") << false;
        QTest::newRow("domain with empty members")
                << cfg(R"([{"name":"d","members":[]}])") << false;
        QTest::newRow("member without login")
                << cfg(R"([{"name":"d","members":[{"name":"N"}]}])") << false;
        QTest::newRow("member with empty login")
                << cfg(R"([{"name":"d","members":[{"name":"N","login":""}]}])") << false;
        QTest::newRow("member without name")
                << cfg(R"([{"name":"d","members":[{"login":"l"}]}])") << false;
        QTest::newRow("member is a string") << cfg(R"([{"name":"d","members":["l"]}])") << false;
        QTest::newRow("login is a number")
                << cfg(R"([{"name":"d","members":[{"name":"N","login":1}]}])") << false;
        QTest::newRow("code is a number")
                << cfg(R"([{"name":"d","members":[{"name":"N","login":"l","code":1234}]}])")
                << false;
        QTest::newRow("password is null")
                << cfg(R"([{"name":"d","members":[{"name":"N","login":"l","password":null}]}])")
                << false;
        QTest::newRow("autoConfiguration is a string") << cfg(
                R"([{"name":"d","members":[{"name":"N","login":"l","autoConfiguration":"yes"}]}])")
                                                       << false;
        QTest::newRow("clockSkewSeconds is a string")
                << cfg(one, R"("clockSkewSeconds":"60",)") << false;
        QTest::newRow("clockSkewSeconds negative")
                << cfg(one, R"("clockSkewSeconds":-1,)") << false;
        QTest::newRow("heartbeatSeconds 0") << cfg(one, R"("heartbeatSeconds":0,)") << false;
        QTest::newRow("heartbeatSeconds 1.5") << cfg(one, R"("heartbeatSeconds":1.5,)") << false;
        QTest::newRow("heartbeatSeconds 2147483648")
                << cfg(one, R"("heartbeatSeconds":2147483648,)") << false;
        QTest::newRow("heartbeatSeconds is a string")
                << cfg(one, R"("heartbeatSeconds":"60",)") << false;
        QTest::newRow("serverUrl is a number") << cfg(one, R"("serverUrl":80,)") << false;
        QTest::newRow("deviceDomain is a boolean") << cfg(one, R"("deviceDomain":true,)") << false;
    }

    void configFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const Result<ServerConfig> c = ServerConfig::fromJson(json);
        QVERIFY2(c.ok() == valid, c.ok() ? "accepted" : qPrintable(describe(c.error())));
        if (!valid) {
            QCOMPARE(c.error().kind, ErrorKind::Usage);
            QVERIFY(!c.error().detail.isEmpty());
        }
    }

    void configValues()
    {
        const QByteArray json =
                R"({"serverUrl": "http://gms.example:8080/GMSClient/gms.dll",)"
                R"( "deviceDomain": "dev", "clockSkewSeconds": 90, "domains": [)"
                R"({"name": "d", "members": [)"
                R"({"name": "Nora N", "email": "nora@d.example", "login": "nora",)"
                R"( "password": "pw ✓", "code": " C0DE ", "autoConfiguration": true},)"
                R"({"name": "Max M", "login": "max"}]},)"
                R"({"name": "e", "members": [{"name": "Eve E", "login": "eve"}]}]})";
        const Result<ServerConfig> c = ServerConfig::fromJson(json);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(describe(c.error())));
        QCOMPARE(c->serverUrl, QStringLiteral("http://gms.example:8080/GMSClient/gms.dll"));
        QCOMPARE(c->deviceDomainName, QStringLiteral("dev"));
        QCOMPARE(c->clockSkewSeconds, qint64(90));
        QCOMPARE(c->domains.size(), 2);
        QCOMPARE(c->domains.at(0).name, QStringLiteral("d"));
        QCOMPARE(c->domains.at(0).members.size(), 2);
        QString domain;
        const MemberConfig *nora = c->findByLogin(QStringLiteral("nora"), &domain);
        QVERIFY(nora);
        QCOMPARE(domain, QStringLiteral("d"));
        QCOMPARE(nora->name, QStringLiteral("Nora N"));
        QCOMPARE(nora->email, QStringLiteral("nora@d.example"));
        QCOMPARE(nora->password, QStringLiteral("pw ✓"));
        QCOMPARE(nora->code, QStringLiteral(" C0DE ")); // as written; trimmed when it becomes state
        QVERIFY(nora->autoConfiguration);
        const MemberConfig *max = c->findByLogin(QStringLiteral("max"));
        QVERIFY(max);
        QVERIFY(!max->autoConfiguration);
        QVERIFY(max->code.isEmpty());
        QVERIFY(max->password.isEmpty());
        QVERIFY(c->findByLogin(QStringLiteral("eve"), &domain));
        QCOMPARE(domain, QStringLiteral("e"));
        QVERIFY(!c->findByLogin(QStringLiteral("Eve")));

        // Without clockSkewSeconds: 24 h (WIRE-PROFILE 6.6).
        const QByteArray minimal =
                R"({"domains":[{"name":"d","members":[{"name":"N","login":"l"}]}]})";
        const Result<ServerConfig> d = ServerConfig::fromJson(minimal);
        QVERIFY(d.ok());
        QCOMPARE(d->clockSkewSeconds, qint64(24 * 3600));
        QCOMPARE(d->heartbeatSeconds, 14400);
        QVERIFY(d->deviceDomainName.isEmpty());
        QVERIFY(d->serverUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
