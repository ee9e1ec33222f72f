// GmsService::handle() driven directly (no sockets) for DomainEnrollment: its faults
// of WIRE-PROFILE 6.7 and 7.8, the validation order between them, and that a refused request
// leaves the server state (in memory and on disk) exactly as it was.
#include "common/GmsServiceHarness.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::devserver;
using namespace groove::protocol;
using namespace groove::testing;
using xml::XmlElement;

class TestGmsServiceDomainEnrollment final : public QObject, public GmsHarness
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
        QTest::newRow("0 DomainEnrollment")
                << Builder([](T &t) { return t.editedEnrollment(Bob, [](T &, Prepared &) {}); })
                << 0;

        // ---- 204: missing or invalid parameters
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

        // ---- 209 unknown domain, 200 unknown account
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

        // ---- the messages' own faults
        QTest::newRow("401 DomainEnrollment unknown code") << Builder([](T &t) {
            return t.editedEnrollment(Bob, [](T &, Prepared &p) {
                p.code = client::CodeKey::fromCode(QStringLiteral("NOPE-NOPE-NOPE-NOPE"));
            });
        }) << 401;
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

        // ---- validation order (WIRE-PROFILE 7.8) with two defects at once
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
    }

    void faults()
    {
        QFETCH(Builder, build);
        QFETCH(int, expected);
        checkFault(build, expected);
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
};

QTEST_GUILESS_MAIN(TestGmsServiceDomainEnrollment)
#include "tst_gmsservice_domainenrollment.moc"
