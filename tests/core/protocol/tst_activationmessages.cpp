#include "common/Vectors.h"
#include "crypto/Crypto.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

namespace {

xml::XmlElement tree(const QByteArray &bytes)
{
    Result<xml::XmlElement> e = xml::parse(bytes);
    if (!e)
        qFatal("vector does not parse: %s", qPrintable(e.error().toLogString()));
    return std::move(e).value();
}

QByteArray bytesOf(const xml::XmlElement &e)
{
    return xml::serialize(e).value();
}

QJsonObject sealing(const QString &file, const char *dir)
{
    return testing::loadVector(file)
            .value(QLatin1StringView(dir))
            .toObject()
            .value(u"sealing")
            .toObject();
}

crypto::RsaPrivateKey domainSigningKey()
{
    return crypto::RsaPrivateKey::fromPkcs8Pem(
                   testing::loadVector(QStringLiteral("managed_object.json"))
                           .value(u"domain_signing_key")
                           .toObject()
                           .value(u"private_key_pem")
                           .toString()
                           .toUtf8())
            .value();
}

ActivationResponse vectorResponse()
{
    const QByteArray payload = testing::utf8(
            sealing(QStringLiteral("msg_key_activation.json"), "response").value(u"payload_bytes"));
    return ActivationResponse::fromXml(tree(payload), QStringLiteral("KeyActivationResponse"))
            .value();
}

} // namespace

class TestActivationMessages final : public QObject
{
    Q_OBJECT

private slots:
    void keyActivationRequest()
    {
        const QByteArray payload =
                testing::utf8(sealing(QStringLiteral("msg_key_activation.json"), "request")
                                      .value(u"payload_bytes"));
        const Result<DeviceRequest> r =
                DeviceRequest::fromXml(tree(payload), method::KeyActivation);
        QVERIFY(r.ok());
        QCOMPARE(r->grooveVersion, QStringLiteral("14,0,4763,1000"));
        QCOMPARE(r->userDeviceName, QStringLiteral("FABRIKAM-PC"));
        QCOMPARE(bytesOf(r->toXml(method::KeyActivation)), payload);
        QCOMPARE(DeviceRequest::fromXml(tree(payload), method::AutoAccountCodeConfiguration)
                         .error()
                         .kind,
                 ErrorKind::UnexpectedElement);
    }

    void keyActivationResponse()
    {
        const QByteArray payload =
                testing::utf8(sealing(QStringLiteral("msg_key_activation.json"), "response")
                                      .value(u"payload_bytes"));
        const Result<ActivationResponse> r =
                ActivationResponse::fromXml(tree(payload), QStringLiteral("KeyActivationResponse"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toLogString()));
        QCOMPARE(r->memberName, QStringLiteral("Alice Example"));
        QCOMPARE(r->identityUrl,
                 QStringLiteral("grooveIdentity://q39mehpyjezgqyi9udbmsgevtj8yu97i@"));
        QCOMPARE(r->managedObjects.size(), 4);
        QCOMPARE(r->managedObjects.at(0).name, QStringLiteral("grooveIdentityTemplate:"));
        QCOMPARE(r->managedObjects.at(3).name, QStringLiteral("grooveAccountServicesPolicy2:"));
        QVERIFY(r->accountConfigurationCode.isEmpty());
        const Result<crypto::DomainCertificate> cert = r->verify();
        QVERIFY2(cert.ok(), qPrintable(cert.ok() ? QString() : cert.error().toLogString()));
        QCOMPARE(identityTemplateVCard(*r->findObject(QStringLiteral("grooveIdentityTemplate:")))
                         .value(),
                 QStringLiteral("QkVHSU46VkNBUkQNClZFUlNJT046Mi4xDQpGTjpBbGljZSBFeGFtcGxlDQpFTkQ6Vk"
                                "NBUkQNCg=="));
        // Re-encoding gives the same bytes: the server side of the codec is exact too.
        QCOMPARE(bytesOf(r->toXml(QStringLiteral("KeyActivationResponse")).value()), payload);
    }

    void managedObjectVectors_data()
    {
        QTest::addColumn<QByteArray>("signedBytes");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("objectBytes");
        QTest::addColumn<QByteArray>("entryData");
        const QJsonObject v = testing::loadVector(QStringLiteral("managed_object.json"));
        for (const QJsonValue &o : v.value(u"objects").toArray()) {
            const QJsonObject obj = o.toObject();
            QTest::newRow(qPrintable(obj.value(u"name").toString()))
                    << testing::utf8(obj.value(u"signed_bytes"))
                    << testing::b64(obj.value(u"signature_b64"))
                    << testing::utf8(obj.value(u"object_bytes"))
                    << testing::b64(obj.value(u"entry_data_b64"));
        }
    }

    void managedObjectVectors()
    {
        QFETCH(QByteArray, signedBytes);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, objectBytes);
        QFETCH(QByteArray, entryData);
        QCOMPARE(entryData, objectBytes);
        Result<ManagedObject> o = ManagedObject::parse(objectBytes);
        QVERIFY(o.ok());
        QCOMPARE(o->signedBytes().value(), signedBytes);
        QCOMPARE(o->serialize().value(), objectBytes);
        QCOMPARE(o->signature, signature);
        const crypto::RsaPrivateKey key = domainSigningKey();
        QVERIFY(o->verify(key.publicKey()).ok());
        ManagedObject resigned = *o;
        resigned.signature.clear();
        QVERIFY(resigned.sign(key).ok());
        QCOMPARE(resigned.signature, signature);

        ManagedObject tampered = *o;
        tampered.displayName += u'!';
        QCOMPARE(tampered.verify(key.publicKey()).error().kind, ErrorKind::BadSignature);
    }

    void responseIntegrity()
    {
        const crypto::RsaPrivateKey key = domainSigningKey();
        const QString name = QStringLiteral("KeyActivationResponse");
        auto reparse = [&](const ActivationResponse &r) {
            return ActivationResponse::fromXml(r.toXml(name).value(), name);
        };

        ActivationResponse otherDomain = vectorResponse();
        otherDomain.managedObjects[1].domainGuid =
                QStringLiteral("22222222222222222222222222222222222222a");
        QVERIFY(otherDomain.managedObjects[1].sign(key).ok());
        QCOMPARE(reparse(otherDomain).error().kind, ErrorKind::MismatchedIdentity);

        ActivationResponse noTemplate = vectorResponse();
        noTemplate.managedObjects.removeFirst();
        QCOMPARE(reparse(noTemplate).error().kind, ErrorKind::MissingElement);

        ActivationResponse noVCard = vectorResponse();
        noVCard.managedObjects[0].body = xml::XmlElement(QStringLiteral("IdentityTemplate"));
        QVERIFY(noVCard.managedObjects[0].sign(key).ok());
        QCOMPARE(reparse(noVCard).error().kind, ErrorKind::MissingElement);

        ActivationResponse unsigned_ = vectorResponse();
        unsigned_.managedObjects[2].body.set(QStringLiteral("Flags"), QStringLiteral("1"));
        const Result<ActivationResponse> parsed = reparse(unsigned_);
        QVERIFY(parsed.ok()); // structure is fine, so the signature check is what catches it
        QCOMPARE(parsed->verify().error().kind, ErrorKind::BadSignature);

        ActivationResponse badCert = vectorResponse();
        badCert.domainCertificateDer.chop(10);
        QCOMPARE(reparse(badCert)->verify().error().kind, ErrorKind::BadCertificate);

        ActivationResponse extraEntry = vectorResponse();
        ManagedObject extra = extraEntry.managedObjects.at(1);
        extra.name = QStringLiteral("grooveSomethingNew:");
        QVERIFY(extra.sign(key).ok());
        extraEntry.managedObjects.append(extra);
        QVERIFY(reparse(extraEntry).ok()); // clients accept extra entries
        QVERIFY(reparse(extraEntry)->verify().ok());
    }

    void responseRequiredParts()
    {
        const QString name = QStringLiteral("KeyActivationResponse");
        const xml::XmlElement good = vectorResponse().toXml(name).value();
        for (const QString &attr : { QStringLiteral("DomainGUID"), QStringLiteral("IdentityURL"),
                                     QStringLiteral("MemberName"), QStringLiteral("ServerURL") }) {
            xml::XmlElement e = good;
            e.remove(attr);
            QCOMPARE(ActivationResponse::fromXml(e, name).error().kind,
                     ErrorKind::MissingAttribute);
        }
        xml::XmlElement noDomain = good;
        noDomain.removeChildren(QStringLiteral("Domain"));
        QCOMPARE(ActivationResponse::fromXml(noDomain, name).error().kind,
                 ErrorKind::MissingElement);
        xml::XmlElement badGuid = good;
        badGuid.set(QStringLiteral("DomainGUID"), QStringLiteral("not-a-guid"));
        QCOMPARE(ActivationResponse::fromXml(badGuid, name).error().kind, ErrorKind::InvalidValue);
        xml::XmlElement extraAttr = good;
        extraAttr.set(QStringLiteral("FutureThing"), QStringLiteral("1"));
        QVERIFY(ActivationResponse::fromXml(extraAttr, name)
                        .ok()); // unknown attributes are ignored
        xml::XmlElement badData = good;
        badData.child(QStringLiteral("ManagedObjects"))
                ->children()
                .front()
                .set(QStringLiteral("Data"), QStringLiteral("%%"));
        QCOMPARE(ActivationResponse::fromXml(badData, name).error().kind, ErrorKind::BadBase64);
    }

    void autoAccountCodeConfiguration()
    {
        const QJsonObject v =
                testing::loadVector(QStringLiteral("msg_auto_account_code_configuration.json"));
        const QByteArray reqBytes =
                testing::utf8(v.value(u"request").toObject().value(u"payload_bytes"));
        const Result<DeviceRequest> req =
                DeviceRequest::fromXml(tree(reqBytes), method::AutoAccountCodeConfiguration);
        QVERIFY(req.ok());
        QCOMPARE(bytesOf(req->toXml(method::AutoAccountCodeConfiguration)), reqBytes);
        QCOMPARE(v.value(u"request")
                         .toObject()
                         .value(u"http_headers")
                         .toObject()
                         .value(u"Authorization")
                         .toString(),
                 QStringLiteral("Basic ") + crypto::encodeBase64("alice:correct horse"));

        const QString name = QStringLiteral("AutoAccountCodeConfigurationResponse");
        const QByteArray respBytes =
                testing::utf8(v.value(u"response").toObject().value(u"payload_bytes"));
        const Result<ActivationResponse> resp = ActivationResponse::fromXml(tree(respBytes), name);
        QVERIFY(resp.ok());
        QCOMPARE(resp->accountConfigurationCode, QStringLiteral("7Q4K-9XWZ-PM2D-HJ6R"));
        QVERIFY(resp->verify().ok());
        QCOMPARE(bytesOf(resp->toXml(name).value()), respBytes);
        xml::XmlElement noCode = tree(respBytes);
        noCode.remove(QStringLiteral("AccountConfigurationCode"));
        QCOMPARE(ActivationResponse::fromXml(noCode, name).error().kind,
                 ErrorKind::MissingAttribute);
    }

    void autoActivation()
    {
        const QByteArray reqBytes =
                testing::utf8(sealing(QStringLiteral("msg_auto_activation.json"), "request")
                                      .value(u"payload_bytes"));
        const Result<AutoActivationRequest> req = AutoActivationRequest::fromXml(tree(reqBytes));
        QVERIFY(req.ok());
        QCOMPARE(req->loginName, QStringLiteral("alice"));
        QCOMPARE(bytesOf(req->toXml()), reqBytes);

        const QByteArray respBytes =
                testing::utf8(sealing(QStringLiteral("msg_auto_activation.json"), "response")
                                      .value(u"payload_bytes"));
        const Result<AutoActivationResponse> resp =
                AutoActivationResponse::fromXml(tree(respBytes));
        QVERIFY(resp.ok());
        QCOMPARE(resp->accountConfigurationCode, QStringLiteral("7Q4K-9XWZ-PM2D-HJ6R"));
        QCOMPARE(resp->serverUrl, QStringLiteral("http://gms.fabrikam.example/gms.dll"));
        QCOMPARE(bytesOf(resp->toXml()), respBytes);
        QCOMPARE(AutoActivationResponse::fromXml(tree("<AutoActivationResponse ServerURL=\"x\"/>"))
                         .error()
                         .kind,
                 ErrorKind::MissingAttribute);
        QCOMPARE(AutoActivationResponse::fromXml(
                         tree("<AutoActivationResponse AccountConfigurationCode=\" \" "
                              "ServerURL=\"x\"/>"))
                         .error()
                         .kind,
                 ErrorKind::InvalidValue);
    }
};

QTEST_GUILESS_MAIN(TestActivationMessages)
#include "tst_activationmessages.moc"
