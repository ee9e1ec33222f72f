// GmsService::handle() driven directly (no sockets) for AccountHeartbeat (WIRE-PROFILE 5.6):
// the faults of 7.8 in their order, the counter and time the server records, the interval it
// sends, and the administration switches (re-enrollment required, account removed).
#include "common/GmsServiceHarness.h"
#include "devserver/AdminEndpoint.h"

#include <QtCore/QJsonArray>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

namespace {

QByteArray replaced(QByteArray body, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(body.contains(from));
    return body.replace(from, to);
}

const QByteArray SequenceZero =
        QByteArrayLiteral("<MessageSequenceNumber xsi:type=\"xsd:int\">0</MessageSequenceNumber>");

} // namespace

class TestGmsServiceHeartbeat final : public QObject, public GmsHarness
{
    Q_OBJECT

private:
    // The account's heartbeat as the service answers it.
    HttpResponse send(const HeartbeatSetup &s, qint32 n, QByteArrayView key = {})
    {
        const Result<HttpRequest> req =
                heartbeat(s.event, key.isNull() ? s.account.sharedKey.view() : key, n);
        if (!req)
            qFatal("heartbeat request: %s", qPrintable(req.error().toLogString()));
        return service().handle(*req);
    }

    const AccountState *accountOf(const HeartbeatSetup &s)
    {
        return state().account(s.event.guid, s.event.domainGuid);
    }

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
        QTest::newRow("0 heartbeat")
                << Builder([](T &t) { return t.editedHeartbeat([](EventInfo &) {}); }) << 0;
        QTest::newRow("0 heartbeat with spaces around the base64") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) {
                return replaced(replaced(b, "\"base64\">", "\"base64\">   "), "</Payload>",
                                " </Payload>");
            });
        }) << 0;
        QTest::newRow("0 heartbeat created 24 h ago") << Builder([](T &t) {
            return t.editedHeartbeat([&t](EventInfo &e) { e.created = t.m_now - Day; });
        }) << 0;

        // ---- 105 malformed
        QTest::newRow("105 body is not XML") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) { return b.left(b.size() / 2); });
        }) << 105;
        QTest::newRow("105 base64 broken") << Builder([](T &t) {
            return t.heartbeatBody(
                    [](QByteArray b) { return replaced(b, "\"base64\">PD94", "\"base64\">P%94"); });
        }) << 105;

        // ---- 204 missing or invalid parameters
        QTest::newRow("204 MessageSequenceNumber missing") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) { return replaced(b, SequenceZero, ""); });
        }) << 204;
        QTest::newRow("204 MessageSequenceNumber -1") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) {
                return replaced(b, SequenceZero,
                                "<MessageSequenceNumber xsi:type=\"xsd:int\">-1"
                                "</MessageSequenceNumber>");
            });
        }) << 204;
        QTest::newRow("204 Version 3") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) {
                return replaced(b, "\"xsd:int\">4</Version>", "\"xsd:int\">3</Version>");
            });
        }) << 204;
        QTest::newRow("204 extra Event attribute") << Builder([](T &t) {
            return t.heartbeatWithAttributes([](QList<xml::XmlAttribute> &a) {
                a.append({ QStringLiteral("Extra"), QStringLiteral("1") });
            });
        }) << 204;
        QTest::newRow("204 Event without UniqueID") << Builder([](T &t) {
            return t.heartbeatWithAttributes([](QList<xml::XmlAttribute> &a) {
                a.removeIf([](const xml::XmlAttribute &x) { return x.name == u"UniqueID"; });
            });
        }) << 204;
        QTest::newRow("204 DeviceGUID is not UserDeviceGuid") << Builder([](T &t) {
            return t.heartbeatWithAttributes([](QList<xml::XmlAttribute> &a) {
                for (xml::XmlAttribute &x : a) {
                    if (x.name == u"DeviceGUID")
                        x.value = ids::newGuid().value();
                }
            });
        }) << 204;
        QTest::newRow("204 created 24 h + 1 s ago") << Builder([](T &t) {
            return t.editedHeartbeat([&t](EventInfo &e) { e.created = t.m_now - Day - 1; });
        }) << 204;
        QTest::newRow("204 created 24 h + 1 s ahead") << Builder([](T &t) {
            return t.editedHeartbeat([&t](EventInfo &e) { e.created = t.m_now + Day + 1; });
        }) << 204;
        QTest::newRow("204 IsDeviceAccount does not fit the account") << Builder([](T &t) {
            return t.editedHeartbeat([](EventInfo &e) {
                e.isDeviceAccount = true;
                e.identityUrl.clear();
            });
        }) << 204;

        // ---- 209 unknown domain, 200 unknown account
        QTest::newRow("209 unknown domain") << Builder([](T &t) {
            return t.editedHeartbeat([](EventInfo &e) { e.domainGuid = ids::newGuid().value(); });
        }) << 209;
        QTest::newRow("200 unknown account") << Builder([](T &t) {
            return t.editedHeartbeat([](EventInfo &e) { e.guid = ids::newGuid().value(); });
        }) << 200;
        QTest::newRow("200 after removeAccount") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HeartbeatSetup> s = t.enrolledAccount();
            if (!s)
                return s.error();
            if (Status done = t.m_server->removeAccount(s->event.guid); !done)
                return done.error();
            return t.heartbeat(s->event, s->account.sharedKey.view());
        }) << 200;

        // ---- 205 security
        QTest::newRow("205 sealed with another key")
                << Builder([](T &t) { return t.editedHeartbeat([](EventInfo &) {}, true); }) << 205;
        QTest::newRow("205 MAC flipped") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HeartbeatSetup> s = t.enrolledAccount();
            if (!s)
                return s.error();
            const Result<QByteArray> fragment =
                    seal(FragmentHeader::forEvent(eventAttributes(s->event, EventForm::Heartbeat)),
                         AccountHeartbeatRequest{}.toXml(), s->account.sharedKey.view());
            if (!fragment)
                return fragment.error();
            const Result<QByteArray> body =
                    buildHeartbeatEnvelope(changeBase64(*fragment, "MAC"), 0);
            if (!body)
                return body.error();
            return post(*body);
        }) << 205;

        // ---- 210 re-enrollment required
        QTest::newRow("210 after requireReenrollment") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HeartbeatSetup> s = t.enrolledAccount();
            if (!s)
                return s.error();
            if (Status done = t.m_server->requireReenrollment(s->event.guid); !done)
                return done.error();
            return t.heartbeat(s->event, s->account.sharedKey.view());
        }) << 210;

        // ---- validation order (WIRE-PROFILE 7.8) with two defects at once
        QTest::newRow("order 105<204: not XML, no sequence number") << Builder([](T &t) {
            return t.heartbeatBody([](QByteArray b) {
                return replaced(b, SequenceZero, "").replace("</SOAP-ENV:Body>", "");
            });
        }) << 105;
        QTest::newRow("order 204<209: created out of range, unknown domain") << Builder([](T &t) {
            return t.editedHeartbeat([&t](EventInfo &e) {
                e.created = t.m_now + 3 * Day;
                e.domainGuid = ids::newGuid().value();
            });
        }) << 204;
        QTest::newRow("order 209<200: unknown domain and account") << Builder([](T &t) {
            return t.editedHeartbeat([](EventInfo &e) {
                e.domainGuid = ids::newGuid().value();
                e.guid = ids::newGuid().value();
            });
        }) << 209;
        QTest::newRow("order 200<205: unknown account, any key") << Builder([](T &t) {
            return t.editedHeartbeat([](EventInfo &e) { e.guid = ids::newGuid().value(); }, true);
        }) << 200;
        QTest::newRow("order 205<210: re-enrollment required, wrong key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       Result<HeartbeatSetup> s = t.enrolledAccount();
                       if (!s)
                           return s.error();
                       if (Status done = t.m_server->requireReenrollment(s->event.guid); !done)
                           return done.error();
                       const SecretBytes other = crypto::randomSecret(24).value();
                       return t.heartbeat(s->event, other.view());
                   })
                << 205;
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
    }

    void counterAndTimeRecorded()
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        QCOMPARE(accountOf(*s)->lastSequenceNumber, -1);
        QCOMPARE(accountOf(*s)->lastHeartbeatAt, 0);

        for (qint32 n : { 0, 1 }) {
            m_now += 60;
            const HttpResponse r = send(*s, n);
            const Result<AccountHeartbeatResponse> answer =
                    client::accountHeartbeatResponse(r.body, s->account.sharedKey.view());
            QVERIFY2(answer.ok(),
                     qPrintable(answer.ok() ? QString() : answer.error().toLogString()));
            QCOMPARE(answer->nextHeartbeatSeconds, 14400);
            QCOMPARE(answer->serverTime, m_now);
            QCOMPARE(accountOf(*s)->lastSequenceNumber, n);
            QCOMPARE(accountOf(*s)->lastHeartbeatAt, m_now);
        }
        // Saved, and shown without the key.
        const QJsonObject saved = QJsonDocument::fromJson(stateFileBytes()).object();
        bool found = false;
        for (const QJsonValue &v : saved.value(u"accounts").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"guid").toString() != s->event.guid)
                continue;
            found = true;
            QCOMPARE(o.value(u"lastSequenceNumber").toInt(), 1);
            QCOMPARE(qint64(o.value(u"lastHeartbeatAt").toDouble()), m_now);
            QCOMPARE(o.value(u"reenrollRequired").toBool(true), false);
        }
        QVERIFY(found);
        for (const QJsonValue &v : state().toJson(false).value(u"accounts").toArray()) {
            QVERIFY(!v.toObject().contains(u"sharedKey"));
            QVERIFY(v.toObject().contains(u"lastSequenceNumber"));
        }
    }

    void intervalIsConfigurable()
    {
        ServerConfig config = ServerConfig::demo();
        config.heartbeatSeconds = 5;
        m_server.reset();
        DevServer::Options o;
        o.clock = [this] { return m_now; };
        o.config = config;
        // Not through the fixture, which starts every server with its own configuration.
        Result<std::unique_ptr<DevServer>> started = DevServer::start(std::move(o));
        QVERIFY(started.ok());
        m_server = std::move(started).value();

        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        const HttpResponse r = send(*s, 0);
        const Result<ResponseEnvelope> env =
                parseResponseEnvelope(r.body, method::AccountHeartbeat);
        QVERIFY(env.ok() && env->payload);
        const Result<OpenedPayload> opened =
                openResponse(*env->payload, s->account.sharedKey.view());
        QVERIFY(opened.ok());
        QCOMPARE(AccountHeartbeatResponse::fromXml(opened->payload).value().nextHeartbeatSeconds,
                 5);
        // The client keeps to its floor whatever the server says.
        QCOMPARE(client::accountHeartbeatResponse(r.body, s->account.sharedKey.view())
                         .value()
                         .nextHeartbeatSeconds,
                 60);
    }

    void reenrollmentClearedByCreateAccount()
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        QVERIFY(state().memberByLogin(Alice)->enrolled);
        QVERIFY(m_server->requireReenrollment(s->event.guid).ok());
        QVERIFY(accountOf(*s)->reenrollRequired);
        // Its member's code works again (KeyActivation refuses an enrolled code).
        QVERIFY(!state().memberByLogin(Alice)->enrolled);
        QCOMPARE(outcomeOf(send(*s, 1)), 210);

        // The client enrolls again with the same account GUID: a new K_acct replaces the old.
        const client::AccountKeys again = keys(false, s->event.guid);
        QVERIFY(createAccount(again, s->event, identityDomain().certificate.encryptionKey()).ok());
        QVERIFY(!accountOf(*s)->reenrollRequired);
        QCOMPARE(outcomeOf(send(*s, 0, again.sharedKey.view())), 0);
        QCOMPARE(outcomeOf(send(*s, 1)), 205); // the old key is gone
    }

    void removedAccountCodeWorksAgain()
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        QVERIFY(m_server->removeAccount(s->event.guid).ok());
        QVERIFY(!accountOf(*s));
        QVERIFY(!state().memberByLogin(Alice)->enrolled);
        QVERIFY(activate(Alice).ok());
    }

    void adminCallsRefuseUnknownGuids()
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        const QByteArray before = stateFileBytes();
        const QString unknown = ids::newGuid().value();
        QCOMPARE(m_server->requireReenrollment(unknown).error().kind, ErrorKind::Usage);
        QCOMPARE(m_server->removeAccount(unknown).error().kind, ErrorKind::Usage);
        QCOMPARE(stateFileBytes(), before);
        QVERIFY(state().memberByLogin(Alice)->enrolled);
    }

    void adminEndpointNeedsLoopbackAndToken_data()
    {
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("loopback, token") << true << QByteArray("Bearer secret-token") << 204;
        QTest::newRow("remote peer, token") << false << QByteArray("Bearer secret-token") << 403;
        QTest::newRow("loopback, no token") << true << QByteArray() << 403;
        QTest::newRow("loopback, token prefix") << true << QByteArray("Bearer secret") << 403;
        QTest::newRow("loopback, lower-case scheme")
                << true << QByteArray("bearer secret-token") << 403;
    }

    void adminEndpointNeedsLoopbackAndToken()
    {
        QFETCH(bool, loopback);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        AdminEndpoint admin(state(), QByteArrayLiteral("secret-token"));
        HttpRequest r = post({}, "/admin/require-reenrollment?account=" + s->event.guid.toLatin1());
        QVERIFY(AdminEndpoint::handles(r));
        r.peerIsLoopback = loopback;
        if (!authorization.isEmpty())
            r.headers.append({ QByteArrayLiteral("authorization"), authorization });
        QCOMPARE(admin.handle(r).status, status);
        QCOMPARE(accountOf(*s)->reenrollRequired, status == 204);
        QVERIFY(!AdminEndpoint::handles(post({}, "/gms.dll")));
    }

    void faultInjection_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("faultCode");
        QTest::newRow("fault=210")
                << QStringLiteral("AccountHeartbeat:fault=210:1") << ErrorKind::ServerFault << 210;
        QTest::newRow("flip-mac") << QStringLiteral("AccountHeartbeat:flip-mac:1")
                                  << ErrorKind::BadMac << 0;
        QTest::newRow("wrong-key")
                << QStringLiteral("AccountHeartbeat:wrong-key:1") << ErrorKind::BadMac << 0;
        QTest::newRow("wrapper=Event")
                << QStringLiteral("AccountHeartbeat:wrapper=Event:1") << ErrorKind::BadMac << 0;
    }

    void faultInjection()
    {
        QFETCH(QString, rule);
        QFETCH(ErrorKind, kind);
        QFETCH(int, faultCode);
        Result<HeartbeatSetup> s = enrolledAccount();
        QVERIFY(s.ok());
        const Result<FaultRule> parsed = FaultRule::parse(rule);
        QVERIFY(parsed.ok());
        service().faults().add(*parsed);
        const Result<AccountHeartbeatResponse> r =
                client::accountHeartbeatResponse(send(*s, 0).body, s->account.sharedKey.view());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
        QCOMPARE(r.error().faultCode, faultCode);
        // One-shot: the next heartbeat is answered normally.
        QCOMPARE(outcomeOf(send(*s, 1)), 0);
    }
};

QTEST_GUILESS_MAIN(TestGmsServiceHeartbeat)
#include "tst_gmsservice_heartbeat.moc"
