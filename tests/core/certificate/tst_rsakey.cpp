#include "common/Vectors.h"
#include "crypto/RsaKey.h"

#include <QtCore/QCryptographicHash>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::crypto;

namespace {

QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
}

// QVERIFY2 evaluates its message even when the check passes, so it must not touch error() then.
template<typename R>
QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().toLogString().toUtf8();
}

// A {private_key_pem, public_key_der_b64} object from a vector file.
QJsonObject vectorKey(const char *file, const char *field)
{
    return testing::loadVector(QLatin1StringView(file)).value(key(field)).toObject();
}
QByteArray pemOf(const QJsonObject &keyObject)
{
    return testing::utf8(keyObject.value(key("private_key_pem")));
}
QByteArray derOf(const QJsonObject &keyObject)
{
    return testing::b64(keyObject.value(key("public_key_der_b64")));
}

RsaPrivateKey loadPrivate(const QJsonObject &keyObject)
{
    const Result<RsaPrivateKey> r = RsaPrivateKey::fromPkcs8Pem(pemOf(keyObject));
    if (!r)
        qFatal("vector private key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

} // namespace

class TestRsaKey : public QObject
{
    Q_OBJECT

private slots:
    void grooveSignVectors_data();
    void grooveSignVectors();
    void grooveSignRejects_data();
    void grooveSignRejects();
    void rsaesVectors_data();
    void rsaesVectors();
    void rsaesRejects();
    void keyRoundTrips_data();
    void keyRoundTrips();
    void generate();
    void nullKeys();
};

void TestRsaKey::grooveSignVectors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("publicDer");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("h1");
    QTest::addColumn<QByteArray>("encodedMessage"); // empty when the vector has none
    QTest::addColumn<QByteArray>("signature");

    const QJsonObject gs = testing::loadVector(QStringLiteral("groovesign.json"));
    const QJsonObject gsKey = gs.value(key("key")).toObject();
    const QJsonArray cases = gs.value(key("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    int i = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QByteArray sig = testing::b64(c.value(key("signature_b64")));
        QCOMPARE(sig.toHex(), c.value(key("signature_hex")).toString().toLatin1());
        QTest::addRow("groovesign-%d", i++)
                << testing::utf8(gsKey.value(key("private_key_pem")))
                << testing::b64(gsKey.value(key("public_key_der_b64")))
                << testing::hex(c.value(key("data_hex"))) << testing::hex(c.value(key("h1_hex")))
                << testing::hex(c.value(key("encoded_message_hex"))) << sig;
    }
    // The CreateAccount signatures are GrooveSign too (WIRE-PROFILE 5.2).
    for (const char *file : { "msg_create_account.json", "msg_create_account_device.json" }) {
        const QJsonObject m = testing::loadVector(QString::fromLatin1(file));
        const QJsonObject k = m.value(key("account_signature_key")).toObject();
        QTest::newRow(file) << testing::utf8(k.value(key("private_key_pem")))
                            << testing::b64(k.value(key("public_key_der_b64")))
                            << testing::utf8(m.value(key("signed_bytes")))
                            << testing::hex(m.value(key("h1_hex"))) << QByteArray()
                            << testing::b64(m.value(key("signature_b64")));
    }
}

void TestRsaKey::grooveSignVectors()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, publicDer);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, h1);
    QFETCH(QByteArray, encodedMessage);
    QFETCH(QByteArray, signature);

    QCOMPARE(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex(), h1.toHex());
    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY2(priv.ok(), why(priv).constData());
    const Result<RsaPublicKey> pub = RsaPublicKey::fromDer(publicDer);
    QVERIFY2(pub.ok(), why(pub).constData());

    const Result<QByteArray> sig = priv->grooveSign(data);
    QVERIFY2(sig.ok(), why(sig).constData());
    QCOMPARE(sig->toHex(), signature.toHex());

    const Status verified = pub->verifyGrooveSign(data, signature);
    QVERIFY2(verified.ok(), why(verified).constData());
    QVERIFY(priv->publicKey().verifyGrooveSign(data, signature).ok());

    // The public operation undoes the signature: it must give the vector's EMSA-PKCS1-v1_5 block.
    if (!encodedMessage.isEmpty()) {
        const Result<QByteArray> em = pub->encryptRawForTest(signature);
        QVERIFY(em.ok());
        QCOMPARE(em->toHex(), encodedMessage.toHex());
    }
}

void TestRsaKey::grooveSignRejects_data()
{
    QTest::addColumn<QByteArray>("publicDer");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("signature");

    const QJsonObject gs = testing::loadVector(QStringLiteral("groovesign.json"));
    const QByteArray pub =
            testing::b64(gs.value(key("key")).toObject().value(key("public_key_der_b64")));
    const QJsonObject c = gs.value(key("cases")).toArray().at(1).toObject();
    const QByteArray data = testing::hex(c.value(key("data_hex")));
    const QByteArray sig = testing::b64(c.value(key("signature_b64")));
    const QByteArray otherPub = derOf(vectorKey("rsaes_pkcs1_v15.json", "key"));
    QVERIFY(!data.isEmpty());

    auto flipped = [](QByteArray b, qsizetype i) {
        b[i] = char(b.at(i) ^ 0x01);
        return b;
    };
    QTest::newRow("first signature byte") << pub << data << flipped(sig, 0);
    QTest::newRow("middle signature byte") << pub << data << flipped(sig, sig.size() / 2);
    QTest::newRow("last signature byte") << pub << data << flipped(sig, sig.size() - 1);
    QTest::newRow("flipped data") << pub << flipped(data, 0) << sig;
    QTest::newRow("extra data") << pub << QByteArray(data + 'x') << sig;
    QTest::newRow("empty data") << pub << QByteArray() << sig;
    QTest::newRow("wrong key") << otherPub << data << sig;
    QTest::newRow("empty signature") << pub << data << QByteArray();
    QTest::newRow("short signature") << pub << data << sig.left(sig.size() - 1);
    QTest::newRow("long signature") << pub << data << QByteArray(QByteArray(1, '\0') + sig);
    QTest::newRow("zero signature") << pub << data << QByteArray(sig.size(), '\0');
    QTest::newRow("all-ones signature") << pub << data << QByteArray(sig.size(), '\xff');
    // The reading with SHA-1 applied only once would sign SHA1(data) as the plain message.
    QTest::newRow("signature of other data")
            << pub << QCryptographicHash::hash(data, QCryptographicHash::Sha1) << sig;
}

void TestRsaKey::grooveSignRejects()
{
    QFETCH(QByteArray, publicDer);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, signature);

    const Result<RsaPublicKey> pub = RsaPublicKey::fromDer(publicDer);
    QVERIFY(pub.ok());
    const Status s = pub->verifyGrooveSign(data, signature);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadSignature);
}

void TestRsaKey::rsaesVectors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("publicDer");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("encodedMessage");
    QTest::addColumn<QByteArray>("ciphertext");

    auto addCase = [](const QByteArray &name, const QJsonObject &k, const QJsonObject &c) {
        const QByteArray message = testing::hex(c.value(key("message_hex")));
        const QByteArray em = testing::hex(c.value(key("encoded_message_hex")));
        const QByteArray ps = testing::hex(c.value(key("padding_string_hex")));
        // Sanity of the vector itself: EM = 00 02 PS 00 M.
        QCOMPARE(em.toHex(), QByteArray(QByteArray::fromHex("0002") + ps + '\0' + message).toHex());
        QTest::newRow(name.constData())
                << testing::utf8(k.value(key("private_key_pem")))
                << testing::b64(k.value(key("public_key_der_b64"))) << message << em
                << testing::b64(c.value(key("ciphertext_b64")));
    };
    const QJsonObject v = testing::loadVector(QStringLiteral("rsaes_pkcs1_v15.json"));
    const QJsonArray cases = v.value(key("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    for (qsizetype i = 0; i < cases.size(); ++i)
        addCase("rsaes-" + QByteArray::number(i), v.value(key("key")).toObject(),
                cases.at(i).toObject());
    for (const char *file : { "msg_create_account.json", "msg_create_account_device.json" }) {
        const QJsonObject m = testing::loadVector(QString::fromLatin1(file));
        const QJsonObject csm = m.value(key("csmkey")).toObject();
        QCOMPARE(csm.value(key("message_hex")).toString(), m.value(key("k_acct_hex")).toString());
        addCase(QByteArray(file) + ":csmkey", m.value(key("domain_encryption_key")).toObject(),
                csm);
    }
}

void TestRsaKey::rsaesVectors()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, publicDer);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, encodedMessage);
    QFETCH(QByteArray, ciphertext);

    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY(priv.ok());
    const Result<RsaPublicKey> pub = RsaPublicKey::fromDer(publicDer);
    QVERIFY(pub.ok());

    const Result<SecretBytes> plain = priv->decrypt(ciphertext);
    QVERIFY2(plain.ok(), why(plain).constData());
    QCOMPARE(plain->view().toByteArray().toHex(), message.toHex());

    const Result<QByteArray> raw = pub->encryptRawForTest(encodedMessage);
    QVERIFY2(raw.ok(), why(raw).constData());
    QCOMPARE(raw->toHex(), ciphertext.toHex());

    const Result<QByteArray> c1 = pub->encrypt(message);
    const Result<QByteArray> c2 = pub->encrypt(message);
    QVERIFY(c1.ok() && c2.ok());
    QCOMPARE(c1->size(), ciphertext.size());
    QVERIFY(*c1 != *c2); // fresh padding each time
    const Result<SecretBytes> back = priv->decrypt(*c1);
    QVERIFY(back.ok());
    QVERIFY(back->equals(message));
}

void TestRsaKey::rsaesRejects()
{
    const QJsonObject v = testing::loadVector(QStringLiteral("rsaes_pkcs1_v15.json"));
    const RsaPrivateKey priv = loadPrivate(v.value(key("key")).toObject());
    const RsaPublicKey pub = priv.publicKey();
    const QByteArray ciphertext = testing::b64(
            v.value(key("cases")).toArray().at(0).toObject().value(key("ciphertext_b64")));
    const QByteArray message = testing::hex(
            v.value(key("cases")).toArray().at(0).toObject().value(key("message_hex")));

    QCOMPARE(priv.decrypt(ciphertext.left(255)).error().kind, ErrorKind::BadKey);
    QCOMPARE(priv.decrypt(QByteArray(ciphertext + 'x')).error().kind, ErrorKind::BadKey);
    QCOMPARE(priv.decrypt(QByteArray()).error().kind, ErrorKind::BadKey);
    // Another key: an error, or (OpenSSL 3.2+ implicit rejection) bytes that are not the message.
    const RsaPrivateKey other = loadPrivate(vectorKey("groovesign.json", "key"));
    const Result<SecretBytes> wrong = other.decrypt(ciphertext);
    QVERIFY(!wrong.ok() || !wrong->equals(message));
    if (!wrong.ok())
        QCOMPARE(wrong.error().kind, ErrorKind::BadKey);

    QCOMPARE(pub.encrypt(QByteArray(256 - 11, 'a'))->size(), 256);
    QCOMPARE(pub.encrypt(QByteArray(256 - 10, 'a')).error().kind, ErrorKind::InvalidValue);
    QVERIFY(pub.encrypt(QByteArray()).ok());
    QCOMPARE(pub.encryptRawForTest(QByteArray(255, '\0')).error().kind, ErrorKind::WrongLength);
    QVERIFY(!pub.encryptRawForTest(QByteArray(256, '\xff')).ok()); // not below the modulus
}

void TestRsaKey::keyRoundTrips_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("publicDer");
    QTest::newRow("groovesign") << pemOf(vectorKey("groovesign.json", "key"))
                                << derOf(vectorKey("groovesign.json", "key"));
    QTest::newRow("rsaes") << pemOf(vectorKey("rsaes_pkcs1_v15.json", "key"))
                           << derOf(vectorKey("rsaes_pkcs1_v15.json", "key"));
    for (const char *file : { "msg_create_account.json", "msg_create_account_device.json" }) {
        for (const char *k :
             { "domain_encryption_key", "account_signature_key", "account_encryption_key" })
            QTest::addRow("%s:%s", file, k)
                    << pemOf(vectorKey(file, k)) << derOf(vectorKey(file, k));
    }
}

void TestRsaKey::keyRoundTrips()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, publicDer);

    const Result<RsaPublicKey> pub = RsaPublicKey::fromDer(publicDer);
    QVERIFY2(pub.ok(), why(pub).constData());
    QCOMPARE(pub->toDer().toHex(), publicDer.toHex());
    QCOMPARE(pub->bits(), 2048);
    QVERIFY(pub->toDer().endsWith(QByteArray::fromHex("0203010001")));
    // SubjectPublicKeyInfo wraps the same RSAPublicKey in a BIT STRING after the algorithm.
    const QByteArray spki = pub->subjectPublicKeyInfoDer();
    QVERIFY(spki.endsWith(publicDer));
    QVERIFY(spki.contains(QByteArray::fromHex("06092a864886f70d010101")));

    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY2(priv.ok(), why(priv).constData());
    QCOMPARE(priv->publicKey().toDer().toHex(), publicDer.toHex());
    QVERIFY(priv->publicKey() == *pub);
    QCOMPARE(priv->toPkcs8Pem().view().toByteArray(), pem);

    const SecretBytes der = priv->toPkcs8Der();
    QVERIFY(!der.isEmpty());
    const Result<RsaPrivateKey> fromDer = RsaPrivateKey::fromPkcs8Der(der.view());
    QVERIFY2(fromDer.ok(), why(fromDer).constData());
    QVERIFY(fromDer->publicKey() == *pub);
    QCOMPARE(fromDer->toPkcs8Der().view().toByteArray(), der.view().toByteArray());
}

void TestRsaKey::generate()
{
    const Result<RsaPrivateKey> priv = RsaPrivateKey::generate(2048);
    QVERIFY2(priv.ok(), why(priv).constData());
    const RsaPublicKey pub = priv->publicKey();
    QCOMPARE(pub.bits(), 2048);
    QVERIFY(pub.toDer().endsWith(QByteArray::fromHex("0203010001"))); // e = 65537

    const QByteArray data("Activation Key: test");
    const Result<QByteArray> sig = priv->grooveSign(data);
    QVERIFY(sig.ok());
    QCOMPARE(sig->size(), 256);
    QVERIFY(pub.verifyGrooveSign(data, *sig).ok());

    const Result<RsaPublicKey> reparsed = RsaPublicKey::fromDer(pub.toDer());
    QVERIFY(reparsed.ok());
    QVERIFY(*reparsed == pub);
    const Result<RsaPrivateKey> back = RsaPrivateKey::fromPkcs8Pem(priv->toPkcs8Pem().view());
    QVERIFY(back.ok());
    QVERIFY(back->publicKey() == pub);

    QCOMPARE(RsaPrivateKey::generate(512).error().kind, ErrorKind::InvalidValue);
}

void TestRsaKey::nullKeys()
{
    const RsaPublicKey pub;
    const RsaPrivateKey priv;
    QVERIFY(pub.isNull() && priv.isNull());
    QVERIFY(pub.toDer().isEmpty());
    QVERIFY(pub.subjectPublicKeyInfoDer().isEmpty());
    QCOMPARE(pub.bits(), 0);
    QCOMPARE(pub.encrypt("x").error().kind, ErrorKind::BadKey);
    QCOMPARE(pub.encryptRawForTest("x").error().kind, ErrorKind::BadKey);
    QCOMPARE(pub.verifyGrooveSign("x", "y").error().kind, ErrorKind::BadKey);
    QVERIFY(priv.toPkcs8Der().isEmpty());
    QVERIFY(priv.toPkcs8Pem().isEmpty());
    QVERIFY(priv.publicKey().isNull());
    QCOMPARE(priv.grooveSign("x").error().kind, ErrorKind::BadKey);
    QCOMPARE(priv.decrypt("x").error().kind, ErrorKind::BadKey);
}

QTEST_GUILESS_MAIN(TestRsaKey)
#include "tst_rsakey.moc"
