// GmsService::handle() driven directly (no sockets) for KeyActivation (and the HTTP-level answers,
// which every message shares): its faults of WIRE-PROFILE 6.7 and 7.8, the validation order between
// them, and that a refused request leaves the server state (in memory and on disk) exactly as it
// was.
#include "common/GmsServiceHarness.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

class TestGmsServiceKeyActivation final : public QObject, public GmsHarness
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
        const auto ka = [](const QString &login) {
            return Builder([login](T &t) { return t.keyActivation(t.codeOf(login)); });
        };
        const auto onPath = [](const QByteArray &target) {
            return Builder([target](T &t) { return t.keyActivation(t.codeOf(Bob), target); });
        };
        const auto withMethod = [](const QByteArray &m) {
            return Builder([m](T &t) -> Result<HttpRequest> {
                Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
                if (r)
                    r->method = m;
                return r;
            });
        };
        const auto withContentType = [](const QByteArray &type) {
            return Builder([type](T &t) -> Result<HttpRequest> {
                Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
                if (r)
                    setHeader(*r, "content-type", type);
                return r;
            });
        };
        const auto raw = [](const QByteArray &body) {
            return Builder([body](T &) -> Result<HttpRequest> { return post(body); });
        };
        const auto withKeyId = [](const QString &keyId) {
            return Builder([keyId](T &t) {
                const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
                return t.sealed(method::KeyActivation,
                                FragmentHeader::forCodeKey(method::KeyActivation, keyId),
                                t.keyActivationPayload(), code.key.view());
            });
        };

        // ---- controls
        QTest::newRow("0 KeyActivation") << ka(Bob) << 0;
        QTest::newRow("0 KeyActivation on a prefixed path") << Builder([](T &t) {
            return t.keyActivation(t.codeOf(Bob), QByteArrayLiteral("/GMSClient/gms.dll"));
        }) << 0;
        QTest::newRow("0 SOAPAction is ignored") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
            if (r)
                setHeader(*r, "soapaction",
                          QByteArrayLiteral("\"urn:groove.net#DomainEnrollment\""));
            return r;
        }) << 0;

        // ---- HTTP
        QTest::newRow("404 /") << onPath("/") << -404;
        QTest::newRow("404 /gms.dl") << onPath("/gms.dl") << -404;
        QTest::newRow("404 /gms.dllx") << onPath("/gms.dllx") << -404;
        QTest::newRow("404 /xgms.dll") << onPath("/xgms.dll") << -404;
        QTest::newRow("404 /gms.dll/") << onPath("/gms.dll/") << -404;
        QTest::newRow("404 query") << onPath("/gms.dll?x=1") << -404;
        QTest::newRow("404 query ending in /gms.dll") << onPath("/a?b=/gms.dll") << -404;
        QTest::newRow("404 fragment") << onPath("/gms.dll#top") << -404;
        QTest::newRow("404 /AutoActivate") << onPath("/AutoActivate") << -404;
        QTest::newRow("405 GET") << withMethod("GET") << -405;
        QTest::newRow("405 PUT") << withMethod("PUT") << -405;
        QTest::newRow("405 HEAD") << withMethod("HEAD") << -405;
        QTest::newRow("405 lower-case post") << withMethod("post") << -405;

        // ---- 105: malformed XML, envelope, Content-Type, unknown method
        QTest::newRow("105 Content-Type text/plain")
                << withContentType("text/plain; charset=utf-8") << 105;
        QTest::newRow("105 Content-Type without charset") << withContentType("text/xml") << 105;
        QTest::newRow("105 Content-Type without space")
                << withContentType("text/xml;charset=utf-8") << 105;
        QTest::newRow("105 Content-Type UTF-8 in capitals")
                << withContentType("text/xml; charset=UTF-8") << 105;
        QTest::newRow("105 Content-Type application/soap+xml")
                << withContentType("application/soap+xml; charset=utf-8") << 105;
        QTest::newRow("105 Content-Type missing") << withContentType(QByteArray()) << 105;
        QTest::newRow("105 empty body") << raw(QByteArray()) << 105;
        QTest::newRow("105 not XML") << raw("KeyActivation please") << 105;
        QTest::newRow("105 truncated envelope") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
            if (r)
                r->body.chop(20);
            return r;
        }) << 105;
        QTest::newRow("105 DOCTYPE") << Builder([](T &t) -> Result<HttpRequest> {
            Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
            if (r)
                r->body.insert(xml::GroovePrefix.size(), "<!DOCTYPE x [<!ENTITY e \"x\">]>");
            return r;
        }) << 105;
        QTest::newRow("105 root is not an envelope")
                << raw("<Envelope><Body><KeyActivation><Payload>AAAA</Payload></KeyActivation></"
                       "Body></Envelope>")
                << 105;
        QTest::newRow("105 envelope without Body")
                << raw("<SOAP-ENV:Envelope><KeyActivation><Payload>AAAA</Payload></KeyActivation></"
                       "SOAP-ENV:Envelope>")
                << 105;
        QTest::newRow("105 Body with two methods")
                << raw("<SOAP-ENV:Envelope><SOAP-ENV:Body><KeyActivation><Payload>AAAA</Payload></"
                       "KeyActivation>"
                       "<KeyActivation><Payload>AAAA</Payload></KeyActivation></SOAP-ENV:Body></"
                       "SOAP-ENV:Envelope>")
                << 105;
        QTest::newRow("105 method without Payload")
                << raw("<SOAP-ENV:Envelope><SOAP-ENV:Body><KeyActivation/></SOAP-ENV:Body></"
                       "SOAP-ENV:Envelope>")
                << 105;
        QTest::newRow("105 Payload not base64")
                << raw("<SOAP-ENV:Envelope><SOAP-ENV:Body><KeyActivation><Payload>%%%</Payload></"
                       "KeyActivation>"
                       "</SOAP-ENV:Body></SOAP-ENV:Envelope>")
                << 105;
        QTest::newRow("105 unknown method") << Builder([](T &t) -> Result<HttpRequest> {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(QStringLiteral("Frobnicate"),
                            FragmentHeader::forCodeKey(QStringLiteral("Frobnicate"), code.keyId),
                            XmlElement(QStringLiteral("Frobnicate")), code.key.view());
        }) << 105;
        QTest::newRow("105 KeyActivation fragment not XML")
                << Builder([](T &) { return envelope(method::KeyActivation, "not a fragment"); })
                << 105;
        QTest::newRow("105 KeyActivation fragment root not g:fragment") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            QByteArray f = seal(FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                                t.keyActivationPayload(), code.key.view())
                                   .value();
            f.replace("g:fragment", "g:fragments");
            return envelope(method::KeyActivation, f);
        }) << 105;

        // ---- 204: missing or invalid parameters
        QTest::newRow("204 KeyID empty") << withKeyId(QString()) << 204;
        QTest::newRow("204 KeyID not base64") << withKeyId(QStringLiteral("not*base64")) << 204;
        QTest::newRow("204 KeyID of 19 bytes")
                << withKeyId(crypto::encodeBase64(QByteArray(19, 'k'))) << 204;
        QTest::newRow("204 KeyID of 21 bytes")
                << withKeyId(crypto::encodeBase64(QByteArray(21, 'k'))) << 204;
        QTest::newRow("204 KeyID missing") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(method::KeyActivation, FragmentHeader{ method::KeyActivation, {}, {} },
                            t.keyActivationPayload(), code.key.view());
        }) << 204;
        QTest::newRow("204 wrapper is another method") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(method::KeyActivation,
                            FragmentHeader::forCodeKey(method::DomainEnrollment, code.keyId),
                            t.keyActivationPayload(), code.key.view());
        }) << 204;
        QTest::newRow("204 KeyActivation GrooveVersion malformed") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(
                    method::KeyActivation,
                    FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                    DeviceRequest{ QStringLiteral("1.2.3.4"), t.m_device.guid, t.m_device.name }
                            .toXml(method::KeyActivation),
                    code.key.view());
        }) << 204;

        // ---- 205 security
        QTest::newRow("205 KeyActivation MAC changed") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(method::KeyActivation,
                            FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                            t.keyActivationPayload(), code.key.view(),
                            [](QByteArray f) { return changeBase64(f, "MAC"); });
        }) << 205;
        QTest::newRow("205 KeyActivation ciphertext changed") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            return t.sealed(method::KeyActivation,
                            FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                            t.keyActivationPayload(), code.key.view(),
                            [](QByteArray f) { return changeBase64(f, "EC"); });
        }) << 205;
        QTest::newRow("205 KeyActivation sealed with another key") << Builder([](T &t) {
            const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
            const client::CodeKey other = client::CodeKey::fromCode(t.codeOf(Alice));
            return t.sealed(method::KeyActivation,
                            FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                            t.keyActivationPayload(), other.key.view());
        }) << 205;

        // ---- the messages' own faults
        QTest::newRow("401 KeyActivation unknown code") << Builder([](T &t) {
            return t.keyActivation(QStringLiteral("NOPE-NOPE-NOPE-NOPE"));
        }) << 401;
        QTest::newRow("402 KeyActivation already enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       return t.keyActivation(t.codeOf(Bob));
                   })
                << 402;

        // ---- validation order (WIRE-PROFILE 7.8) with two defects at once
        QTest::newRow("order 204<402 KeyActivation: GrooveVersion malformed, code enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
                       return t.sealed(
                               method::KeyActivation,
                               FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                               DeviceRequest{ QStringLiteral("x"), t.m_device.guid,
                                              t.m_device.name }
                                       .toXml(method::KeyActivation),
                               code.key.view());
                   })
                << 204;
        QTest::newRow("order 205<402 KeyActivation: MAC changed, code enrolled") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    if (Status s = t.enroll(Bob); !s)
                        return s.error();
                    const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
                    return t.sealed(method::KeyActivation,
                                    FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                                    t.keyActivationPayload(), code.key.view(),
                                    [](QByteArray f) { return changeBase64(f, "MAC"); });
                }) << 205;
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
    }

    void httpDetails()
    {
        // 405 names what is allowed; 404 and 405 are plain text, not SOAP.
        Result<HttpRequest> get = keyActivation(codeOf(Bob));
        QVERIFY(get.ok());
        get->method = QByteArrayLiteral("GET");
        get->body.clear();
        const HttpResponse r405 = service().handle(*get);
        QCOMPARE(r405.status, 405);
        QCOMPARE(headerOf(r405, "allow"), QByteArrayLiteral("POST"));
        QVERIFY(!parseResponseEnvelope(r405.body).ok());

        Result<HttpRequest> other = keyActivation(codeOf(Bob), QByteArrayLiteral("/index.html"));
        QVERIFY(other.ok());
        const HttpResponse r404 = service().handle(*other);
        QCOMPARE(r404.status, 404);
        QVERIFY(!headerOf(r404, "content-type").startsWith("text/xml"));
    }
};

QTEST_GUILESS_MAIN(TestGmsServiceKeyActivation)
#include "tst_gmsservice_keyactivation.moc"
