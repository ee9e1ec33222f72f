#include "common/Vectors.h"
#include "crypto/Crypto.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

Q_DECLARE_METATYPE(groove::ErrorKind)
Q_DECLARE_METATYPE(QList<groove::xml::XmlAttribute>)

namespace {

struct SealingCase
{
    QByteArray key, iv, header, payload, digestInput, digest, ec, mac, fragment;
};

SealingCase sealingCase(const QJsonObject &s)
{
    return { testing::hex(s.value(u"key_hex")),          testing::hex(s.value(u"iv_hex")),
             testing::utf8(s.value(u"header_bytes")),    testing::utf8(s.value(u"payload_bytes")),
             testing::hex(s.value(u"digest_input_hex")), testing::hex(s.value(u"digest_hex")),
             testing::hex(s.value(u"ec_hex")),           testing::hex(s.value(u"mac_hex")),
             testing::utf8(s.value(u"fragment_bytes")) };
}

const QList<std::pair<QString, QString>> &sealedVectors()
{
    static const QList<std::pair<QString, QString>> v = {
        { QStringLiteral("msg_key_activation.json"), QStringLiteral("request") },
        { QStringLiteral("msg_key_activation.json"), QStringLiteral("response") },
        { QStringLiteral("msg_domain_enrollment.json"), QStringLiteral("request") },
        { QStringLiteral("msg_domain_enrollment.json"), QStringLiteral("response") },
        { QStringLiteral("msg_auto_activation.json"), QStringLiteral("request") },
        { QStringLiteral("msg_auto_activation.json"), QStringLiteral("response") },
    };
    return v;
}

QByteArray flipInAttribute(QByteArray fragment, const QByteArray &attr, int offset)
{
    const qsizetype at = fragment.indexOf(QByteArray(attr + "=\""));
    Q_ASSERT(at >= 0);
    const qsizetype pos = at + attr.size() + 2 + offset;
    // Replace one base64 character by another valid one so that only the value changes.
    fragment[pos] = fragment[pos] == 'A' ? 'B' : 'A';
    return fragment;
}

} // namespace

class TestSecuredFragment final : public QObject
{
    Q_OBJECT

private slots:
    void sealVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("digestInput");
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QByteArray>("ec");
        QTest::addColumn<QByteArray>("mac");
        QTest::addColumn<QByteArray>("fragment");
        for (const auto &[file, dir] : sealedVectors()) {
            const QJsonObject s =
                    testing::loadVector(file).value(dir).toObject().value(u"sealing").toObject();
            const SealingCase c = sealingCase(s);
            QVERIFY(!c.fragment.isEmpty());
            QTest::addRow("%s %s", qPrintable(file), qPrintable(dir))
                    << c.key << c.iv << c.header << c.payload << c.digestInput << c.digest << c.ec
                    << c.mac << c.fragment;
        }
    }

    void sealVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, digestInput);
        QFETCH(QByteArray, digest);
        QFETCH(QByteArray, fragment);

        QCOMPARE(digestInput, header + payload);
        QCOMPARE(crypto::sha1(digestInput), digest);

        // Recover the header description from the vector's own header bytes, then seal.
        const Result<SealedFragment> parsed = parseSealed(fragment);
        QVERIFY(parsed.ok());
        QCOMPARE(xml::serialize(parsed->header.toElement()).value(), header);
        const Result<xml::XmlElement> payloadTree = xml::parse(payload);
        QVERIFY(payloadTree.ok());
        QCOMPARE(seal(parsed->header, *payloadTree, key, iv).value(), fragment);
    }

    void openVectors_data() { sealVectors_data(); }

    void openVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, ec);
        QFETCH(QByteArray, mac);
        QFETCH(QByteArray, fragment);
        const Result<SealedFragment> parsed = parseSealed(fragment);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->ec, ec);
        QCOMPARE(parsed->iv, iv);
        QCOMPARE(parsed->mac, mac);
        const Result<OpenedPayload> opened = open(*parsed, key);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toLogString()));
        QCOMPARE(opened->bytes, payload);
        QCOMPARE(xml::serialize(opened->payload).value(), payload);
    }

    void headerVariants()
    {
        const QJsonObject ka = testing::loadVector(QStringLiteral("msg_key_activation.json"));
        const FragmentHeader h = FragmentHeader::forCodeKey(QStringLiteral("KeyActivation"),
                                                            ka.value(u"key_id").toString());
        QCOMPARE(xml::serialize(h.toElement()).value(),
                 testing::utf8(ka.value(u"request")
                                       .toObject()
                                       .value(u"sealing")
                                       .toObject()
                                       .value(u"header_bytes")));
        QCOMPARE(xml::serialize(FragmentHeader::forResponse().toElement()).value(),
                 testing::utf8(ka.value(u"response")
                                       .toObject()
                                       .value(u"sealing")
                                       .toObject()
                                       .value(u"header_bytes")));

        const QJsonObject aa = testing::loadVector(QStringLiteral("msg_auto_activation.json"));
        QList<xml::XmlAttribute> attrs;
        const QJsonObject ev = aa.value(u"event_attributes").toObject();
        for (auto it = ev.begin(); it != ev.end(); ++it)
            attrs.append({ it.key(), it.value().toString() });
        QCOMPARE(xml::serialize(FragmentHeader::forEvent(attrs).toElement()).value(),
                 testing::utf8(aa.value(u"request")
                                       .toObject()
                                       .value(u"sealing")
                                       .toObject()
                                       .value(u"header_bytes")));
    }

    void flippedMacVector()
    {
        const QJsonObject ka = testing::loadVector(QStringLiteral("msg_key_activation.json"));
        const QByteArray key = testing::hex(ka.value(u"k_code_hex"));
        const QByteArray bad = testing::utf8(
                ka.value(u"response").toObject().value(u"negative_flipped_mac_fragment"));
        QVERIFY(!bad.isEmpty());
        const Result<OpenedPayload> r = open(bad, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadMac);
    }

    // Each tamper changes one part of a valid fragment; each must be refused as an integrity error.
    void tamper_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<QByteArray>("key");
        const QJsonObject ka = testing::loadVector(QStringLiteral("msg_key_activation.json"));
        const QJsonObject aa = testing::loadVector(QStringLiteral("msg_auto_activation.json"));
        const QByteArray kcode = testing::hex(ka.value(u"k_code_hex"));
        const QByteArray kdev = testing::hex(aa.value(u"k_dev_hex"));
        const QByteArray req = testing::utf8(ka.value(u"request")
                                                     .toObject()
                                                     .value(u"sealing")
                                                     .toObject()
                                                     .value(u"fragment_bytes"));
        const QByteArray ev = testing::utf8(aa.value(u"request")
                                                    .toObject()
                                                    .value(u"sealing")
                                                    .toObject()
                                                    .value(u"fragment_bytes"));

        for (int off : { 0, 7, 40 }) {
            QTest::addRow("EC byte %d", off) << flipInAttribute(req, "EC", off) << kcode;
            QTest::addRow("MAC byte %d", off % 24)
                    << flipInAttribute(req, "MAC", off % 24) << kcode;
        }
        QTest::newRow("IV first") << flipInAttribute(req, "IV", 0) << kcode;
        QTest::newRow("IV last") << flipInAttribute(req, "IV", 20) << kcode;
        QTest::newRow("KeyID") << flipInAttribute(req, "KeyID", 3) << kcode;
        QTest::newRow("method renamed")
                << QByteArray(req).replace("KeyActivation>", "KeyActivatioN>") << kcode;
        QTest::newRow("Event GUID") << QByteArray(ev).replace("GUID=\"p7rm", "GUID=\"p7rn") << kdev;
        QTest::newRow("Event _EventID")
                << QByteArray(ev).replace("_EventID=\"2", "_EventID=\"3") << kdev;
        QTest::newRow("Event attribute added")
                << QByteArray(ev).replace("<Event ", "<Event A=\"1\" ") << kdev;
        QByteArray wrongKey = kcode;
        wrongKey[0] = char(wrongKey[0] ^ 1);
        QTest::newRow("wrong key") << req << wrongKey;
        QTest::newRow("key of another length") << req << kdev;
    }

    void tamper()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(QByteArray, key);
        const Result<OpenedPayload> r = open(fragment, key);
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.error().kind), kindName(ErrorKind::BadMac));
        QCOMPARE(r.error().errorClass(), ErrorClass::Integrity);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<ErrorKind>("kind");
        const QJsonObject ka = testing::loadVector(QStringLiteral("msg_key_activation.json"));
        const QByteArray req = testing::utf8(ka.value(u"request")
                                                     .toObject()
                                                     .value(u"sealing")
                                                     .toObject()
                                                     .value(u"fragment_bytes"));
        const QByteArray mac = req.mid(req.indexOf("MAC=\"") + 5, 28);
        QTest::newRow("not xml") << QByteArrayLiteral("garbage") << ErrorKind::MalformedXml;
        QTest::newRow("wrong root") << QByteArray(req).replace("g:fragment", "g:fragmenx")
                                    << ErrorKind::UnexpectedElement;
        QTest::newRow("no namespace") << QByteArray(req).replace("urn:groove.net", "urn:other")
                                      << ErrorKind::InvalidValue;
        QTest::newRow("no Auth") << QByteArray(req).replace(
                QByteArray("<g:Auth MAC=\"" + mac + "\"/>"), "")
                                 << ErrorKind::MissingElement;
        QTest::newRow("no MAC") << QByteArray(req).replace("MAC=\"", "MAX=\"")
                                << ErrorKind::MissingAttribute;
        QTest::newRow("no EC") << QByteArray(req).replace("EC=\"", "EX=\"")
                               << ErrorKind::MissingAttribute;
        QTest::newRow("EC not base64")
                << QByteArray(req).replace("EC=\"w0X2", "EC=\"w0X!") << ErrorKind::BadBase64;
        QTest::newRow("IV not base64")
                << QByteArray(req).replace("IV=\"uuRt", "IV=\"uu t") << ErrorKind::BadBase64;
        QTest::newRow("MAC short")
                << QByteArray(req).replace(mac, "AAAA") << ErrorKind::WrongLength;
        const qsizetype iv = req.indexOf("IV=\"") + 4;
        QTest::newRow("empty IV") << QByteArray(req).remove(iv, req.indexOf('"', iv) - iv)
                                  << ErrorKind::WrongLength;
        QTest::newRow("two wrappers")
                << QByteArray(req).replace("</g:fragment>", "<x/></g:fragment>")
                << ErrorKind::MalformedXml;
    }

    void malformed()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(ErrorKind, kind);
        const Result<SealedFragment> r = parseSealed(fragment);
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.error().kind), kindName(kind));
    }

    // WIRE-PROFILE 4 step 1 and 6.2: a response's header is fixed. Every row is sealed correctly
    // (its MAC matches its own header), as a non-conforming server would send it.
    void responseHeaderIsFixed_data()
    {
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<QList<xml::XmlAttribute>>("wrapperAttributes");
        QTest::addColumn<QList<xml::XmlAttribute>>("seAttributes");
        QTest::addColumn<bool>("accepted");
        using Attrs = QList<xml::XmlAttribute>;
        const QString rpw = QStringLiteral("ReturnPayloadWrapper");
        QTest::newRow("conforming") << rpw << Attrs() << Attrs() << true;
        QTest::newRow("wrong wrapper name") << QStringLiteral("Foo") << Attrs() << Attrs() << false;
        QTest::newRow("method name as wrapper")
                << QStringLiteral("KeyActivation") << Attrs() << Attrs() << false;
        QTest::newRow("wrapper name differs in case")
                << QStringLiteral("returnPayloadWrapper") << Attrs() << Attrs() << false;
        QTest::newRow("SE with KeyID")
                << rpw << Attrs() << Attrs{ { QStringLiteral("KeyID"), QStringLiteral("AAAA") } }
                << false;
        QTest::newRow("SE with any extra attribute")
                << rpw << Attrs() << Attrs{ { QStringLiteral("x"), QString() } } << false;
        QTest::newRow("wrapper with attributes")
                << rpw << Attrs{ { QStringLiteral("DomainGUID"), QStringLiteral("g") } } << Attrs()
                << false;
    }

    void responseHeaderIsFixed()
    {
        QFETCH(QString, wrapper);
        QFETCH(QList<xml::XmlAttribute>, wrapperAttributes);
        QFETCH(QList<xml::XmlAttribute>, seAttributes);
        QFETCH(bool, accepted);
        const QByteArray key = crypto::randomBytes(20).value();
        xml::XmlElement payload(QStringLiteral("AutoActivationResponse"));
        payload.set(QStringLiteral("AccountConfigurationCode"), QStringLiteral("code"));
        const FragmentHeader header{ wrapper, wrapperAttributes, seAttributes };
        const QByteArray fragment = seal(header, payload, key).value();
        QVERIFY(open(fragment, key).ok()); // the MAC itself is right

        const Result<OpenedPayload> r = openResponse(fragment, key);
        QCOMPARE(r.ok(), accepted);
        if (accepted) {
            QCOMPARE(r->payload, payload);
        } else {
            QCOMPARE(kindName(r.error().kind), kindName(ErrorKind::BadMac));
            QCOMPARE(errorClassOf(r.error().kind), ErrorClass::Integrity);
            QVERIFY(!r.error().detail.contains(QStringLiteral("code")));
        }
    }

    void responseVectorsOpenAsResponses()
    {
        for (const auto &[file, side] : sealedVectors()) {
            if (side != u"response")
                continue;
            const SealingCase c = sealingCase(
                    testing::loadVector(file).value(side).toObject().value(u"sealing").toObject());
            QVERIFY2(openResponse(c.fragment, c.key).ok(), qPrintable(file));
        }
    }

    void roundTripWithRandomIv()
    {
        const QByteArray key = crypto::randomBytes(24).value();
        xml::XmlElement payload(QStringLiteral("AutoActivation"));
        payload.set(QStringLiteral("LoginName"), QStringLiteral("Zoë & co <x>"));
        const FragmentHeader h = FragmentHeader::forResponse();
        const QByteArray a = seal(h, payload, key).value();
        const QByteArray b = seal(h, payload, key).value();
        QVERIFY(a != b); // fresh IV each time
        QCOMPARE(open(a, key)->payload, payload);
        QCOMPARE(open(b, key)->payload, payload);
        QCOMPARE(seal(h, payload, key, QByteArray(5, 'x')).error().kind, ErrorKind::WrongLength);
    }
};

QTEST_GUILESS_MAIN(TestSecuredFragment)
#include "tst_securedfragment.moc"
