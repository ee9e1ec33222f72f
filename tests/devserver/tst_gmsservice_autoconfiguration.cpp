// GmsService::handle() driven directly (no sockets) for AutoAccountCodeConfiguration and the
// authenticated endpoint: its faults of WIRE-PROFILE 6.7 and 7.8, the validation order between
// them, and that a refused request leaves the server state (in memory and on disk) exactly as it
// was.
#include "common/GmsServiceHarness.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

class TestGmsServiceAutoConfiguration final : public QObject, public GmsHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUpTest(); }
    void cleanup() { m_server.reset(); }

    // Every validation fault, each from a request with exactly that defect (rows starting with
    // "0" are controls: the same building blocks without the defect succeed).
    void faults_data()
    {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<int>("expected"); // see outcomeOf()

        using T = GmsHarness;
        const auto acc = [](const QByteArray &authorization) {
            return Builder([authorization](T &t) {
                return t.autoAccountCodeConfiguration(authorization);
            });
        };

        // ---- controls
        QTest::newRow("0 AutoAccountCodeConfiguration") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(basic(Alice, AlicePassword));
        }) << 0;
        QTest::newRow("0 AutoAccountCodeConfiguration on a prefixed path") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(
                    basic(Alice, AlicePassword),
                    QByteArrayLiteral("/GMSClient/AutoActivate/gms.dll"));
        }) << 0;

        // ---- the authenticated endpoint
        QTest::newRow("HTTP 401 without credentials") << acc(QByteArray()) << -401;
        QTest::newRow("HTTP 401 wrong password")
                << acc(basic(Alice, QStringLiteral("wrong"))) << -401;
        QTest::newRow("211 unknown login")
                << acc(basic(QStringLiteral("mallory"), QStringLiteral("x"))) << 211;
        QTest::newRow("221 Bearer") << acc("Bearer abc") << 221;
        QTest::newRow("221 Negotiate") << acc("Negotiate YIIB") << 221;
        QTest::newRow("221 scheme without credentials") << acc("Basic") << 221;
        QTest::newRow("221 Basic credentials not base64") << acc("Basic %%%") << 221;
        QTest::newRow("222 empty user name") << acc(basic(QString(), QStringLiteral("x"))) << 222;
        QTest::newRow("227 member without auto configuration")
                << acc(basic(Bob, BobPassword)) << 227;
        QTest::newRow("221 AutoAccountCodeConfiguration on /gms.dll") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(QByteArray(), GmsPath);
        }) << 221;
        QTest::newRow("221 AutoAccountCodeConfiguration on /gms.dll with credentials")
                << Builder([](T &t) {
                       return t.autoAccountCodeConfiguration(basic(Alice, AlicePassword), GmsPath);
                   })
                << 221;
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
    }

    void challenge_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no credentials") << AuthPath << QByteArray();
        QTest::newRow("no credentials, prefixed path")
                << QByteArrayLiteral("/GMSClient/AutoActivate/gms.dll") << QByteArray();
        QTest::newRow("wrong password")
                << AuthPath << basic(Alice, QStringLiteral("correct horse "));
        QTest::newRow("password of another member") << AuthPath << basic(Alice, BobPassword);
    }

    void challenge()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, authorization);
        const Result<HttpRequest> req = autoAccountCodeConfiguration(authorization, target);
        QVERIFY(req.ok());
        const HttpResponse r = service().handle(*req);
        QCOMPARE(r.status, 401);
        int count = 0;
        QCOMPARE(headerOf(r, "www-authenticate", &count), Challenge);
        QCOMPARE(count, 1);

        // The challenge comes before anything else is looked at, Content-Type included.
        HttpRequest wrongType = *req;
        setHeader(wrongType, "content-type", QByteArrayLiteral("text/plain"));
        QCOMPARE(service().handle(wrongType).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestGmsServiceAutoConfiguration)
#include "tst_gmsservice_autoconfiguration.moc"
