#pragma once

// The building blocks of the GmsService tests (tst_gmsservice_*): requests with exactly one
// defect, whole protocol steps answered by the service, and the server under test. A test class
// derives from GmsHarness and QObject; its rows build requests through a GmsHarness&.
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

namespace groove::testing {

using namespace groove::devserver;
using namespace groove::protocol;
using xml::XmlElement;

class GmsHarness;
using Builder = std::function<Result<HttpRequest>(GmsHarness &)>;

inline constexpr qint64 FixedNow = 1'700'000'000; // the server's clock in every test
inline constexpr qint64 Day = 24 * 3600;

inline const QByteArray ContentType = QByteArrayLiteral("text/xml; charset=utf-8");
inline const QByteArray GmsPath = QByteArrayLiteral("/gms.dll");
inline const QByteArray AuthPath = QByteArrayLiteral("/AutoActivate/gms.dll");
inline const QByteArray Challenge = QByteArrayLiteral("Basic realm=\"Groove\", charset=\"UTF-8\"");

inline const QString Alice = QStringLiteral("alice");
inline const QString AlicePassword = QStringLiteral("correct horse");
inline const QString Bob = QStringLiteral("bob");
inline const QString BobPassword = QStringLiteral("battery staple");

inline Error setupError(const QString &what)
{
    return Error::make(ErrorKind::Usage, QStringLiteral("test setup: ") + what);
}

inline QByteArray basic(const QString &login, const QString &password)
{
    return QByteArrayLiteral("Basic ") + (login + u':' + password).toUtf8().toBase64();
}

inline HttpRequest post(const QByteArray &body, const QByteArray &target = GmsPath)
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

inline HttpRequest authPost(const QByteArray &body, const QByteArray &authorization,
                            const QByteArray &target = AuthPath)
{
    HttpRequest r = post(body, target);
    r.overTls = true;
    if (!authorization.isEmpty())
        r.headers.append({ QByteArrayLiteral("authorization"), authorization });
    return r;
}

inline void setHeader(HttpRequest &r, const QByteArray &lowerName, const QByteArray &value)
{
    r.headers.removeIf([&](const auto &h) { return h.first == lowerName; });
    if (!value.isNull())
        r.headers.append({ lowerName, value });
}

inline Result<HttpRequest> envelope(const QString &method, QByteArrayView payload,
                                    const QByteArray &target = GmsPath)
{
    const Result<QByteArray> body = buildRequestEnvelope(method, payload);
    if (!body)
        return body.error();
    return post(*body, target);
}

// One base64 character of the attribute's value replaced by another valid one.
inline QByteArray changeBase64(QByteArray xml, QByteArrayView attribute)
{
    const qsizetype at = xml.indexOf(QByteArray(attribute.toByteArray() + "=\""));
    Q_ASSERT(at >= 0);
    const qsizetype pos = at + attribute.size() + 2;
    xml[pos] = xml.at(pos) == 'A' ? 'B' : 'A';
    return xml;
}

// 0: success; the fault code of a protocol fault; -STATUS for an HTTP status other than 200;
// -1 for a 200 answer that is neither a success nor a fault.
inline int outcomeOf(const HttpResponse &r)
{
    if (r.status != 200)
        return -r.status;
    const Result<ResponseEnvelope> env = parseResponseEnvelope(r.body);
    if (env)
        return 0;
    return env.error().kind == ErrorKind::ServerFault ? env.error().faultCode : -1;
}

inline QByteArray headerOf(const HttpResponse &r, QByteArrayView name, int *count = nullptr)
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

// Public members: rows and test functions use them freely.
class GmsHarness
{
public:
    ::testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    client::AccountKeys m_keys; // generated once; reused with fresh GUIDs and K_acct
    client::AccountKeys m_otherKeys; // a second pair, for "wrong key" cases
    client::Device m_device;
    qint64 m_now = FixedNow;

    // ---- the fixture of every tst_gmsservice_* (QVERIFY inside: call from the slots)

    void setUpTestCase()
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

    void setUpTest()
    {
        m_now = FixedNow;
        DevServer::Options o;
        o.clock = [this] { return m_now; };
        m_server = m_fixture.start(std::move(o));
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
    }

    // One row of a faults() table: the built request gets the expected outcome, and a refused
    // request leaves the state (in memory and on disk) exactly as it was.
    void checkFault(const Builder &build, int expected)
    {
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
    Result<HttpRequest> editedEnrollment(const QString &login,
                                         const std::function<void(GmsHarness &, Prepared &)> &edit)
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

    // ---- AccountHeartbeat

    struct HeartbeatSetup
    {
        client::AccountKeys account;
        EventInfo event; // the Event of the account's heartbeats
    };

    // 'login' enrolled (KeyActivation, CreateAccount, DomainEnrollment) with fresh keys.
    Result<HeartbeatSetup> enrolledAccount(const QString &login = Alice)
    {
        Result<Prepared> p = prepareEnrollment(login);
        if (!p)
            return p.error();
        const Result<HttpRequest> req = domainEnrollment(p->code, p->de);
        if (!req)
            return req.error();
        const HttpResponse r = service().handle(*req);
        if (outcomeOf(r) != 0)
            return setupError(QStringLiteral("DomainEnrollment failed: %1").arg(outcomeOf(r)));
        const ActivationResponse &a = p->activation.response;
        EventInfo ev = event(a.domainGuid, a.identityUrl, false);
        ev.guid = p->account.guid;
        return HeartbeatSetup{ std::move(p->account), std::move(ev) };
    }

    Result<HttpRequest> heartbeat(const EventInfo &ev, QByteArrayView key, qint32 n = 0)
    {
        const Result<QByteArray> body = client::accountHeartbeatRequest(ev, key, n);
        if (!body)
            return body.error();
        return post(*body);
    }

    // An enrolled account's heartbeat with its Event edited, sealed with its key or another.
    Result<HttpRequest> editedHeartbeat(const std::function<void(EventInfo &)> &edit,
                                        bool wrongKey = false, qint32 n = 0)
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        if (!s)
            return s.error();
        edit(s->event);
        const SecretBytes other = crypto::randomSecret(24).value();
        return heartbeat(s->event, wrongKey ? other.view() : s->account.sharedKey.view(), n);
    }

    // An enrolled account's heartbeat whose body (envelope) is edited as text.
    Result<HttpRequest> heartbeatBody(const std::function<QByteArray(QByteArray)> &edit)
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        if (!s)
            return s.error();
        Result<HttpRequest> r = heartbeat(s->event, s->account.sharedKey.view(), 0);
        if (r)
            r->body = edit(r->body);
        return r;
    }

    // An enrolled account's heartbeat with the Event attributes given as they are (sealed
    // correctly with its key).
    Result<HttpRequest>
    heartbeatWithAttributes(const std::function<void(QList<xml::XmlAttribute> &)> &edit)
    {
        Result<HeartbeatSetup> s = enrolledAccount();
        if (!s)
            return s.error();
        QList<xml::XmlAttribute> attributes = eventAttributes(s->event, EventForm::Heartbeat);
        edit(attributes);
        const Result<QByteArray> fragment =
                seal(FragmentHeader::forEvent(attributes), AccountHeartbeatRequest{}.toXml(),
                     s->account.sharedKey.view());
        if (!fragment)
            return fragment.error();
        const Result<QByteArray> body = buildHeartbeatEnvelope(*fragment, 0);
        if (!body)
            return body.error();
        return post(*body);
    }

    QByteArray stateFileBytes() const
    {
        QFile f(stateFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace groove::testing

Q_DECLARE_METATYPE(groove::testing::Builder)
