#include "common/Vectors.h"
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "protocol/Messages.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

Q_DECLARE_METATYPE(groove::ErrorKind)

namespace {

crypto::RsaPrivateKey keyFrom(const QJsonObject &v, const char *name)
{
    return crypto::RsaPrivateKey::fromPkcs8Pem(v.value(QLatin1StringView(name))
                                                       .toObject()
                                                       .value(u"private_key_pem")
                                                       .toString()
                                                       .toUtf8())
            .value();
}

CreateAccountRequest requestFromVector(const QJsonObject &v)
{
    const QJsonObject a = v.value(u"event_attributes").toObject();
    CreateAccountRequest r;
    r.event.domainGuid = a.value(u"DomainGUID").toString();
    r.event.guid = a.value(u"GUID").toString();
    r.event.grooveVersion = a.value(u"GrooveVersion").toString();
    r.event.identityUrl = a.value(u"IdentityURL").toString();
    r.event.isDeviceAccount = a.value(u"IsDeviceAccount").toString() == u"1";
    r.event.userDeviceGuid = a.value(u"UserDeviceGuid").toString();
    r.event.userDeviceName = a.value(u"UserDeviceName").toString();
    r.event.created = a.value(u"created").toString().toLongLong();
    r.csmKey = testing::b64(v.value(u"csmkey").toObject().value(u"ciphertext_b64"));
    r.keys.encryption = keyFrom(v, "account_encryption_key").publicKey();
    r.keys.signature = keyFrom(v, "account_signature_key").publicKey();
    return r;
}

QJsonObject domainEnrollmentVector()
{
    return testing::loadVector(QStringLiteral("msg_domain_enrollment.json"));
}

QByteArray sealedPayload(const QJsonObject &v, const char *dir)
{
    return testing::utf8(v.value(QLatin1StringView(dir))
                                 .toObject()
                                 .value(u"sealing")
                                 .toObject()
                                 .value(u"payload_bytes"));
}

} // namespace

class TestAccountMessages final : public QObject
{
    Q_OBJECT

private slots:
    void createAccountVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("user account") << QStringLiteral("msg_create_account.json");
        QTest::newRow("device account") << QStringLiteral("msg_create_account_device.json");
    }

    void createAccountVectors()
    {
        QFETCH(QString, file);
        const QJsonObject v = testing::loadVector(file);
        CreateAccountRequest r = requestFromVector(v);

        QCOMPARE(r.signedBytes().value(), testing::utf8(v.value(u"signed_bytes")));
        QCOMPARE(crypto::sha1(r.signedBytes().value()), testing::hex(v.value(u"h1_hex")));
        QVERIFY(r.sign(keyFrom(v, "account_signature_key")).ok());
        QCOMPARE(r.signature, testing::b64(v.value(u"signature_b64")));
        const QByteArray fragment =
                testing::utf8(v.value(u"request").toObject().value(u"fragment_bytes"));
        QCOMPARE(r.serialize().value(), fragment);

        const Result<CreateAccountRequest> parsed = CreateAccountRequest::parse(fragment);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toLogString()));
        QCOMPARE(parsed->event, r.event);
        QCOMPARE(parsed->csmKey, r.csmKey);
        QVERIFY(parsed->keys.signature == r.keys.signature);
        QVERIFY(parsed->verify().ok());

        // The domain recovers K_acct from CSMKey.
        const Result<SecretBytes> kacct =
                keyFrom(v, "domain_encryption_key").decrypt(parsed->csmKey);
        QVERIFY(kacct.ok());
        QVERIFY(kacct->equals(testing::hex(v.value(u"k_acct_hex"))));
    }

    void createAccountTamper()
    {
        const QJsonObject v = testing::loadVector(QStringLiteral("msg_create_account.json"));
        const CreateAccountRequest good =
                CreateAccountRequest::parse(
                        testing::utf8(v.value(u"request").toObject().value(u"fragment_bytes")))
                        .value();
        CreateAccountRequest r = good;
        r.event.userDeviceName = QStringLiteral("OTHER-PC");
        QCOMPARE(r.verify().error().kind, ErrorKind::BadSignature);
        r = good;
        r.csmKey[5] = char(r.csmKey[5] ^ 0x40);
        QCOMPARE(r.verify().error().kind, ErrorKind::BadSignature);
        r = good;
        r.keys.encryption = crypto::RsaPrivateKey::generate().value().publicKey();
        QCOMPARE(r.verify().error().kind, ErrorKind::BadSignature);
    }

    void createAccountMalformed_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("extra Event attribute")
                << QByteArray("<Event ") << QByteArray("<Event X=\"1\" ")
                << ErrorKind::InvalidValue;
        QTest::newRow("missing created") << QByteArray(" created=\"1700000000\"") << QByteArray()
                                         << ErrorKind::MissingAttribute;
        QTest::newRow("Encrypted 0") << QByteArray("Encrypted=\"1\"")
                                     << QByteArray("Encrypted=\"0\"") << ErrorKind::InvalidValue;
        QTest::newRow("bad GUID") << QByteArray("GUID=\"tvm2") << QByteArray("GUID=\"TVM2")
                                  << ErrorKind::InvalidValue;
        QTest::newRow("created not canonical")
                << QByteArray("created=\"1700000000\"") << QByteArray("created=\"01700000000\"")
                << ErrorKind::InvalidValue;
        QTest::newRow("EPKAlgo DSA") << QByteArray("EPKAlgo=\"RSA\"")
                                     << QByteArray("EPKAlgo=\"DSA\"") << ErrorKind::InvalidValue;
        QTest::newRow("EPubKey garbage") << QByteArray("EPubKey=\"MIIB")
                                         << QByteArray("EPubKey=\"AAAA") << ErrorKind::BadKey;
        QTest::newRow("CSMKey missing")
                << QByteArray("CSMKey=") << QByteArray("CSMKeX=") << ErrorKind::MissingAttribute;
        QTest::newRow("Sig not base64")
                << QByteArray("Sig=\"") << QByteArray("Sig=\"*") << ErrorKind::BadBase64;
        QTest::newRow("no Auth") << QByteArray("<g:Auth ") << QByteArray("<g:Other ")
                                 << ErrorKind::MissingElement;
        QTest::newRow("device with identity")
                << QByteArray("IsDeviceAccount=\"0\"") << QByteArray("IsDeviceAccount=\"1\"")
                << ErrorKind::InvalidValue;
    }

    void createAccountMalformed()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(ErrorKind, kind);
        const QJsonObject v = testing::loadVector(QStringLiteral("msg_create_account.json"));
        QByteArray fragment =
                testing::utf8(v.value(u"request").toObject().value(u"fragment_bytes"));
        QVERIFY(fragment.contains(from));
        fragment.replace(from, to);
        const Result<CreateAccountRequest> r = CreateAccountRequest::parse(fragment);
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.error().kind), kindName(kind));
    }

    void activationKeySignature()
    {
        const QJsonObject v = domainEnrollmentVector();
        const QJsonObject aks = v.value(u"activation_key_signature").toObject();
        const QString code = crypto::trimCode(v.value(u"code").toString());
        const SecretBytes input = crypto::activationKeyBytes(code);
        QVERIFY(input.equals(testing::hex(aks.value(u"input_utf16le_hex"))));
        const crypto::RsaPrivateKey key = keyFrom(v, "account_signature_key");
        QCOMPARE(key.grooveSign(input.view()).value(), testing::b64(aks.value(u"signature_b64")));
    }

    void domainEnrollmentRequest()
    {
        const QJsonObject v = domainEnrollmentVector();
        const QByteArray payload = sealedPayload(v, "request");
        const Result<DomainEnrollmentRequest> r =
                DomainEnrollmentRequest::fromXml(xml::parse(payload).value());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(r->activationKeySignature,
                 testing::b64(
                         v.value(u"activation_key_signature").toObject().value(u"signature_b64")));
        QCOMPARE(r->contact.url, r->identityUrl);
        QVERIFY(r->contact.keys.signature == keyFrom(v, "account_signature_key").publicKey());
        QVERIFY(r->contact.keys.encryption == keyFrom(v, "account_encryption_key").publicKey());

        // Build the same request from its parts.
        DomainEnrollmentRequest built;
        built.activationKeySignature = r->activationKeySignature;
        built.guid = r->guid;
        built.identityUrl = r->identityUrl;
        built.contact = Contact{ r->identityUrl,
                                 r->contact.vCardData,
                                 r->contact.deviceGuid,
                                 r->contact.deviceName,
                                 { keyFrom(v, "account_encryption_key").publicKey(),
                                   keyFrom(v, "account_signature_key").publicKey() } };
        QCOMPARE(xml::serialize(built.toXml()).value(), payload);
    }

    void domainEnrollmentResponse()
    {
        const QJsonObject v = domainEnrollmentVector();
        const QJsonObject resp = v.value(u"response").toObject();
        const QByteArray payload = sealedPayload(v, "response");
        const Result<DomainEnrollmentResponse> r =
                DomainEnrollmentResponse::fromXml(xml::parse(payload).value());
        QVERIFY(r.ok());
        QCOMPARE(r->signedBytes().value(), testing::utf8(resp.value(u"contact_signed_bytes")));
        QCOMPARE(r->signature, testing::b64(resp.value(u"contact_signature_b64")));
        const crypto::RsaPrivateKey domainKey = keyFrom(v, "domain_signing_key");
        QVERIFY(r->verify(domainKey.publicKey()).ok());
        QCOMPARE(xml::serialize(r->toXml()).value(), payload);

        // The returned Contact is the one that was sent.
        const DomainEnrollmentRequest req =
                DomainEnrollmentRequest::fromXml(xml::parse(sealedPayload(v, "request")).value())
                        .value();
        QCOMPARE(r->contact, req.contact.toXml());

        DomainEnrollmentResponse resigned = *r;
        QVERIFY(resigned.sign(domainKey, r->signerDomainGuid).ok());
        QCOMPARE(resigned.signature, r->signature);

        DomainEnrollmentResponse tampered = *r;
        tampered.contact.child(QStringLiteral("vCard"))
                ->set(QStringLiteral("Data"), QStringLiteral("QQ=="));
        QCOMPARE(tampered.verify(domainKey.publicKey()).error().kind, ErrorKind::BadSignature);
        QVERIFY(!(tampered.contact == req.contact.toXml()));
        QCOMPARE(r->verify(keyFrom(v, "account_signature_key").publicKey()).error().kind,
                 ErrorKind::BadSignature);
    }

    void domainEnrollmentMalformed()
    {
        const QByteArray payload = sealedPayload(domainEnrollmentVector(), "response");
        QByteArray noSig = payload;
        noSig.replace("<Signature ", "<Signaturx ");
        QCOMPARE(DomainEnrollmentResponse::fromXml(xml::parse(noSig).value()).error().kind,
                 ErrorKind::MissingElement);
        const QByteArray req = sealedPayload(domainEnrollmentVector(), "request");
        QByteArray noContact = req;
        noContact.replace("<Contact ", "<Contacx ").replace("</Contact>", "</Contacx>");
        QCOMPARE(DomainEnrollmentRequest::fromXml(xml::parse(noContact).value()).error().kind,
                 ErrorKind::MissingElement);
        QByteArray badGuid = req;
        badGuid.replace("GUID=\"tvm2", "GUID=\"tvm");
        QCOMPARE(DomainEnrollmentRequest::fromXml(xml::parse(badGuid).value()).error().kind,
                 ErrorKind::InvalidValue);
    }
};

QTEST_GUILESS_MAIN(TestAccountMessages)
#include "tst_accountmessages.moc"
