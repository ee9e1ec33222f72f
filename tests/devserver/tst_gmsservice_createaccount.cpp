// GmsService::handle() driven directly (no sockets) for CreateAccount (Event attributes, CSMKey,
// signatures): its faults of WIRE-PROFILE 6.7 and 7.8, the validation order between them, and that
// a refused request leaves the server state (in memory and on disk) exactly as it was.
#include "common/GmsServiceHarness.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

class TestGmsServiceCreateAccount final : public QObject, public GmsHarness
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

        // ---- controls
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

        // ---- 105: malformed XML, envelope, Content-Type, unknown method
        QTest::newRow("105 CreateAccount fragment not XML")
                << Builder([](T &) { return envelope(method::CreateAccount, "<g:fragment"); })
                << 105;

        // ---- 204: missing or invalid parameters
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

        // ---- 209 unknown domain, 200 unknown account
        QTest::newRow("209 CreateAccount unknown domain") << Builder([](T &t) {
            return t.userCreateAccount(Bob,
                                       [](EventInfo &e) { e.domainGuid = ids::newGuid().value(); });
        }) << 209;

        // ---- 205 security
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
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
    }

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

QTEST_GUILESS_MAIN(TestGmsServiceCreateAccount)
#include "tst_gmsservice_createaccount.moc"
