// The devserver's fault injection: rule syntax, counting, and every knob over real HTTP(S) on
// 127.0.0.1 as a client sees it.
#include "common/ServerFixture.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/DevServer.h"
#include "devserver/FaultInjector.h"
#include "protocol/ClientCodec.h"
#include "protocol/Envelope.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <chrono>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace std::chrono_literals;

namespace {

const QString Bob = QStringLiteral("bob");
const QString Alice = QStringLiteral("alice");
constexpr qsizetype MiB = 1024 * 1024;

// What a knob should look like from the client's side.
enum class Expect {
    Fault, // HTTP 200 with fault <code>
    Http500, // HTTP 500
    NetworkError, // the connection ends without a complete answer
    Oversized, // HTTP 200, body over 1 MiB, refused by the envelope parser
    MalformedXml, // HTTP 200, body that is not XML
    RedirectCrossHost, // 307 to 127.0.0.2
    BadMac, // the response does not open
    BadSignature, // a domain signature does not verify
};

struct Reply
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray location;
    qint64 contentLength = -1;
};

Reply collect(QNetworkReply *reply)
{
    Reply r;
    r.finished = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.location = reply->rawHeader("Location");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    r.contentLength = length.isValid() ? length.toLongLong() : -1;
    return r;
}

QString describe(const Reply &r)
{
    return QStringLiteral("HTTP %1, network error %2, %3 body bytes")
            .arg(r.status)
            .arg(int(r.error))
            .arg(r.body.size());
}

// "ok", "fault N", "http N" or "network" for one answer.
QString outcomeOf(const Reply &r)
{
    if (r.error != QNetworkReply::NoError && r.status == 0)
        return QStringLiteral("network");
    if (r.status != 200)
        return QStringLiteral("http %1").arg(r.status);
    const Result<ResponseEnvelope> env = parseResponseEnvelope(r.body);
    if (env)
        return QStringLiteral("ok");
    if (env.error().kind == ErrorKind::ServerFault)
        return QStringLiteral("fault %1").arg(env.error().faultCode);
    return QStringLiteral("bad body");
}

} // namespace

class TestFaultInjection final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    client::AccountKeys m_keys; // generated once, reused with fresh GUIDs
    client::Device m_device;

    QUrl serverUrl(bool tls = false) const
    {
        QUrl u(m_server->serverUrl());
        if (tls)
            u.setScheme(QStringLiteral("https"));
        return u;
    }

    QString codeOf(const QString &login) { return m_server->state().memberByLogin(login)->code; }

    bool startServer(const QList<FaultRule> &rules = {}, std::chrono::milliseconds idle = 30s)
    {
        DevServer::Options o;
        o.faults = rules;
        o.idleTimeout = idle;
        m_server = m_fixture.start(std::move(o));
        if (m_server)
            m_tls.addCaCertificates(QSslCertificate::fromPath(m_server->caPath()));
        return bool(m_server);
    }

    QNetworkReply *send(const QUrl &url, const QString &method, const QByteArray &body,
                        const QByteArray &authorization = {}, int transferTimeout = 20000)
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
        req.setRawHeader("SOAPAction", QByteArray("\"urn:groove.net#" + method.toUtf8() + '"'));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setSslConfiguration(m_tls);
        req.setTransferTimeout(transferTimeout);
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        return m_nam->post(req, body);
    }

    Reply post(const QUrl &url, const QString &method, const QByteArray &body,
               const QByteArray &authorization = {})
    {
        QNetworkReply *reply = send(url, method, body, authorization);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r = collect(reply);
        reply->deleteLater();
        return r;
    }

    QByteArray keyActivationBody(const QString &code) const
    {
        return client::keyActivationRequest(client::CodeKey::fromCode(code), m_device).value();
    }

    client::AccountKeys freshAccount() const
    {
        client::AccountKeys k;
        k.guid = ids::newGuid().value();
        k.sharedKey = crypto::randomSecret(24).value();
        k.signatureKey = m_keys.signatureKey;
        k.encryptionKey = m_keys.encryptionKey;
        return k;
    }

    EventInfo userEvent(const client::Activation &a) const
    {
        EventInfo e;
        e.domainGuid = a.response.domainGuid;
        e.grooveVersion = m_device.grooveVersion;
        e.identityUrl = a.response.identityUrl;
        e.userDeviceGuid = m_device.guid;
        e.userDeviceName = m_device.name;
        e.created = QDateTime::currentSecsSinceEpoch();
        return e;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groove.devserver.info=false"));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        Result<client::AccountKeys> k = client::AccountKeys::generate();
        QVERIFY(k.ok());
        m_keys = std::move(k).value();
        m_device.guid = ids::newGuid().value();
        m_device.name = QStringLiteral("TEST-PC");
        m_device.grooveVersion = productGrooveVersion();
    }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tls = QSslConfiguration::defaultConfiguration();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    // ---- FaultRule syntax

    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("onRequest");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("faultCode");
        QTest::addColumn<QString>("canonical");

        const auto ok = [](const char *name, const QString &spec, const QString &method, int n,
                           FaultAction action, int code, const QString &canonical) {
            QTest::newRow(name) << spec << true << method << n << int(action) << code << canonical;
        };
        ok("fault", QStringLiteral("DomainEnrollment:fault=402"),
           QStringLiteral("DomainEnrollment"), 0, FaultAction::ProtocolFault, 402,
           QStringLiteral("DomainEnrollment:fault=402"));
        ok("fault on the 3rd", QStringLiteral("KeyActivation:fault=205:3"),
           QStringLiteral("KeyActivation"), 3, FaultAction::ProtocolFault, 205,
           QStringLiteral("KeyActivation:fault=205:3"));
        ok("any method, 2nd", QStringLiteral("*:http-500:2"), QStringLiteral("*"), 2,
           FaultAction::Http500, 0, QStringLiteral("*:http-500:2"));
        ok("leading zero in N", QStringLiteral("*:http-500:02"), QStringLiteral("*"), 2,
           FaultAction::Http500, 0, QStringLiteral("*:http-500:2"));
        ok("close-mid-body", QStringLiteral("KeyActivation:close-mid-body"),
           QStringLiteral("KeyActivation"), 0, FaultAction::CloseMidBody, 0,
           QStringLiteral("KeyActivation:close-mid-body"));
        ok("close", QStringLiteral("CreateAccount:close"), QStringLiteral("CreateAccount"), 0,
           FaultAction::CloseNoAnswer, 0, QStringLiteral("CreateAccount:close"));
        ok("stall", QStringLiteral("*:stall:1"), QStringLiteral("*"), 1, FaultAction::Stall, 0,
           QStringLiteral("*:stall:1"));
        ok("oversized", QStringLiteral("KeyActivation:oversized"), QStringLiteral("KeyActivation"),
           0, FaultAction::Oversized, 0, QStringLiteral("KeyActivation:oversized"));
        ok("malformed-xml", QStringLiteral("KeyActivation:malformed-xml"),
           QStringLiteral("KeyActivation"), 0, FaultAction::MalformedXml, 0,
           QStringLiteral("KeyActivation:malformed-xml"));
        ok("redirect-cross-host", QStringLiteral("*:redirect-cross-host"), QStringLiteral("*"), 0,
           FaultAction::RedirectCrossHost, 0, QStringLiteral("*:redirect-cross-host"));
        ok("redirect-same-origin", QStringLiteral("*:redirect-same-origin:1"), QStringLiteral("*"),
           1, FaultAction::RedirectSameOrigin, 0, QStringLiteral("*:redirect-same-origin:1"));
        ok("wrong-key", QStringLiteral("KeyActivation:wrong-key"), QStringLiteral("KeyActivation"),
           0, FaultAction::WrongKey, 0, QStringLiteral("KeyActivation:wrong-key"));
        ok("flip-mac", QStringLiteral("DomainEnrollment:flip-mac"),
           QStringLiteral("DomainEnrollment"), 0, FaultAction::FlipMac, 0,
           QStringLiteral("DomainEnrollment:flip-mac"));
        ok("flip-signature", QStringLiteral("DomainEnrollment:flip-signature:1"),
           QStringLiteral("DomainEnrollment"), 1, FaultAction::FlipSignature, 0,
           QStringLiteral("DomainEnrollment:flip-signature:1"));
        ok("any method name", QStringLiteral("Frobnicate:fault=1"), QStringLiteral("Frobnicate"), 0,
           FaultAction::ProtocolFault, 1, QStringLiteral("Frobnicate:fault=1"));
        ok("wrapper", QStringLiteral("KeyActivation:wrapper=Foo"), QStringLiteral("KeyActivation"),
           0, FaultAction::WrapperName, 0, QStringLiteral("KeyActivation:wrapper=Foo"));
        ok("seattr", QStringLiteral("AutoActivation:seattr"), QStringLiteral("AutoActivation"), 0,
           FaultAction::SeAttribute, 0, QStringLiteral("AutoActivation:seattr=KeyID"));
        ok("seattr named", QStringLiteral("DomainEnrollment:seattr=Extra:1"),
           QStringLiteral("DomainEnrollment"), 1, FaultAction::SeAttribute, 0,
           QStringLiteral("DomainEnrollment:seattr=Extra:1"));

        const auto bad = [](const char *name, const QString &spec) {
            QTest::newRow(name) << spec << false << QString() << 0 << 0 << 0 << QString();
        };
        bad("empty", QString());
        bad("method only", QStringLiteral("KeyActivation"));
        bad("empty method", QStringLiteral(":fault=402"));
        bad("empty action", QStringLiteral("KeyActivation:"));
        bad("unknown action", QStringLiteral("KeyActivation:explode"));
        bad("action in capitals", QStringLiteral("KeyActivation:HTTP-500"));
        bad("fault without code", QStringLiteral("KeyActivation:fault="));
        bad("fault 0", QStringLiteral("KeyActivation:fault=0"));
        bad("fault negative", QStringLiteral("KeyActivation:fault=-402"));
        bad("fault not a number", QStringLiteral("KeyActivation:fault=abc"));
        bad("fault with a colon", QStringLiteral("KeyActivation:fault:402"));
        bad("wrapper without name", QStringLiteral("KeyActivation:wrapper="));
        bad("wrapper not a name", QStringLiteral("KeyActivation:wrapper=<x>"));
        bad("seattr not a name", QStringLiteral("KeyActivation:seattr=1a"));
        bad("N 0", QStringLiteral("KeyActivation:stall:0"));
        bad("N negative", QStringLiteral("KeyActivation:stall:-1"));
        bad("N not a number", QStringLiteral("KeyActivation:stall:second"));
        bad("N empty", QStringLiteral("KeyActivation:stall:"));
        bad("four parts", QStringLiteral("KeyActivation:stall:1:2"));
    }

    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const Result<FaultRule> r = FaultRule::parse(spec);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().kind, ErrorKind::Usage);
            QVERIFY2(r.error().detail.contains(spec), qPrintable(r.error().detail));
            return;
        }
        QFETCH(QString, method);
        QFETCH(int, onRequest);
        QFETCH(int, action);
        QFETCH(int, faultCode);
        QFETCH(QString, canonical);
        QCOMPARE(r->method, method);
        QCOMPARE(r->onRequest, onRequest);
        QCOMPARE(int(r->action), action);
        QCOMPARE(r->faultCode, faultCode);
        QCOMPARE(r->toString(), canonical);
        // toString() parses back to the same rule.
        const Result<FaultRule> again = FaultRule::parse(r->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->method, r->method);
        QCOMPARE(again->onRequest, r->onRequest);
        QCOMPARE(int(again->action), int(r->action));
        QCOMPARE(again->faultCode, r->faultCode);
    }

    void everyActionRoundTrips()
    {
        const FaultAction all[] = { FaultAction::ProtocolFault,
                                    FaultAction::Http500,
                                    FaultAction::CloseMidBody,
                                    FaultAction::CloseNoAnswer,
                                    FaultAction::Stall,
                                    FaultAction::Oversized,
                                    FaultAction::MalformedXml,
                                    FaultAction::RedirectCrossHost,
                                    FaultAction::RedirectSameOrigin,
                                    FaultAction::WrongKey,
                                    FaultAction::FlipMac,
                                    FaultAction::FlipSignature };
        QSet<QString> names;
        for (const FaultAction a : all) {
            for (const int n : { 0, 1, 7 }) {
                FaultRule rule;
                rule.method = QStringLiteral("CreateAccount");
                rule.onRequest = n;
                rule.action = a;
                rule.faultCode = a == FaultAction::ProtocolFault ? 227 : 0;
                const QString text = rule.toString();
                names.insert(text.section(u':', 1, 1));
                const Result<FaultRule> back = FaultRule::parse(text);
                QVERIFY2(back.ok(), qPrintable(text));
                QCOMPARE(int(back->action), int(a));
                QCOMPARE(back->onRequest, n);
                QCOMPARE(back->faultCode, rule.faultCode);
                QCOMPARE(back->toString(), text);
            }
        }
        QCOMPARE(names.size(), int(std::size(all))); // every action has its own name
    }

    // ---- FaultInjector counting

    void counting_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("requests");
        QTest::addColumn<QStringList>("expected"); // toString() of the rule applied, or "-"

        const QString ka = QStringLiteral("KeyActivation");
        const QString ca = QStringLiteral("CreateAccount");
        const QString de = QStringLiteral("DomainEnrollment");
        const QString none = QStringLiteral("-");
        QTest::newRow("named rule: its method's 2nd request")
                << QStringList{ QStringLiteral("KeyActivation:fault=402:2") }
                << QStringList{ ka, ca, ca, ka, ka }
                << QStringList{ none, none, none, QStringLiteral("KeyActivation:fault=402:2"),
                                none };
        QTest::newRow("\"*\": the 3rd request of all")
                << QStringList{ QStringLiteral("*:http-500:3") } << QStringList{ ka, ca, de, ka }
                << QStringList{ none, none, QStringLiteral("*:http-500:3"), none };
        QTest::newRow("\"*\" counts unparsable requests too")
                << QStringList{ QStringLiteral("*:close:2") }
                << QStringList{ ka, QStringLiteral("-"), ka }
                << QStringList{ none, QStringLiteral("*:close:2"), none };
        QTest::newRow("no N: every request of the method")
                << QStringList{ QStringLiteral("CreateAccount:close") }
                << QStringList{ ka, ca, ca, de, ca }
                << QStringList{ none, QStringLiteral("CreateAccount:close"),
                                QStringLiteral("CreateAccount:close"), none,
                                QStringLiteral("CreateAccount:close") };
        QTest::newRow("no N with \"*\": every request")
                << QStringList{ QStringLiteral("*:stall") } << QStringList{ ka, ca, de }
                << QStringList{ QStringLiteral("*:stall"), QStringLiteral("*:stall"),
                                QStringLiteral("*:stall") };
        QTest::newRow("first matching rule wins")
                << QStringList{ QStringLiteral("KeyActivation:fault=401:1"),
                                QStringLiteral("*:http-500") }
                << QStringList{ ka, ka, ca }
                << QStringList{ QStringLiteral("KeyActivation:fault=401:1"),
                                QStringLiteral("*:http-500"), QStringLiteral("*:http-500") };
        QTest::newRow("two rules for one method")
                << QStringList{ QStringLiteral("KeyActivation:fault=401:1"),
                                QStringLiteral("KeyActivation:close:3") }
                << QStringList{ ka, ka, ka, ka }
                << QStringList{ QStringLiteral("KeyActivation:fault=401:1"), none,
                                QStringLiteral("KeyActivation:close:3"), none };
        QTest::newRow("method names are exact")
                << QStringList{ QStringLiteral("keyactivation:close") } << QStringList{ ka, ka }
                << QStringList{ none, none };
        QTest::newRow("no rules") << QStringList{} << QStringList{ ka, ca }
                                  << QStringList{ none, none };
    }

    void counting()
    {
        QFETCH(QStringList, rules);
        QFETCH(QStringList, requests);
        QFETCH(QStringList, expected);
        QCOMPARE(requests.size(), expected.size());
        FaultInjector injector;
        for (const QString &spec : std::as_const(rules)) {
            const Result<FaultRule> r = FaultRule::parse(spec);
            QVERIFY(r.ok());
            injector.add(*r);
        }
        QHash<QString, int> counts;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const std::optional<FaultRule> applied = injector.next(requests.at(i));
            QCOMPARE(applied ? applied->toString() : QStringLiteral("-"), expected.at(i));
            ++counts[requests.at(i)];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(injector.count(it.key()), it.value());
    }

    void clearResetsRulesAndCounts()
    {
        FaultInjector injector;
        injector.add(FaultRule::parse(QStringLiteral("KeyActivation:fault=402:2")).value());
        QVERIFY(!injector.next(QStringLiteral("KeyActivation")));
        QCOMPARE(injector.count(QStringLiteral("KeyActivation")), 1);
        injector.clear();
        QCOMPARE(injector.count(QStringLiteral("KeyActivation")), 0);
        QVERIFY(!injector.next(QStringLiteral("KeyActivation")));
        QVERIFY(!injector.next(QStringLiteral("KeyActivation")));
        // Counting starts again from the first request for rules added later.
        injector.clear();
        injector.add(FaultRule::parse(QStringLiteral("*:http-500:2")).value());
        QVERIFY(!injector.next(QStringLiteral("CreateAccount")));
        QVERIFY(injector.next(QStringLiteral("CreateAccount")));
    }

    // ---- every knob over HTTP

    void knobs_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("method"); // the request that meets the rule
        QTest::addColumn<int>("expect");
        QTest::addColumn<int>("faultCode");
        QTest::addColumn<bool>("viaOptions"); // Options::faults, or service().faults().add()
        QTest::addColumn<bool>("tls");

        const QString ka = QStringLiteral("KeyActivation");
        const QString ca = QStringLiteral("CreateAccount");
        const QString de = QStringLiteral("DomainEnrollment");
        const auto row = [](const char *name, const char *rule, const QString &method, Expect e,
                            int code, bool viaOptions, bool tls) {
            QTest::newRow(name) << QString::fromLatin1(rule) << method << int(e) << code
                                << viaOptions << tls;
        };
        row("fault=203", "KeyActivation:fault=203", ka, Expect::Fault, 203, true, false);
        row("fault=402 DomainEnrollment", "DomainEnrollment:fault=402", de, Expect::Fault, 402,
            false, false);
        row("fault=205 CreateAccount https", "CreateAccount:fault=205", ca, Expect::Fault, 205,
            false, true);
        row("fault=999 (not in the table)", "*:fault=999", ka, Expect::Fault, 999, true, false);
        row("http-500", "KeyActivation:http-500", ka, Expect::Http500, 0, true, false);
        row("http-500 CreateAccount", "CreateAccount:http-500", ca, Expect::Http500, 0, false,
            false);
        row("close-mid-body", "KeyActivation:close-mid-body", ka, Expect::NetworkError, 0, true,
            false);
        row("close-mid-body https", "KeyActivation:close-mid-body", ka, Expect::NetworkError, 0,
            false, true);
        row("close-mid-body DomainEnrollment", "DomainEnrollment:close-mid-body", de,
            Expect::NetworkError, 0, false, false);
        row("close", "KeyActivation:close", ka, Expect::NetworkError, 0, true, false);
        row("close https", "KeyActivation:close", ka, Expect::NetworkError, 0, false, true);
        row("close CreateAccount", "CreateAccount:close", ca, Expect::NetworkError, 0, false,
            false);
        row("oversized", "KeyActivation:oversized", ka, Expect::Oversized, 0, true, false);
        row("malformed-xml", "KeyActivation:malformed-xml", ka, Expect::MalformedXml, 0, true,
            false);
        row("malformed-xml DomainEnrollment", "DomainEnrollment:malformed-xml", de,
            Expect::MalformedXml, 0, false, false);
        row("redirect-cross-host", "KeyActivation:redirect-cross-host", ka,
            Expect::RedirectCrossHost, 0, true, false);
        row("redirect-cross-host https", "*:redirect-cross-host", ka, Expect::RedirectCrossHost, 0,
            false, true);
        row("wrong-key KeyActivation", "KeyActivation:wrong-key", ka, Expect::BadMac, 0, true,
            false);
        row("wrong-key DomainEnrollment", "DomainEnrollment:wrong-key", de, Expect::BadMac, 0,
            false, false);
        row("flip-mac KeyActivation", "KeyActivation:flip-mac", ka, Expect::BadMac, 0, true, false);
        row("flip-mac KeyActivation https", "KeyActivation:flip-mac", ka, Expect::BadMac, 0, false,
            true);
        row("flip-mac DomainEnrollment", "DomainEnrollment:flip-mac", de, Expect::BadMac, 0, false,
            false);
        row("flip-signature KeyActivation", "KeyActivation:flip-signature", ka,
            Expect::BadSignature, 0, true, false);
        row("flip-signature DomainEnrollment", "DomainEnrollment:flip-signature", de,
            Expect::BadSignature, 0, false, false);
    }

    void knobs()
    {
        QFETCH(QString, rule);
        QFETCH(QString, method);
        QFETCH(int, expect);
        QFETCH(int, faultCode);
        QFETCH(bool, viaOptions);
        QFETCH(bool, tls);
        const Result<FaultRule> parsed = FaultRule::parse(rule);
        QVERIFY(parsed.ok());
        QVERIFY2(startServer(viaOptions ? QList<FaultRule>{ *parsed } : QList<FaultRule>{}),
                 qPrintable(m_fixture.lastError()));
        if (!viaOptions)
            m_server->service().faults().add(*parsed);
        const QUrl url = serverUrl(tls);
        const client::CodeKey code = client::CodeKey::fromCode(codeOf(Bob));

        // The steps before the one under test must pass untouched.
        Reply reply;
        std::optional<client::Activation> activation;
        client::AccountKeys account = freshAccount();
        DomainEnrollmentRequest de;
        reply = post(url, method::KeyActivation, keyActivationBody(code.code));
        if (method != method::KeyActivation) {
            QCOMPARE(outcomeOf(reply), QStringLiteral("ok"));
            Result<client::Activation> a = client::keyActivationResponse(reply.body, code);
            QVERIFY(a.ok());
            activation = std::move(a).value();
            reply = post(url, method::CreateAccount,
                         client::createAccountRequest(account, userEvent(*activation),
                                                      activation->certificate.encryptionKey())
                                 .value());
        }
        if (method == method::DomainEnrollment) {
            QCOMPARE(outcomeOf(reply), QStringLiteral("ok"));
            de = client::domainEnrollment(code, account, activation->response.identityUrl,
                                          activation->vCardData, m_device)
                         .value();
            reply = post(url, method::DomainEnrollment,
                         client::domainEnrollmentRequest(code, de).value());
        }
        // QNetworkAccessManager (Qt 6.4) sends a POST again when the connection closes before
        // any answer, so "close" sees the request more than once.
        if (parsed->action == FaultAction::CloseNoAnswer)
            QVERIFY(m_server->service().faults().count(method) >= 1);
        else
            QCOMPARE(m_server->service().faults().count(method), 1);

        // What the client makes of the answer to the request under test.
        const auto clientResult = [&]() -> Status {
            if (method == method::KeyActivation)
                return client::keyActivationResponse(reply.body, code);
            if (method == method::CreateAccount)
                return client::createAccountResponse(reply.body);
            return client::domainEnrollmentResponse(reply.body, code, de, activation->certificate,
                                                    activation->response.domainGuid);
        };

        switch (Expect(expect)) {
        case Expect::Fault: {
            QCOMPARE(reply.status, 200);
            const Result<ResponseEnvelope> env = parseResponseEnvelope(reply.body);
            QVERIFY(!env.ok());
            QCOMPARE(env.error().kind, ErrorKind::ServerFault);
            QCOMPARE(env.error().faultCode, faultCode);
            const Status s = clientResult();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().faultCode, faultCode);
            break;
        }
        case Expect::Http500:
            QCOMPARE(reply.status, 500);
            QCOMPARE(reply.error, QNetworkReply::InternalServerError);
            break;
        case Expect::NetworkError:
            QVERIFY2(reply.error != QNetworkReply::NoError, qPrintable(describe(reply)));
            QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                             || reply.error == QNetworkReply::UnknownNetworkError
                             || reply.error == QNetworkReply::ConnectionRefusedError,
                     qPrintable(describe(reply)));
            QVERIFY2(!parseResponseEnvelope(reply.body).ok(), qPrintable(describe(reply)));
            if (reply.contentLength >= 0)
                QVERIFY2(reply.body.size() < reply.contentLength, qPrintable(describe(reply)));
            break;
        case Expect::Oversized: {
            QCOMPARE(reply.status, 200);
            QVERIFY2(reply.body.size() > MiB, qPrintable(describe(reply)));
            const Result<ResponseEnvelope> env = parseResponseEnvelope(reply.body);
            QVERIFY(!env.ok());
            QCOMPARE(env.error().kind, ErrorKind::InputTooLarge);
            break;
        }
        case Expect::MalformedXml: {
            QCOMPARE(reply.status, 200);
            const Result<ResponseEnvelope> env = parseResponseEnvelope(reply.body);
            QVERIFY(!env.ok());
            QCOMPARE(env.error().kind, ErrorKind::MalformedXml);
            QVERIFY(!clientResult().ok());
            break;
        }
        case Expect::RedirectCrossHost: {
            QCOMPARE(reply.status, 307);
            const QUrl location(QString::fromUtf8(reply.location));
            QVERIFY2(location.isValid(), reply.location.constData());
            QCOMPARE(location.scheme(), url.scheme());
            QCOMPARE(location.host(), QStringLiteral("127.0.0.2"));
            QCOMPARE(location.port(), url.port());
            QCOMPARE(location.path(), QStringLiteral("/redirected/gms.dll"));
            break;
        }
        case Expect::BadMac:
        case Expect::BadSignature: {
            QCOMPARE(outcomeOf(reply), QStringLiteral("ok")); // a well-formed answer...
            const Status s = clientResult(); // ...that does not verify
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind,
                     Expect(expect) == Expect::BadMac ? ErrorKind::BadMac
                                                      : ErrorKind::BadSignature);
            break;
        }
        }

        // An injected protocol fault or HTTP error is all that happens: nothing is processed.
        if (method == method::DomainEnrollment
            && (Expect(expect) == Expect::Fault || Expect(expect) == Expect::MalformedXml)) {
            QVERIFY(!m_server->state().memberByLogin(Bob)->enrolled);
        }
    }

    void stall()
    {
        QVERIFY2(startServer({ FaultRule::parse(QStringLiteral("KeyActivation:stall")).value() },
                             1s),
                 qPrintable(m_fixture.lastError()));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *stalled =
                send(serverUrl(), method::KeyActivation, keyActivationBody(codeOf(Bob)), {}, 15000);
        QSignalSpy finished(stalled, &QNetworkReply::finished);

        // Meanwhile the server answers others (a second client, its own connection).
        QNetworkAccessManager other;
        QNetworkRequest req(QUrl(m_server->authenticatedUrl()));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/xml; charset=utf-8"));
        req.setRawHeader(
                "Authorization",
                QByteArray("Basic " + QByteArrayLiteral("alice:correct horse").toBase64()));
        req.setSslConfiguration(m_tls);
        QNetworkReply *second =
                other.post(req, client::autoAccountCodeConfigurationRequest(m_device).value());
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QVERIFY(client::autoAccountCodeConfigurationResponse(second->readAll()).ok());
        delete second;
        QVERIFY(!stalled->isFinished());

        // The stalled request ends when the idle timeout (1 s) closes its connection, without an
        // answer. (QNetworkAccessManager of Qt 6.4 sends a POST again when the connection closes
        // before any answer; each attempt stalls for the idle timeout.)
        QTRY_VERIFY_WITH_TIMEOUT(stalled->isFinished(), 14000);
        const qint64 elapsed = timer.elapsed();
        const Reply r = collect(stalled);
        const int attempts = m_server->service().faults().count(method::KeyActivation);
        QVERIFY(attempts >= 1);
        QVERIFY2(elapsed >= 900 * attempts,
                 qPrintable(QStringLiteral("%1 ms, %2 attempts").arg(elapsed).arg(attempts)));
        QVERIFY2(elapsed < 14000,
                 qPrintable(QString::number(elapsed))); // not the client's 15 s timeout
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(finished.size(), 1);
        stalled->deleteLater();
    }

    // The same without a client library in between: one request, no byte back, closed after the
    // idle timeout.
    void stallOnTheWire()
    {
        QVERIFY2(startServer({ FaultRule::parse(QStringLiteral("KeyActivation:stall")).value() },
                             1s),
                 qPrintable(m_fixture.lastError()));
        const QByteArray body = keyActivationBody(codeOf(Bob));
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        socket.write(QByteArray("POST /gms.dll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                "text/xml; charset=utf-8\r\n"
                                "Content-Length: "
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->service().faults().count(method::KeyActivation), 1,
                                  5000);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(received.isEmpty(), received.left(100).constData());
    }

    void redirectSameOrigin_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("authenticated");
        QTest::newRow("http") << false << false;
        QTest::newRow("https") << true << false;
        QTest::newRow("authenticated endpoint") << true << true;
    }

    void redirectSameOrigin()
    {
        QFETCH(bool, tls);
        QFETCH(bool, authenticated);
        QVERIFY2(startServer(
                         { FaultRule::parse(QStringLiteral("*:redirect-same-origin:1")).value() }),
                 qPrintable(m_fixture.lastError()));
        const QUrl url = authenticated ? QUrl(m_server->authenticatedUrl()) : serverUrl(tls);
        const QString method =
                authenticated ? method::AutoAccountCodeConfiguration : method::KeyActivation;
        const QByteArray body = authenticated
                ? client::autoAccountCodeConfigurationRequest(m_device).value()
                : keyActivationBody(codeOf(Bob));
        const QByteArray authorization = authenticated
                ? QByteArray("Basic " + QByteArrayLiteral("alice:correct horse").toBase64())
                : QByteArray();

        const Reply first = post(url, method, body, authorization);
        QCOMPARE(first.status, 307);
        const QUrl location = url.resolved(QUrl(QString::fromUtf8(first.location)));
        QCOMPARE(location.scheme(), url.scheme());
        QCOMPARE(location.host(), url.host());
        QCOMPARE(location.port(), url.port());
        QCOMPARE(location.path(), QStringLiteral("/redirected") + url.path());

        // The target (a prefix path) is served like the original endpoint.
        const Reply second = post(location, method, body, authorization);
        QCOMPARE(outcomeOf(second), QStringLiteral("ok"));
        const Result<client::Activation> a = authenticated
                ? client::autoAccountCodeConfigurationResponse(second.body)
                : client::keyActivationResponse(second.body,
                                                client::CodeKey::fromCode(codeOf(Bob)));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toLogString()));
        // The server's URL, not the redirect's; in the scheme the request came over.
        QString expected = m_server->serverUrl();
        if (url.scheme() == QStringLiteral("https"))
            expected.replace(QStringLiteral("http://"), QStringLiteral("https://"));
        QCOMPARE(a->response.serverUrl, expected);
    }

    void onlyTheNthRequest_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>(
                "requests"); // "ka": KeyActivation, "bad": an unparsable envelope
        QTest::addColumn<QStringList>("expected");
        const QString ok = QStringLiteral("ok");
        const QString ka = QStringLiteral("ka");
        const QString bad = QStringLiteral("bad");
        QTest::newRow("2nd KeyActivation only")
                << QStringLiteral("KeyActivation:fault=402:2") << QStringList{ ka, ka, ka }
                << QStringList{ ok, QStringLiteral("fault 402"), ok };
        QTest::newRow("1st KeyActivation fails, the next ones pass")
                << QStringLiteral("KeyActivation:http-500:1") << QStringList{ ka, ka, ka }
                << QStringList{ QStringLiteral("http 500"), ok, ok };
        QTest::newRow("3rd KeyActivation only")
                << QStringLiteral("KeyActivation:malformed-xml:3") << QStringList{ ka, ka, ka, ka }
                << QStringList{ ok, ok, QStringLiteral("bad body"), ok };
        QTest::newRow("2nd of all requests")
                << QStringLiteral("*:http-500:2") << QStringList{ ka, bad, ka }
                << QStringList{ ok, QStringLiteral("http 500"), ok };
        QTest::newRow("2nd KeyActivation, another request between")
                << QStringLiteral("KeyActivation:http-500:2") << QStringList{ ka, bad, ka, ka }
                << QStringList{ ok, QStringLiteral("fault 105"), QStringLiteral("http 500"), ok };
        QTest::newRow("rule for another method") << QStringLiteral("CreateAccount:fault=205:1")
                                                 << QStringList{ ka, ka } << QStringList{ ok, ok };
        QTest::newRow("every KeyActivation")
                << QStringLiteral("KeyActivation:fault=401") << QStringList{ ka, ka, ka }
                << QStringList{ QStringLiteral("fault 401"), QStringLiteral("fault 401"),
                                QStringLiteral("fault 401") };
    }

    void onlyTheNthRequest()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, requests);
        QFETCH(QStringList, expected);
        QVERIFY2(startServer(), qPrintable(m_fixture.lastError()));
        m_server->service().faults().add(FaultRule::parse(rule).value());
        const QByteArray ka = keyActivationBody(codeOf(Bob));
        const QByteArray bad = QByteArrayLiteral("<SOAP-ENV:Envelope/>");
        int keyActivations = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const bool isKa = requests.at(i) == u"ka";
            keyActivations += isKa ? 1 : 0;
            const Reply r = post(serverUrl(), method::KeyActivation, isKa ? ka : bad);
            QCOMPARE(outcomeOf(r), expected.at(i));
            if (expected.at(i) == u"ok")
                QVERIFY(client::keyActivationResponse(r.body,
                                                      client::CodeKey::fromCode(codeOf(Bob)))
                                .ok());
        }
        QCOMPARE(m_server->service().faults().count(method::KeyActivation), keyActivations);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
