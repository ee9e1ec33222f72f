// GmsService::handle() driven directly (no sockets): every fault of WIRE-PROFILE 6.7 and 7.8,
// the validation order between them, the HTTP-level answers, and that a refused request leaves
// the server state (in memory and on disk) exactly as it was.
#include "common/ServerFixture.h"
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/DevServer.h"
#include "protocol/ClientCodec.h"
#include "protocol/Envelope.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtTest/QTest>

#include <functional>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using xml::XmlElement;

class TestGmsService;
using Builder = std::function<Result<HttpRequest>(TestGmsService &)>;
Q_DECLARE_METATYPE(Builder)

namespace {

constexpr qint64 FixedNow = 1'700'000'000; // the server's clock in every test
constexpr qint64 Day = 24 * 3600;

const QByteArray ContentType = QByteArrayLiteral("text/xml; charset=utf-8");
const QByteArray GmsPath = QByteArrayLiteral("/gms.dll");
const QByteArray AuthPath = QByteArrayLiteral("/AutoActivate/gms.dll");
const QByteArray Challenge = QByteArrayLiteral("Basic realm=\"Groove\", charset=\"UTF-8\"");

const QString Alice = QStringLiteral("alice");
const QString AlicePassword = QStringLiteral("correct horse");
const QString Bob = QStringLiteral("bob");
const QString BobPassword = QStringLiteral("battery staple");

Error setupError(const QString &what)
{
    return Error::make(ErrorKind::Usage, QStringLiteral("test setup: ") + what);
}

QByteArray basic(const QString &login, const QString &password)
{
    return QByteArrayLiteral("Basic ") + (login + u':' + password).toUtf8().toBase64();
}

HttpRequest post(const QByteArray &body, const QByteArray &target = GmsPath)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.target = target;
    r.headers = { { QByteArrayLiteral("host"), QByteArrayLiteral("127.0.0.1") },
                  { QByteArrayLiteral("content-type"), ContentType },
                  { QByteArrayLiteral("content-length"), QByteArray::number(body.size()) } };
    r.body = body;
    r.localPort = 8080;
    r.connectionId = 1;
    return r;
}

HttpRequest authPost(const QByteArray &body, const QByteArray &authorization,
                     const QByteArray &target = AuthPath)
{
    HttpRequest r = post(body, target);
    r.overTls = true;
    if (!authorization.isEmpty())
        r.headers.append({ QByteArrayLiteral("authorization"), authorization });
    return r;
}

void setHeader(HttpRequest &r, const QByteArray &lowerName, const QByteArray &value)
{
    r.headers.removeIf([&](const auto &h) { return h.first == lowerName; });
    if (!value.isNull())
        r.headers.append({ lowerName, value });
}

Result<HttpRequest> envelope(const QString &method, QByteArrayView payload,
                             const QByteArray &target = GmsPath)
{
    const Result<QByteArray> body = buildRequestEnvelope(method, payload);
    if (!body)
        return body.error();
    return post(*body, target);
}

// One base64 character of the attribute's value replaced by another valid one.
QByteArray changeBase64(QByteArray xml, QByteArrayView attribute)
{
    const qsizetype at = xml.indexOf(QByteArray(attribute.toByteArray() + "=\""));
    Q_ASSERT(at >= 0);
    const qsizetype pos = at + attribute.size() + 2;
    xml[pos] = xml.at(pos) == 'A' ? 'B' : 'A';
    return xml;
}

// 0: success; the fault code of a protocol fault; -STATUS for an HTTP status other than 200;
// -1 for a 200 answer that is neither a success nor a fault.
int outcomeOf(const HttpResponse &r)
{
    if (r.status != 200)
        return -r.status;
    const Result<ResponseEnvelope> env = parseResponseEnvelope(r.body);
    if (env)
        return 0;
    return env.error().kind == ErrorKind::ServerFault ? env.error().faultCode : -1;
}

QByteArray headerOf(const HttpResponse &r, QByteArrayView name, int *count = nullptr)
{
    QByteArray value;
    int n = 0;
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            value = h.second;
            ++n;
        }
    }
    if (count)
        *count = n;
    return value;
}

} // namespace

class TestGmsService final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    client::AccountKeys m_keys; // generated once; reused with fresh GUIDs and K_acct
    client::AccountKeys m_otherKeys; // a second pair, for "wrong key" cases
    client::Device m_device;
    qint64 m_now = FixedNow;

    // ---- access to the server under test

    GmsService &service() { return m_server->service(); }
    ServerState &state() { return m_server->state(); }
    const DomainState &identityDomain()
    {
        return *state().domainByName(QStringLiteral("fabrikam"));
    }
    const DomainState &deviceDomain() { return *state().deviceDomain(); }
    QString codeOf(const QString &login) { return state().memberByLogin(login)->code; }
    QString identityUrlOf(const QString &login)
    {
        return state().memberByLogin(login)->identityUrl;
    }
    QString stateFile() const
    {
        return QDir(m_fixture.lastStateDir()).filePath(QStringLiteral("state.json"));
    }

    // ---- building blocks of requests

    client::AccountKeys keys(bool other = false, const QString &guid = {})
    {
        const client::AccountKeys &from = other ? m_otherKeys : m_keys;
        client::AccountKeys k;
        k.guid = guid.isEmpty() ? ids::newGuid().value() : guid;
        k.sharedKey = crypto::randomSecret(24).value();
        k.signatureKey = from.signatureKey;
        k.encryptionKey = from.encryptionKey;
        return k;
    }

    EventInfo event(const QString &domainGuid, const QString &identityUrl, bool device) const
    {
        EventInfo e;
        e.domainGuid = domainGuid;
        e.guid = device ? m_device.guid : QString();
        e.grooveVersion = m_device.grooveVersion;
        e.identityUrl = identityUrl;
        e.isDeviceAccount = device;
        e.userDeviceGuid = m_device.guid;
        e.userDeviceName = m_device.name;
        e.created = m_now;
        e.eventId = 4242;
        return e;
    }

    EventInfo userEvent(const QString &login)
    {
        return event(identityDomain().guid, identityUrlOf(login), false);
    }

    Result<HttpRequest> keyActivation(const QString &code, const QByteArray &target = GmsPath)
    {
        const Result<QByteArray> body =
                client::keyActivationRequest(client::CodeKey::fromCode(code), m_device);
        if (!body)
            return body.error();
        return post(*body, target);
    }

    // A code-key request sealed by hand, so that header, payload and key can each be wrong.
    Result<HttpRequest> sealed(const QString &envelopeMethod, const FragmentHeader &header,
                               const XmlElement &payload, QByteArrayView key,
                               const std::function<QByteArray(QByteArray)> &tamper = {})
    {
        Result<QByteArray> fragment = seal(header, payload, key);
        if (!fragment)
            return fragment.error();
        return envelope(envelopeMethod, tamper ? tamper(*fragment) : *fragment);
    }

    XmlElement keyActivationPayload() const
    {
        return DeviceRequest{ m_device.grooveVersion, m_device.guid, m_device.name }.toXml(
                method::KeyActivation);
    }

    Result<CreateAccountRequest> createAccountStruct(const client::AccountKeys &k, EventInfo ev,
                                                     const crypto::RsaPublicKey &domainKey,
                                                     QByteArrayView sharedKey = {})
    {
        CreateAccountRequest r;
        r.event = std::move(ev);
        if (r.event.guid.isEmpty())
            r.event.guid = k.guid;
        Result<QByteArray> csm =
                domainKey.encrypt(sharedKey.isNull() ? k.sharedKey.view() : sharedKey);
        if (!csm)
            return csm.error();
        r.csmKey = std::move(csm).value();
        r.keys = k.publicKeys();
        if (Status s = r.sign(k.signatureKey); !s)
            return s.error();
        return r;
    }

    Result<HttpRequest> createAccountRequest(const CreateAccountRequest &r)
    {
        const Result<QByteArray> fragment = r.serialize();
        if (!fragment)
            return fragment.error();
        return envelope(method::CreateAccount, *fragment);
    }

    // The CreateAccount fragment as a tree, edited, then signed again as it now stands: the
    // edit is the only defect of the request.
    Result<HttpRequest> editedCreateAccount(const CreateAccountRequest &r,
                                            const std::function<void(XmlElement &)> &edit,
                                            const crypto::RsaPrivateKey &signer)
    {
        const Result<QByteArray> bytes = r.serialize();
        if (!bytes)
            return bytes.error();
        Result<XmlElement> root = xml::parse(*bytes);
        if (!root || root->children().size() != 1)
            return setupError(QStringLiteral("CreateAccount fragment does not parse"));
        edit(root->children().front());
        XmlElement unsignedRoot = *root;
        unsignedRoot.children()
                .front()
                .child(QStringLiteral("g:SE"))
                ->removeChildren(QStringLiteral("g:Auth"));
        const Result<QByteArray> unsignedBytes = xml::serialize(unsignedRoot);
        if (!unsignedBytes)
            return unsignedBytes.error();
        const Result<QByteArray> sig = signer.grooveSign(*unsignedBytes);
        if (!sig)
            return sig.error();
        root->children()
                .front()
                .child(QStringLiteral("g:SE"))
                ->child(QStringLiteral("g:Auth"))
                ->set(QStringLiteral("Sig"), crypto::encodeBase64(*sig));
        const Result<QByteArray> fragment = xml::serialize(*root);
        if (!fragment)
            return fragment.error();
        return envelope(method::CreateAccount, *fragment);
    }

    Result<HttpRequest> userCreateAccount(const QString &login,
                                          const std::function<void(EventInfo &)> &edit = {})
    {
        EventInfo ev = userEvent(login);
        if (edit)
            edit(ev);
        const Result<CreateAccountRequest> r =
                createAccountStruct(keys(), ev, identityDomain().certificate.encryptionKey());
        if (!r)
            return r.error();
        return createAccountRequest(*r);
    }

    // ---- whole steps, answered by the service (setup of a scenario)

    Result<client::Activation> activate(const QString &login)
    {
        const client::CodeKey code = client::CodeKey::fromCode(codeOf(login));
        const Result<HttpRequest> req = keyActivation(code.code);
        if (!req)
            return req.error();
        const HttpResponse r = service().handle(*req);
        if (r.status != 200)
            return setupError(QStringLiteral("KeyActivation answered HTTP %1").arg(r.status));
        return client::keyActivationResponse(r.body, code);
    }

    Status createAccount(const client::AccountKeys &k, const EventInfo &ev,
                         const crypto::RsaPublicKey &domainKey)
    {
        const Result<QByteArray> body = client::createAccountRequest(k, ev, domainKey);
        if (!body)
            return body.error();
        const HttpResponse r = service().handle(post(*body));
        if (r.status != 200)
            return setupError(QStringLiteral("CreateAccount answered HTTP %1").arg(r.status));
        return client::createAccountResponse(r.body);
    }

    struct Prepared
    {
        client::CodeKey code;
        client::Activation activation;
        client::AccountKeys account;
        DomainEnrollmentRequest de;
    };

    // KeyActivation and CreateAccount done; the DomainEnrollment request is ready to edit.
    Result<Prepared> prepareEnrollment(const QString &login, bool otherKeys = false)
    {
        Prepared p{ client::CodeKey::fromCode(codeOf(login)), {}, keys(otherKeys), {} };
        Result<client::Activation> a = activate(login);
        if (!a)
            return a.error();
        p.activation = std::move(a).value();
        const ActivationResponse &r = p.activation.response;
        if (Status s = createAccount(p.account, event(r.domainGuid, r.identityUrl, false),
                                     p.activation.certificate.encryptionKey());
            !s) {
            return s.error();
        }
        Result<DomainEnrollmentRequest> de = client::domainEnrollment(
                p.code, p.account, r.identityUrl, p.activation.vCardData, m_device);
        if (!de)
            return de.error();
        p.de = std::move(de).value();
        return p;
    }

    Result<HttpRequest> domainEnrollment(const client::CodeKey &code,
                                         const DomainEnrollmentRequest &de)
    {
        const Result<QByteArray> body = client::domainEnrollmentRequest(code, de);
        if (!body)
            return body.error();
        return post(*body);
    }

    Status enroll(const QString &login)
    {
        Result<Prepared> p = prepareEnrollment(login);
        if (!p)
            return p.error();
        const Result<HttpRequest> req = domainEnrollment(p->code, p->de);
        if (!req)
            return req.error();
        const HttpResponse r = service().handle(*req);
        if (r.status != 200)
            return setupError(QStringLiteral("DomainEnrollment answered HTTP %1").arg(r.status));
        return client::domainEnrollmentResponse(r.body, p->code, p->de, p->activation.certificate,
                                                p->activation.response.domainGuid);
    }

    // Edits the prepared DomainEnrollment, then builds its request (sealed with K_code).
    Result<HttpRequest>
    editedEnrollment(const QString &login,
                     const std::function<void(TestGmsService &, Prepared &)> &edit)
    {
        Result<Prepared> p = prepareEnrollment(login);
        if (!p)
            return p.error();
        edit(*this, *p);
        return domainEnrollment(p->code, p->de);
    }

    struct DeviceSetup
    {
        client::AccountKeys account;
        EventInfo wrapper; // the Event wrapper of the following AutoActivation
    };

    Result<DeviceSetup> deviceAccount()
    {
        DeviceSetup d{ keys(false, m_device.guid), {} };
        const EventInfo ev = event(deviceDomain().guid, QString(), true);
        if (Status s = createAccount(d.account, ev, deviceDomain().certificate.encryptionKey()); !s)
            return s.error();
        d.wrapper = ev;
        return d;
    }

    Result<HttpRequest> autoActivation(const EventInfo &wrapper, QByteArrayView key,
                                       const QString &login = Alice,
                                       const QString &password = AlicePassword,
                                       const QByteArray &target = AuthPath)
    {
        const Result<QByteArray> body = client::autoActivationRequest(wrapper, key, login);
        if (!body)
            return body.error();
        return authPost(*body, basic(login, password), target);
    }

    Result<HttpRequest> editedAutoActivation(const std::function<void(EventInfo &)> &edit,
                                             bool wrongKey = false, const QString &login = Alice,
                                             const QString &password = AlicePassword)
    {
        Result<DeviceSetup> d = deviceAccount();
        if (!d)
            return d.error();
        edit(d->wrapper);
        const SecretBytes other = crypto::randomSecret(24).value();
        return autoActivation(d->wrapper, wrongKey ? other.view() : d->account.sharedKey.view(),
                              login, password);
    }

    // AutoActivation by a user account (IsDeviceAccount="0"), sealed with its K_acct or not.
    Result<HttpRequest> autoActivationFromUserAccount(bool wrongKey)
    {
        const client::AccountKeys account = keys();
        const EventInfo ev = userEvent(Alice);
        if (Status s = createAccount(account, ev, identityDomain().certificate.encryptionKey()); !s)
            return s.error();
        EventInfo wrapper = ev;
        wrapper.guid = account.guid;
        const SecretBytes other = crypto::randomSecret(24).value();
        return autoActivation(wrapper, wrongKey ? other.view() : account.sharedKey.view());
    }

    Result<HttpRequest> autoAccountCodeConfiguration(const QByteArray &authorization,
                                                     const QByteArray &target = AuthPath)
    {
        const Result<QByteArray> body = client::autoAccountCodeConfigurationRequest(m_device);
        if (!body)
            return body.error();
        return authPost(*body, authorization, target);
    }

    QByteArray stateFileBytes() const
    {
        QFile f(stateFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groove.devserver.info=false"));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        Result<client::AccountKeys> k = client::AccountKeys::generate();
        QVERIFY(k.ok());
        m_keys = std::move(k).value();
        Result<client::AccountKeys> other = client::AccountKeys::generate();
        QVERIFY(other.ok());
        m_otherKeys = std::move(other).value();
        m_device.guid = ids::newGuid().value();
        m_device.name = QStringLiteral("TEST-PC");
        m_device.grooveVersion = productGrooveVersion();
    }

    void init()
    {
        m_now = FixedNow;
        DevServer::Options o;
        o.clock = [this] { return m_now; };
        m_server = m_fixture.start(std::move(o));
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
    }

    void cleanup() { m_server.reset(); }

    // Every validation fault, each from a request with exactly that defect (rows starting with
    // "0" are controls: the same building blocks without the defect succeed).
    void faults_data()
    {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<int>("expected"); // see outcomeOf()

        using T = TestGmsService;
        const auto ka = [](const QString &login) {
            return Builder([login](T &t) { return t.keyActivation(t.codeOf(login)); });
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
        QTest::newRow("0 CreateAccount")
                << Builder([](T &t) { return t.userCreateAccount(Bob); }) << 0;
        QTest::newRow("0 CreateAccount re-signed tree") << Builder([](T &t) -> Result<HttpRequest> {
            const client::AccountKeys k = t.keys();
            const Result<CreateAccountRequest> r = t.createAccountStruct(
                    k, t.userEvent(Bob), t.identityDomain().certificate.encryptionKey());
            if (!r)
                return r.error();
            return t.editedCreateAccount(
                    *r, [](XmlElement &) {}, k.signatureKey);
        }) << 0;
        QTest::newRow("0 CreateAccount device account") << Builder([](T &t) -> Result<HttpRequest> {
            const Result<CreateAccountRequest> r = t.createAccountStruct(
                    t.keys(false, t.m_device.guid), t.event(t.deviceDomain().guid, QString(), true),
                    t.deviceDomain().certificate.encryptionKey());
            if (!r)
                return r.error();
            return t.createAccountRequest(*r);
        }) << 0;
        QTest::newRow("0 created exactly 24 h ago") << Builder([](T &t) {
            return t.userCreateAccount(Bob, [&t](EventInfo &e) { e.created = t.m_now - Day; });
        }) << 0;
        QTest::newRow("0 created exactly 24 h ahead") << Builder([](T &t) {
            return t.userCreateAccount(Bob, [&t](EventInfo &e) { e.created = t.m_now + Day; });
        }) << 0;
        QTest::newRow("0 DomainEnrollment")
                << Builder([](T &t) { return t.editedEnrollment(Bob, [](T &, Prepared &) {}); })
                << 0;
        QTest::newRow("0 AutoAccountCodeConfiguration") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(basic(Alice, AlicePassword));
        }) << 0;
        QTest::newRow("0 AutoAccountCodeConfiguration on a prefixed path") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(
                    basic(Alice, AlicePassword),
                    QByteArrayLiteral("/GMSClient/AutoActivate/gms.dll"));
        }) << 0;
        QTest::newRow("0 AutoActivation")
                << Builder([](T &t) { return t.editedAutoActivation([](EventInfo &) {}); }) << 0;

        // ---- HTTP
        const auto onPath = [](const QByteArray &target) {
            return Builder([target](T &t) { return t.keyActivation(t.codeOf(Bob), target); });
        };
        QTest::newRow("404 /") << onPath("/") << -404;
        QTest::newRow("404 /gms.dl") << onPath("/gms.dl") << -404;
        QTest::newRow("404 /gms.dllx") << onPath("/gms.dllx") << -404;
        QTest::newRow("404 /xgms.dll") << onPath("/xgms.dll") << -404;
        QTest::newRow("404 /gms.dll/") << onPath("/gms.dll/") << -404;
        QTest::newRow("404 query") << onPath("/gms.dll?x=1") << -404;
        QTest::newRow("404 query ending in /gms.dll") << onPath("/a?b=/gms.dll") << -404;
        QTest::newRow("404 fragment") << onPath("/gms.dll#top") << -404;
        QTest::newRow("404 /AutoActivate") << onPath("/AutoActivate") << -404;
        const auto withMethod = [](const QByteArray &m) {
            return Builder([m](T &t) -> Result<HttpRequest> {
                Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
                if (r)
                    r->method = m;
                return r;
            });
        };
        QTest::newRow("405 GET") << withMethod("GET") << -405;
        QTest::newRow("405 PUT") << withMethod("PUT") << -405;
        QTest::newRow("405 HEAD") << withMethod("HEAD") << -405;
        QTest::newRow("405 lower-case post") << withMethod("post") << -405;

        // ---- 105: malformed XML, envelope, Content-Type, unknown method
        const auto withContentType = [](const QByteArray &type) {
            return Builder([type](T &t) -> Result<HttpRequest> {
                Result<HttpRequest> r = t.keyActivation(t.codeOf(Bob));
                if (r)
                    setHeader(*r, "content-type", type);
                return r;
            });
        };
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
        const auto raw = [](const QByteArray &body) {
            return Builder([body](T &) -> Result<HttpRequest> { return post(body); });
        };
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
        QTest::newRow("105 CreateAccount fragment not XML")
                << Builder([](T &) { return envelope(method::CreateAccount, "<g:fragment"); })
                << 105;

        // ---- 204: missing or invalid parameters
        const auto withKeyId = [](const QString &keyId) {
            return Builder([keyId](T &t) {
                const client::CodeKey code = client::CodeKey::fromCode(t.codeOf(Bob));
                return t.sealed(method::KeyActivation,
                                FragmentHeader::forCodeKey(method::KeyActivation, keyId),
                                t.keyActivationPayload(), code.key.view());
            });
        };
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
        const auto editedEvent = [](const std::function<void(XmlElement &)> &edit) {
            return Builder([edit](T &t) -> Result<HttpRequest> {
                const client::AccountKeys k = t.keys();
                const Result<CreateAccountRequest> r = t.createAccountStruct(
                        k, t.userEvent(Bob), t.identityDomain().certificate.encryptionKey());
                if (!r)
                    return r.error();
                return t.editedCreateAccount(*r, edit, k.signatureKey);
            });
        };
        QTest::newRow("204 Event@GrooveVersion missing")
                << editedEvent([](XmlElement &e) { e.remove(QStringLiteral("GrooveVersion")); })
                << 204;
        QTest::newRow("204 Event@created missing")
                << editedEvent([](XmlElement &e) { e.remove(QStringLiteral("created")); }) << 204;
        QTest::newRow("204 Event@DomainGUID missing")
                << editedEvent([](XmlElement &e) { e.remove(QStringLiteral("DomainGUID")); })
                << 204;
        QTest::newRow("204 extra Event attribute") << editedEvent([](XmlElement &e) {
            e.set(QStringLiteral("Extra"), QStringLiteral("1"));
        }) << 204;
        QTest::newRow("204 Event@_EventID in CreateAccount") << editedEvent([](XmlElement &e) {
            e.set(QStringLiteral("_EventID"), QStringLiteral("7"));
        }) << 204;
        QTest::newRow("204 Event@Encrypted 0") << editedEvent([](XmlElement &e) {
            e.set(QStringLiteral("Encrypted"), QStringLiteral("0"));
        }) << 204;
        QTest::newRow("204 Event@created not canonical") << editedEvent([](XmlElement &e) {
            e.set(QStringLiteral("created"), QStringLiteral("+1700000000"));
        }) << 204;
        QTest::newRow("204 EPKAlgo not RSA") << editedEvent([](XmlElement &e) {
            e.child(QStringLiteral("g:SE"))
                    ->child(QStringLiteral("g:Cert"))
                    ->set(QStringLiteral("EPKAlgo"), QStringLiteral("DSA"));
        }) << 204;
        QTest::newRow("204 SigAlgo not RSA") << editedEvent([](XmlElement &e) {
            e.child(QStringLiteral("g:SE"))
                    ->child(QStringLiteral("g:Cert"))
                    ->set(QStringLiteral("SigAlgo"), QStringLiteral("rsa"));
        }) << 204;
        QTest::newRow("204 created 24 h + 1 s ago") << Builder([](T &t) {
            return t.userCreateAccount(Bob, [&t](EventInfo &e) { e.created = t.m_now - Day - 1; });
        }) << 204;
        QTest::newRow("204 created 24 h + 1 s ahead") << Builder([](T &t) {
            return t.userCreateAccount(Bob, [&t](EventInfo &e) { e.created = t.m_now + Day + 1; });
        }) << 204;
        QTest::newRow("204 created 0") << Builder([](T &t) {
            return t.userCreateAccount(Bob, [](EventInfo &e) { e.created = 0; });
        }) << 204;
        QTest::newRow("204 IdentityURL not assigned") << Builder([](T &t) {
            return t.userCreateAccount(
                    Bob, [](EventInfo &e) { e.identityUrl = ids::newIdentityUrl().value(); });
        }) << 204;
        QTest::newRow("204 device account in the identity domain") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    const Result<CreateAccountRequest> r =
                            t.createAccountStruct(t.keys(false, t.m_device.guid),
                                                  t.event(t.identityDomain().guid, QString(), true),
                                                  t.identityDomain().certificate.encryptionKey());
                    if (!r)
                        return r.error();
                    return t.createAccountRequest(*r);
                }) << 204;
        QTest::newRow("204 user account in the device domain") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    const Result<CreateAccountRequest> r = t.createAccountStruct(
                            t.keys(), t.event(t.deviceDomain().guid, t.identityUrlOf(Bob), false),
                            t.deviceDomain().certificate.encryptionKey());
                    if (!r)
                        return r.error();
                    return t.createAccountRequest(*r);
                }) << 204;
        QTest::newRow("204 device account GUID is not UserDeviceGuid")
                << Builder([](T &t) -> Result<HttpRequest> {
                       const Result<CreateAccountRequest> r = t.createAccountStruct(
                               t.keys(), t.event(t.deviceDomain().guid, QString(), true),
                               t.deviceDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       CreateAccountRequest other = *r;
                       other.event.guid = ids::newGuid().value();
                       return t.createAccountRequest(
                               other); // (the signature no longer fits either; 204 comes first)
                   })
                << 204;
        QTest::newRow("204 DomainEnrollment IdentityURL not assigned") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                p.de.identityUrl = ids::newIdentityUrl().value();
            });
        }) << 204;
        QTest::newRow("204 DomainEnrollment Contact@URL not assigned") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                p.de.contact.url = ids::newIdentityUrl().value();
            });
        }) << 204;
        QTest::newRow("204 DomainEnrollment IdentityURL of another member") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                p.de.identityUrl = p.de.contact.url = tt.identityUrlOf(Alice);
            });
        }) << 204;
        QTest::newRow("204 DomainEnrollment GUID malformed") << Builder([](T &t) {
            return t.editedEnrollment(
                    Bob, [](T &, Prepared &p) { p.de.guid = QStringLiteral("not-a-guid"); });
        }) << 204;
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
        QTest::newRow("209 CreateAccount unknown domain") << Builder([](T &t) {
            return t.userCreateAccount(Bob,
                                       [](EventInfo &e) { e.domainGuid = ids::newGuid().value(); });
        }) << 209;
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
        QTest::newRow("200 DomainEnrollment unknown account") << Builder([](T &t) {
            return t.editedEnrollment(Bob,
                                      [](T &, Prepared &p) { p.de.guid = ids::newGuid().value(); });
        }) << 200;
        QTest::newRow("200 DomainEnrollment account of another domain")
                << Builder([](T &t) -> Result<HttpRequest> {
                       if (const Result<DeviceSetup> d = t.deviceAccount(); !d)
                           return d.error();
                       return t.editedEnrollment(
                               Bob, [](T &tt, Prepared &p) { p.de.guid = tt.m_device.guid; });
                   })
                << 200;

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
        QTest::newRow("205 DomainEnrollment sealed with another key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       Result<Prepared> p = t.prepareEnrollment(Bob);
                       if (!p)
                           return p.error();
                       const client::CodeKey other = client::CodeKey::fromCode(t.codeOf(Alice));
                       return t.sealed(
                               method::DomainEnrollment,
                               FragmentHeader::forCodeKey(method::DomainEnrollment, p->code.keyId),
                               p->de.toXml(), other.key.view());
                   })
                << 205;
        QTest::newRow("205 CreateAccount signature changed") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    Result<CreateAccountRequest> r =
                            t.createAccountStruct(t.keys(), t.userEvent(Bob),
                                                  t.identityDomain().certificate.encryptionKey());
                    if (!r)
                        return r.error();
                    r->signature[10] = char(r->signature.at(10) ^ 0x01);
                    return t.createAccountRequest(*r);
                }) << 205;
        QTest::newRow("205 CreateAccount signed by another key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       const client::AccountKeys k = t.keys();
                       const Result<CreateAccountRequest> r = t.createAccountStruct(
                               k, t.userEvent(Bob), t.identityDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       return t.editedCreateAccount(
                               *r, [](XmlElement &) {}, t.m_otherKeys.signatureKey);
                   })
                << 205;
        QTest::newRow("205 CreateAccount signature of another content") << Builder(
                [](T &t) -> Result<HttpRequest> {
                    Result<CreateAccountRequest> r =
                            t.createAccountStruct(t.keys(), t.userEvent(Bob),
                                                  t.identityDomain().certificate.encryptionKey());
                    if (!r)
                        return r.error();
                    r->event.userDeviceName = QStringLiteral("OTHER-PC"); // after signing
                    return t.createAccountRequest(*r);
                }) << 205;
        const auto csmKeyOf = [](QByteArray sharedKey) {
            return Builder([sharedKey](T &t) -> Result<HttpRequest> {
                const Result<CreateAccountRequest> r = t.createAccountStruct(
                        t.keys(), t.userEvent(Bob), t.identityDomain().certificate.encryptionKey(),
                        sharedKey);
                if (!r)
                    return r.error();
                return t.createAccountRequest(*r);
            });
        };
        QTest::newRow("205 CSMKey holds 16 bytes") << csmKeyOf(QByteArray(16, 'k')) << 205;
        QTest::newRow("205 CSMKey holds 23 bytes") << csmKeyOf(QByteArray(23, 'k')) << 205;
        QTest::newRow("205 CSMKey holds 25 bytes") << csmKeyOf(QByteArray(25, 'k')) << 205;
        QTest::newRow("205 CSMKey holds 0 bytes") << csmKeyOf(QByteArray("", 0)) << 205;
        QTest::newRow("205 CSMKey for the device domain's key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       const Result<CreateAccountRequest> r =
                               t.createAccountStruct(t.keys(), t.userEvent(Bob),
                                                     t.deviceDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       return t.createAccountRequest(*r);
                   })
                << 205;
        QTest::newRow("205 AutoActivation sealed with another key")
                << Builder([](T &t) { return t.editedAutoActivation([](EventInfo &) {}, true); })
                << 205;

        // ---- the messages' own faults
        QTest::newRow("401 KeyActivation unknown code") << Builder([](T &t) {
            return t.keyActivation(QStringLiteral("NOPE-NOPE-NOPE-NOPE"));
        }) << 401;
        QTest::newRow("401 DomainEnrollment unknown code") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                p.code = client::CodeKey::fromCode(QStringLiteral("NOPE-NOPE-NOPE-NOPE"));
            });
        }) << 401;
        QTest::newRow("402 KeyActivation already enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       return t.keyActivation(t.codeOf(Bob));
                   })
                << 402;
        QTest::newRow("402 DomainEnrollment already enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       Result<Prepared> p = t.prepareEnrollment(Bob);
                       if (!p)
                           return p.error();
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       return t.domainEnrollment(p->code, p->de);
                   })
                << 402;
        QTest::newRow("403 ActivationKeySignature by another key") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                const SecretBytes a = crypto::activationKeyBytes(p.code.code);
                p.de.activationKeySignature =
                        tt.m_otherKeys.signatureKey.grooveSign(a.view()).value();
            });
        }) << 403;
        QTest::newRow("403 ActivationKeySignature over another code") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                const SecretBytes a = crypto::activationKeyBytes(tt.codeOf(Alice));
                p.de.activationKeySignature = p.account.signatureKey.grooveSign(a.view()).value();
            });
        }) << 403;
        QTest::newRow("403 ActivationKeySignature with the code untrimmed") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                const SecretBytes a = crypto::activationKeyBytes(QString(u' ' + p.code.code));
                p.de.activationKeySignature = p.account.signatureKey.grooveSign(a.view()).value();
            });
        }) << 403;
        QTest::newRow("403 CSecurity signature key differs") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                p.de.contact.keys.signature = tt.m_otherKeys.signatureKey.publicKey();
            });
        }) << 403;
        QTest::newRow("403 CSecurity encryption key differs") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                p.de.contact.keys.encryption = tt.m_otherKeys.encryptionKey.publicKey();
            });
        }) << 403;
        QTest::newRow("403 CSecurity keys swapped") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                std::swap(p.de.contact.keys.signature, p.de.contact.keys.encryption);
            });
        }) << 403;

        // ---- the authenticated endpoint
        const auto acc = [](const QByteArray &authorization) {
            return Builder([authorization](T &t) {
                return t.autoAccountCodeConfiguration(authorization);
            });
        };
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
        QTest::newRow("227 AutoActivation by a member without auto configuration")
                << Builder([](T &t) {
                       return t.editedAutoActivation([](EventInfo &) {}, false, Bob, BobPassword);
                   })
                << 227;
        QTest::newRow("211 AutoActivation by an unknown login") << Builder([](T &t) {
            return t.editedAutoActivation([](EventInfo &) {}, false, QStringLiteral("mallory"),
                                          QStringLiteral("x"));
        }) << 211;
        QTest::newRow("221 AutoAccountCodeConfiguration on /gms.dll") << Builder([](T &t) {
            return t.autoAccountCodeConfiguration(QByteArray(), GmsPath);
        }) << 221;
        QTest::newRow("221 AutoAccountCodeConfiguration on /gms.dll with credentials")
                << Builder([](T &t) {
                       return t.autoAccountCodeConfiguration(basic(Alice, AlicePassword), GmsPath);
                   })
                << 221;
        QTest::newRow("221 AutoActivation on /gms.dll") << Builder([](T &t) -> Result<HttpRequest> {
            Result<DeviceSetup> d = t.deviceAccount();
            if (!d)
                return d.error();
            return t.autoActivation(d->wrapper, d->account.sharedKey.view(), Alice, AlicePassword,
                                    GmsPath);
        }) << 221;

        // ---- validation order (WIRE-PROFILE 7.8) with two defects at once
        QTest::newRow("order 204<209 CreateAccount: created too old, unknown domain")
                << Builder([](T &t) {
                       return t.userCreateAccount(Bob, [&t](EventInfo &e) {
                           e.created = t.m_now - 2 * Day;
                           e.domainGuid = ids::newGuid().value();
                       });
                   })
                << 204;
        QTest::newRow("order 204<209 CreateAccount: extra attribute, unknown domain")
                << Builder([](T &t) -> Result<HttpRequest> {
                       const client::AccountKeys k = t.keys();
                       EventInfo ev = t.userEvent(Bob);
                       ev.domainGuid = ids::newGuid().value();
                       const Result<CreateAccountRequest> r = t.createAccountStruct(
                               k, ev, t.identityDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       return t.editedCreateAccount(
                               *r,
                               [](XmlElement &e) {
                                   e.set(QStringLiteral("Extra"), QStringLiteral("1"));
                               },
                               k.signatureKey);
                   })
                << 204;
        QTest::newRow("order 209<205 CreateAccount: unknown domain, bad signature")
                << Builder([](T &t) -> Result<HttpRequest> {
                       EventInfo ev = t.userEvent(Bob);
                       ev.domainGuid = ids::newGuid().value();
                       Result<CreateAccountRequest> r = t.createAccountStruct(
                               t.keys(), ev, t.identityDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       r->signature[3] = char(r->signature.at(3) ^ 0x10);
                       return t.createAccountRequest(*r);
                   })
                << 209;
        QTest::newRow("order 204<205 CreateAccount: IdentityURL not assigned, bad CSMKey")
                << Builder([](T &t) -> Result<HttpRequest> {
                       EventInfo ev = t.userEvent(Bob);
                       ev.identityUrl = ids::newIdentityUrl().value();
                       const Result<CreateAccountRequest> r = t.createAccountStruct(
                               t.keys(), ev, t.identityDomain().certificate.encryptionKey(),
                               QByteArray(8, 'x'));
                       if (!r)
                           return r.error();
                       return t.createAccountRequest(*r);
                   })
                << 204;
        QTest::newRow("order 204<205 CreateAccount: EPKAlgo not RSA, signed by another key")
                << Builder([](T &t) -> Result<HttpRequest> {
                       const Result<CreateAccountRequest> r = t.createAccountStruct(
                               t.keys(), t.userEvent(Bob),
                               t.identityDomain().certificate.encryptionKey());
                       if (!r)
                           return r.error();
                       return t.editedCreateAccount(
                               *r,
                               [](XmlElement &e) {
                                   e.child(QStringLiteral("g:SE"))
                                           ->child(QStringLiteral("g:Cert"))
                                           ->set(QStringLiteral("EPKAlgo"), QStringLiteral("DSA"));
                               },
                               t.m_otherKeys.signatureKey);
                   })
                << 204;
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
        QTest::newRow("order 205<402 DomainEnrollment: MAC changed, code enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       Result<Prepared> p = t.prepareEnrollment(Bob);
                       if (!p)
                           return p.error();
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       return t.sealed(
                               method::DomainEnrollment,
                               FragmentHeader::forCodeKey(method::DomainEnrollment, p->code.keyId),
                               p->de.toXml(), p->code.key.view(),
                               [](QByteArray f) { return changeBase64(f, "MAC"); });
                   })
                << 205;
        QTest::newRow("order 204<403 DomainEnrollment: IdentityURL not assigned, bad signature")
                << Builder([](T &t) {
                       return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                           p.de.identityUrl = ids::newIdentityUrl().value();
                           const SecretBytes a = crypto::activationKeyBytes(p.code.code);
                           p.de.activationKeySignature =
                                   tt.m_otherKeys.signatureKey.grooveSign(a.view()).value();
                       });
                   })
                << 204;
        QTest::newRow("order 200<403 DomainEnrollment: unknown account, CSecurity differs")
                << Builder([](T &t) {
                       return t.editedEnrollment(Bob, [](T &tt, Prepared &p) {
                           p.de.guid = ids::newGuid().value();
                           p.de.contact.keys.signature = tt.m_otherKeys.signatureKey.publicKey();
                       });
                   })
                << 200;
        QTest::newRow("order 204<200 DomainEnrollment: IdentityURL not assigned, unknown account")
                << Builder([](T &t) {
                       return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                           p.de.identityUrl = p.de.contact.url = ids::newIdentityUrl().value();
                           p.de.guid = ids::newGuid().value();
                       });
                   })
                << 204;
        QTest::newRow("order 200<402 DomainEnrollment: unknown account, code enrolled")
                << Builder([](T &t) -> Result<HttpRequest> {
                       Result<Prepared> p = t.prepareEnrollment(Bob);
                       if (!p)
                           return p.error();
                       if (Status s = t.enroll(Bob); !s)
                           return s.error();
                       p->de.guid = ids::newGuid().value();
                       return t.domainEnrollment(p->code, p->de);
                   })
                << 200;
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
        QVERIFY(build);
        const Result<HttpRequest> request = build(*this);
        QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().toLogString()));

        const QJsonObject before = state().toJson(true);
        const QByteArray fileBefore = stateFileBytes();
        QVERIFY(!fileBefore.isEmpty());

        const HttpResponse response = service().handle(*request);
        if (expected >= 0) {
            QCOMPARE(response.status, 200);
            QCOMPARE(headerOf(response, "content-type"), ContentType);
        }
        QCOMPARE(outcomeOf(response), expected);

        if (expected != 0) {
            QCOMPARE(state().toJson(true), before);
            QCOMPARE(stateFileBytes(), fileBefore);
        }
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

    void manualEnrollmentChangesState()
    {
        QVERIFY(!state().memberByLogin(Bob)->enrolled);
        const qsizetype accountsBefore = state().accounts().size();
        Result<Prepared> p = prepareEnrollment(Bob);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toLogString()));
        QCOMPARE(state().accounts().size(), accountsBefore + 1);
        const AccountState *account = state().account(p->account.guid, identityDomain().guid);
        QVERIFY(account);
        QVERIFY(p->account.sharedKey.equals(account->sharedKey));
        QCOMPARE(account->createdAt, m_now);
        QCOMPARE(account->identityUrl, identityUrlOf(Bob));

        m_now += 100;
        const Result<HttpRequest> req = domainEnrollment(p->code, p->de);
        QVERIFY(req.ok());
        const HttpResponse r = service().handle(*req);
        QCOMPARE(outcomeOf(r), 0);
        QVERIFY(client::domainEnrollmentResponse(r.body, p->code, p->de, p->activation.certificate,
                                                 p->activation.response.domainGuid)
                        .ok());
        const MemberState *bob = state().memberByLogin(Bob);
        QVERIFY(bob->enrolled);
        QCOMPARE(bob->accountGuid, p->account.guid);
        QCOMPARE(bob->enrolledAt, m_now);
        QVERIFY(stateFileBytes().contains(
                QByteArray("\"accountGuid\": \"" + p->account.guid.toUtf8() + '"')));
        // Alice is untouched.
        QVERIFY(!state().memberByLogin(Alice)->enrolled);
    }

    // WIRE-PROFILE 6.13: a CreateAccount for an existing account GUID replaces its key.
    void createAccountReplacesKey()
    {
        const QString guid = ids::newGuid().value();
        const client::AccountKeys first = keys(false, guid);
        const client::AccountKeys second = keys(true, guid);
        const EventInfo ev = userEvent(Bob);
        QVERIFY(createAccount(first, ev, identityDomain().certificate.encryptionKey()).ok());
        const qsizetype count = state().accounts().size();
        QVERIFY(state().account(guid, identityDomain().guid)->sharedKey
                == first.sharedKey.view().toByteArray());

        m_now += 60;
        QVERIFY(createAccount(second, userEvent(Bob), identityDomain().certificate.encryptionKey())
                        .ok());
        QCOMPARE(state().accounts().size(), count);
        const AccountState *account = state().account(guid, identityDomain().guid);
        QVERIFY(account);
        QVERIFY(second.sharedKey.equals(account->sharedKey));
        QVERIFY(account->signatureKey == second.signatureKey.publicKey());
        QVERIFY(account->encryptionKey == second.encryptionKey.publicKey());
        QCOMPARE(account->createdAt, m_now);

        // DomainEnrollment now checks against the new keys: the old ones get 403.
        Result<client::Activation> a = activate(Bob);
        QVERIFY(a.ok());
        const client::CodeKey code = client::CodeKey::fromCode(codeOf(Bob));
        const DomainEnrollmentRequest withOld =
                client::domainEnrollment(code, first, a->response.identityUrl, a->vCardData,
                                         m_device)
                        .value();
        QCOMPARE(outcomeOf(service().handle(domainEnrollment(code, withOld).value())), 403);
        const DomainEnrollmentRequest withNew =
                client::domainEnrollment(code, second, a->response.identityUrl, a->vCardData,
                                         m_device)
                        .value();
        QCOMPARE(outcomeOf(service().handle(domainEnrollment(code, withNew).value())), 0);
        QCOMPARE(state().memberByLogin(Bob)->accountGuid, guid);
    }

    // The device account again (a failed earlier attempt): the new K_dev is the one in use.
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
        QCOMPARE(resp->serverUrl, m_server->serverUrl());
    }

    void clockOnlyMattersForCreated()
    {
        // The clock only matters for Event@created: code-key messages do not depend on it.
        m_now = 0;
        const Result<HttpRequest> req = keyActivation(codeOf(Bob));
        QVERIFY(req.ok());
        QCOMPARE(outcomeOf(service().handle(*req)), 0);
        const Result<HttpRequest> create =
                userCreateAccount(Bob, [](EventInfo &e) { e.created = FixedNow; });
        QVERIFY(create.ok());
        QCOMPARE(outcomeOf(service().handle(*create)), 204);
    }
};

QTEST_GUILESS_MAIN(TestGmsService)
#include "tst_gmsservice.moc"
