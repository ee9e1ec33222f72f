// GmsService::handle() driven directly (no sockets) for AutoActivation: its faults
// of WIRE-PROFILE 6.7 and 7.8, the validation order between them, and that a refused request
// leaves the server state (in memory and on disk) exactly as it was.
#include "common/GmsServiceHarness.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

class TestGmsServiceAutoActivation final : public QObject, public GmsHarness
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

        // ---- controls
        QTest::newRow("0 AutoActivation")
                << Builder([](T &t) { return t.editedAutoActivation([](EventInfo &) {}); }) << 0;

        // ---- 204: missing or invalid parameters
        QTest::newRow("204 AutoActivation created 24 h + 1 s ago") << Builder([](T &t) {
            return t.editedAutoActivation([&t](EventInfo &e) { e.created = t.m_now - Day - 1; });
        }) << 204;
        QTest::newRow("204 AutoActivation _EventID 0") << Builder([](T &t) {
            return t.editedAutoActivation([](EventInfo &e) { e.eventId = 0; });
        }) << 204;
        QTest::newRow("204 AutoActivation extra Event attribute") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    Result<DeviceSetup> d = t.deviceAccount();
                    if (!d)
                        return d.error();
                    QList<xml::XmlAttribute> attributes =
                            eventAttributes(d->wrapper, EventForm::Wrapper);
                    attributes.append({ QStringLiteral("Extra"), QStringLiteral("1") });
                    const Result<QByteArray> fragment = seal(FragmentHeader::forEvent(attributes),
                                                             AutoActivationRequest{ Alice }.toXml(),
                                                             d->account.sharedKey.view());
                    if (!fragment)
                        return fragment.error();
                    const Result<QByteArray> body =
                            buildRequestEnvelope(method::AutoActivation, *fragment);
                    if (!body)
                        return body.error();
                    return authPost(*body, basic(Alice, AlicePassword));
                }) << 204;
        QTest::newRow("204 AutoActivation from a user account")
                << Builder([](T &t) { return t.autoActivationFromUserAccount(false); }) << 204;

        // ---- 209 unknown domain, 200 unknown account
        QTest::newRow("209 AutoActivation unknown domain") << Builder([](T &t) {
            return t.editedAutoActivation(
                    [](EventInfo &e) { e.domainGuid = ids::newGuid().value(); });
        }) << 209;
        QTest::newRow("200 AutoActivation unknown account")
                << Builder([](T &t) -> Result<HttpRequest> {
                       EventInfo wrapper = t.event(t.deviceDomain().guid, QString(), true);
                       const SecretBytes key = crypto::randomSecret(24).value();
                       return t.autoActivation(wrapper, key.view());
                   })
                << 200;
        QTest::newRow("200 AutoActivation account of another domain") << Builder([](T &t) {
            // the device account exists in the device domain only
            return t.editedAutoActivation(
                    [&t](EventInfo &e) { e.domainGuid = t.identityDomain().guid; });
        }) << 200;

        // ---- 205 security
        QTest::newRow("205 AutoActivation sealed with another key")
                << Builder([](T &t) { return t.editedAutoActivation([](EventInfo &) {}, true); })
                << 205;

        // ---- the authenticated endpoint
        QTest::newRow("227 AutoActivation by a member without auto configuration")
                << Builder([](T &t) {
                       return t.editedAutoActivation([](EventInfo &) {}, false, Bob, BobPassword);
                   })
                << 227;
        QTest::newRow("211 AutoActivation by an unknown login") << Builder([](T &t) {
            return t.editedAutoActivation([](EventInfo &) {}, false, QStringLiteral("mallory"),
                                          QStringLiteral("x"));
        }) << 211;
        QTest::newRow("221 AutoActivation on /gms.dll") << Builder([](T &t) -> Result<HttpRequest> {
            Result<DeviceSetup> d = t.deviceAccount();
            if (!d)
                return d.error();
            return t.autoActivation(d->wrapper, d->account.sharedKey.view(), Alice, AlicePassword,
                                    GmsPath);
        }) << 221;

        // ---- validation order (WIRE-PROFILE 7.8) with two defects at once
        QTest::newRow("order 204<209 AutoActivation: created out of range, unknown domain")
                << Builder([](T &t) {
                       return t.editedAutoActivation([&t](EventInfo &e) {
                           e.created = t.m_now + 3 * Day;
                           e.domainGuid = ids::newGuid().value();
                       });
                   })
                << 204;
        QTest::newRow("order 209<200 AutoActivation: unknown domain and account")
                << Builder([](T &t) -> Result<HttpRequest> {
                       EventInfo wrapper = t.event(ids::newGuid().value(), QString(), true);
                       const SecretBytes key = crypto::randomSecret(24).value();
                       return t.autoActivation(wrapper, key.view());
                   })
                << 209;
        QTest::newRow("order 200<205 AutoActivation: unknown account, any key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       EventInfo wrapper = t.event(t.deviceDomain().guid, QString(), true);
                       wrapper.guid = wrapper.userDeviceGuid = ids::newGuid().value();
                       const SecretBytes key = crypto::randomSecret(20).value();
                       return t.autoActivation(wrapper, key.view());
                   })
                << 200;
        QTest::newRow("order 204<205 AutoActivation: from a user account, bad MAC")
                << Builder([](T &t) { return t.autoActivationFromUserAccount(true); }) << 204;
        QTest::newRow("order 205<227 AutoActivation: bad MAC, member without auto configuration")
                << Builder([](T &t) {
                       return t.editedAutoActivation([](EventInfo &) {}, true, Bob, BobPassword);
                   })
                << 205;
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
    }

    void deviceAccountReplacesKey()
    {
        Result<DeviceSetup> first = deviceAccount();
        QVERIFY(first.ok());
        const qsizetype count = state().accounts().size();
        Result<DeviceSetup> second = deviceAccount();
        QVERIFY(second.ok());
        QCOMPARE(state().accounts().size(), count);
        QVERIFY(second->account.sharedKey.equals(
                state().account(m_device.guid, deviceDomain().guid)->sharedKey));

        QCOMPARE(outcomeOf(service().handle(
                         autoActivation(first->wrapper, first->account.sharedKey.view()).value())),
                 205);
        const HttpResponse ok = service().handle(
                autoActivation(second->wrapper, second->account.sharedKey.view()).value());
        QCOMPARE(outcomeOf(ok), 0);
        const Result<AutoActivationResponse> resp =
                client::autoActivationResponse(ok.body, second->account.sharedKey.view());
        QVERIFY(resp.ok());
        QCOMPARE(resp->accountConfigurationCode, codeOf(Alice));
        // Over TLS (AutoActivate is https only) the server names the https form of its URL.
        QCOMPARE(resp->serverUrl,
                 QString(m_server->serverUrl())
                         .replace(QStringLiteral("http://"), QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(TestGmsServiceAutoActivation)
#include "tst_gmsservice_autoactivation.moc"
