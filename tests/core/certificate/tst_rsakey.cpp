#include "RsaKey.h"
#include "Vectors.h"

#include <QtCore/QCryptographicHash>
#include <QtTest/QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

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

RsaPrivateKey loadPrivate(const QJsonValue &keyObject)
{
    const Result<RsaPrivateKey> r =
            RsaPrivateKey::fromPkcs8Pem(testing::utf8(keyObject.toObject().value(key("private_key_pem"))));
    if (!r)
        qFatal("vector private key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

RsaPublicKey loadPublic(const QJsonValue &keyObject)
{
    const Result<RsaPublicKey> r = RsaPublicKey::fromDer(testing::b64(keyObject.toObject().value(key("public_key_der_b64"))));
    if (!r)
        qFatal("vector public key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

// Every {private_key_pem, public_key_der_b64} object in the vectors this class uses.
QList<QPair<QString, QJsonObject>> vectorKeys()
{
    QList<QPair<QString, QJsonObject>> keys;
    keys.append({QStringLiteral("groovesign"), testing::loadVector(QStringLiteral("groovesign.json")).value(key("key")).toObject()});
    keys.append({QStringLiteral("rsaes"), testing::loadVector(QStringLiteral("rsaes_pkcs1_v15.json")).value(key("key")).toObject()});
    for (const char *file : {"msg_create_account.json", "msg_create_account_device.json"}) {
        const QJsonObject v = testing::loadVector(QString::fromLatin1(file));
        for (const char *k : {"domain_encryption_key", "account_signature_key", "account_encryption_key"})
            keys.append({QString::fromLatin1(file) + QLatin1Char(':') + QString::fromLatin1(k), v.value(key(k)).toObject()});
    }
    return keys;
}

// Minimal DER builders for hand-made malformed keys.
QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray len;
    for (qsizetype v = n; v > 0; v >>= 8)
        len.prepend(char(v & 0xff));
    return char(0x80 | len.size()) + len;
}
QByteArray derTlv(char tag, const QByteArray &content)
{
    return tag + derLength(content.size()) + content;
}
QByteArray derUnsigned(const QByteArray &magnitude)
{
    QByteArray m = magnitude;
    while (m.size() > 1 && m.at(0) == '\0')
        m.remove(0, 1);
    if (static_cast<unsigned char>(m.at(0)) & 0x80)
        m.prepend('\0');
    return derTlv(0x02, m);
}

QByteArray modulusOf(const QByteArray &rsaPublicKeyDer)
{
    // SEQUENCE(4-byte header) INTEGER(4-byte header) for the vectors' 2048-bit keys.
    const QByteArray content = rsaPublicKeyDer.mid(8, 257);
    return content;
}

QByteArray ecSubjectPublicKeyInfo()
{
    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    unsigned char *out = nullptr;
    const int len = i2d_PUBKEY(ec, &out);
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    EVP_PKEY_free(ec);
    return der;
}

QByteArray pemOf(const char *label, const QByteArray &der)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio(bio, label, "", reinterpret_cast<const unsigned char *>(der.constData()), long(der.size()));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(len));
    BIO_free(bio);
    return pem;
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
    void publicKeyDerRoundTrip_data();
    void publicKeyDerRoundTrip();
    void malformedPublicKey_data();
    void malformedPublicKey();
    void pemRoundTrip_data();
    void pemRoundTrip();
    void malformedPrivateKey_data();
    void malformedPrivateKey();
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
        QTest::addRow("groovesign-%d", i++) << testing::utf8(gsKey.value(key("private_key_pem")))
                                            << testing::b64(gsKey.value(key("public_key_der_b64")))
                                            << testing::hex(c.value(key("data_hex"))) << testing::hex(c.value(key("h1_hex")))
                                            << testing::hex(c.value(key("encoded_message_hex"))) << sig;
    }
    // The CreateAccount signatures are GrooveSign too (WIRE-PROFILE 5.2).
    for (const char *file : {"msg_create_account.json", "msg_create_account_device.json"}) {
        const QJsonObject m = testing::loadVector(QString::fromLatin1(file));
        const QJsonObject k = m.value(key("account_signature_key")).toObject();
        QTest::newRow(file) << testing::utf8(k.value(key("private_key_pem"))) << testing::b64(k.value(key("public_key_der_b64")))
                            << testing::utf8(m.value(key("signed_bytes"))) << testing::hex(m.value(key("h1_hex")))
                            << QByteArray() << testing::b64(m.value(key("signature_b64")));
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
    const QByteArray pub = testing::b64(gs.value(key("key")).toObject().value(key("public_key_der_b64")));
    const QJsonObject c = gs.value(key("cases")).toArray().at(1).toObject();
    const QByteArray data = testing::hex(c.value(key("data_hex")));
    const QByteArray sig = testing::b64(c.value(key("signature_b64")));
    const QByteArray otherPub = testing::b64(testing::loadVector(QStringLiteral("rsaes_pkcs1_v15.json"))
                                                     .value(key("key"))
                                                     .toObject()
                                                     .value(key("public_key_der_b64")));
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
    // The plain SHA-1 reading of "SHA1 of the SHA1": signing SHA1(data) with SHA-1 applied only once.
    QTest::newRow("signature of other data") << pub << QCryptographicHash::hash(data, QCryptographicHash::Sha1) << sig;
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
        QTest::newRow(name.constData()) << testing::utf8(k.value(key("private_key_pem")))
                                        << testing::b64(k.value(key("public_key_der_b64"))) << message << em
                                        << testing::b64(c.value(key("ciphertext_b64")));
    };
    const QJsonObject v = testing::loadVector(QStringLiteral("rsaes_pkcs1_v15.json"));
    const QJsonArray cases = v.value(key("cases")).toArray();
    QVERIFY(!cases.isEmpty());
    for (qsizetype i = 0; i < cases.size(); ++i)
        addCase("rsaes-" + QByteArray::number(i), v.value(key("key")).toObject(), cases.at(i).toObject());
    for (const char *file : {"msg_create_account.json", "msg_create_account_device.json"}) {
        const QJsonObject m = testing::loadVector(QString::fromLatin1(file));
        const QJsonObject csm = m.value(key("csmkey")).toObject();
        QCOMPARE(csm.value(key("message_hex")).toString(), m.value(key("k_acct_hex")).toString());
        addCase(QByteArray(file) + ":csmkey", m.value(key("domain_encryption_key")).toObject(), csm);
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
    const RsaPrivateKey priv = loadPrivate(v.value(key("key")));
    const RsaPublicKey pub = loadPublic(v.value(key("key")));
    const QByteArray ciphertext = testing::b64(v.value(key("cases")).toArray().at(0).toObject().value(key("ciphertext_b64")));
    const QByteArray message = testing::hex(v.value(key("cases")).toArray().at(0).toObject().value(key("message_hex")));

    QCOMPARE(priv.decrypt(ciphertext.left(255)).error().kind, ErrorKind::BadKey);
    QCOMPARE(priv.decrypt(QByteArray(ciphertext + 'x')).error().kind, ErrorKind::BadKey);
    QCOMPARE(priv.decrypt(QByteArray()).error().kind, ErrorKind::BadKey);
    // Another key: an error, or (OpenSSL 3.2+ implicit rejection) bytes that are not the message.
    const RsaPrivateKey other = loadPrivate(testing::loadVector(QStringLiteral("groovesign.json")).value(key("key")));
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

void TestRsaKey::publicKeyDerRoundTrip_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("publicDer");
    const auto keys = vectorKeys();
    for (const auto &[name, k] : keys) {
        QTest::newRow(qPrintable(name)) << testing::utf8(k.value(key("private_key_pem")))
                                        << testing::b64(k.value(key("public_key_der_b64")));
    }
}

void TestRsaKey::publicKeyDerRoundTrip()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, publicDer);

    const Result<RsaPublicKey> pub = RsaPublicKey::fromDer(publicDer);
    QVERIFY2(pub.ok(), why(pub).constData());
    QCOMPARE(pub->toDer().toHex(), publicDer.toHex());
    QCOMPARE(pub->bits(), 2048);
    QVERIFY(pub->toDer().endsWith(QByteArray::fromHex("0203010001")));

    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY(priv.ok());
    const RsaPublicKey derived = priv->publicKey();
    QVERIFY(!derived.isNull());
    QCOMPARE(derived.toDer().toHex(), publicDer.toHex());
    QVERIFY(derived == *pub);

    // SubjectPublicKeyInfo wraps the same RSAPublicKey in a BIT STRING after the algorithm.
    const QByteArray spki = pub->subjectPublicKeyInfoDer();
    QVERIFY(spki.endsWith(publicDer));
    QVERIFY(spki.contains(QByteArray::fromHex("06092a864886f70d010101")));
}

void TestRsaKey::malformedPublicKey_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QString>("detail");

    const QByteArray good = testing::b64(testing::loadVector(QStringLiteral("groovesign.json"))
                                                 .value(key("key"))
                                                 .toObject()
                                                 .value(key("public_key_der_b64")));
    const QByteArray n = modulusOf(good);
    QCOMPARE(n.size(), 257);
    QCOMPARE(derTlv(0x30, derUnsigned(n) + derUnsigned(QByteArray::fromHex("010001"))).toHex(), good.toHex());
    const Result<RsaPublicKey> goodKey = RsaPublicKey::fromDer(good);
    QVERIFY(goodKey.ok());

    QByteArray small = QByteArray::fromHex("c5") + QByteArray(62, '\x5a') + QByteArray::fromHex("a7"); // 512 bits, odd
    QByteArray evenN = n;
    evenN[evenN.size() - 1] = char(evenN.back() & 0xfe);
    const QByteArray nonMinimalLength = QByteArray::fromHex("308300") + good.mid(2); // 82 010a -> 83 00010a

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("garbage") << QByteArray("not a key at all") << QStringLiteral("not a DER RSAPublicKey");
    QTest::newRow("truncated") << good.left(good.size() - 1) << QStringLiteral("not a DER RSAPublicKey: truncated");
    QTest::newRow("half") << good.left(good.size() / 2) << QStringLiteral("not a DER RSAPublicKey: truncated");
    QTest::newRow("header only") << good.left(4) << QStringLiteral("not a DER RSAPublicKey: truncated");
    QTest::newRow("empty sequence") << QByteArray::fromHex("3000") << QStringLiteral("not a DER RSAPublicKey");
    QTest::newRow("indefinite length") << QByteArray(QByteArray::fromHex("3080") + good.mid(4) + QByteArray(2, '\0'))
                                       << QStringLiteral("indefinite length");
    QTest::newRow("trailing byte") << QByteArray(good + '\0') << QStringLiteral("trailing");
    QTest::newRow("trailing sequence") << QByteArray(good + QByteArray::fromHex("3000")) << QStringLiteral("trailing");
    QTest::newRow("SubjectPublicKeyInfo") << goodKey->subjectPublicKeyInfoDer()
                                          << QStringLiteral("SubjectPublicKeyInfo given");
    QTest::newRow("EC SubjectPublicKeyInfo") << ecSubjectPublicKeyInfo() << QStringLiteral("SubjectPublicKeyInfo given");
    QTest::newRow("512-bit key") << derTlv(0x30, derUnsigned(small) + derUnsigned(QByteArray::fromHex("010001")))
                                 << QStringLiteral("too small");
    QTest::newRow("even exponent") << derTlv(0x30, derUnsigned(n) + derUnsigned(QByteArray::fromHex("010000")))
                                   << QStringLiteral("exponent");
    QTest::newRow("exponent 1") << derTlv(0x30, derUnsigned(n) + derUnsigned(QByteArray::fromHex("01")))
                                << QStringLiteral("exponent");
    QTest::newRow("even modulus") << derTlv(0x30, derUnsigned(evenN) + derUnsigned(QByteArray::fromHex("010001")))
                                  << QStringLiteral("modulus");
    QTest::newRow("negative exponent") << derTlv(0x30, derUnsigned(n) + derTlv(0x02, QByteArray::fromHex("fefeff")))
                                       << QStringLiteral("public exponent is negative");
    QTest::newRow("negative modulus") << derTlv(0x30, derTlv(0x02, n.mid(1)) + derUnsigned(QByteArray::fromHex("010001")))
                                      << QStringLiteral("modulus is negative");
    QTest::newRow("leading zero in exponent")
            << derTlv(0x30, derUnsigned(n) + derTlv(0x02, QByteArray::fromHex("00010001")))
            << QStringLiteral("public exponent is not minimally encoded");
    QTest::newRow("non-minimal length") << nonMinimalLength << QStringLiteral("length not minimally encoded");
    QTest::newRow("three integers")
            << derTlv(0x30, derUnsigned(n) + derUnsigned(QByteArray::fromHex("010001")) + derUnsigned(QByteArray::fromHex("03")))
            << QStringLiteral("extra data after the public exponent");
    QTest::newRow("one integer") << derTlv(0x30, derUnsigned(n)) << QStringLiteral("public exponent missing");
    QTest::newRow("exponent 0") << derTlv(0x30, derUnsigned(n) + derTlv(0x02, QByteArray(1, '\0')))
                                << QStringLiteral("exponent is even or 1");
    QTest::newRow("exponent not below modulus") << derTlv(0x30, derUnsigned(n) + derUnsigned(n))
                                                << QStringLiteral("not below the modulus");
    QTest::newRow("20000-bit key") << derTlv(0x30, derUnsigned(QByteArray(2500, '\x7b')) + derUnsigned(QByteArray::fromHex("010001")))
                                   << QStringLiteral("too large");
    QTest::newRow("BIT STRING") << derTlv(0x03, QByteArray(1, '\0') + good) << QStringLiteral("not a SEQUENCE");
    QTest::newRow("octet strings") << derTlv(0x30, derTlv(0x04, n) + derTlv(0x04, QByteArray::fromHex("010001")))
                                   << QStringLiteral("modulus is not an INTEGER");
}

void TestRsaKey::malformedPublicKey()
{
    QFETCH(QByteArray, der);
    QFETCH(QString, detail);

    const Result<RsaPublicKey> r = RsaPublicKey::fromDer(der);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadKey);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestRsaKey::pemRoundTrip_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QByteArray>("publicDer");
    const auto keys = vectorKeys();
    for (const auto &[name, k] : keys) {
        QTest::newRow(qPrintable(name)) << testing::utf8(k.value(key("private_key_pem")))
                                        << testing::b64(k.value(key("public_key_der_b64")));
    }
}

void TestRsaKey::pemRoundTrip()
{
    QFETCH(QByteArray, pem);
    QFETCH(QByteArray, publicDer);

    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY(priv.ok());
    const SecretBytes outPem = priv->toPkcs8Pem();
    QVERIFY(outPem.view().startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QCOMPARE(outPem.view().toByteArray(), pem);

    const SecretBytes der = priv->toPkcs8Der();
    QVERIFY(!der.isEmpty());
    const Result<RsaPrivateKey> fromDer = RsaPrivateKey::fromPkcs8Der(der.view());
    QVERIFY2(fromDer.ok(), why(fromDer).constData());
    QCOMPARE(fromDer->publicKey().toDer().toHex(), publicDer.toHex());
    QCOMPARE(fromDer->toPkcs8Der().view().toByteArray(), der.view().toByteArray());
}

void TestRsaKey::malformedPrivateKey_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isPem");
    QTest::addColumn<QString>("detail");

    const QJsonObject k = testing::loadVector(QStringLiteral("groovesign.json")).value(key("key")).toObject();
    const QByteArray pem = testing::utf8(k.value(key("private_key_pem")));
    const Result<RsaPrivateKey> priv = RsaPrivateKey::fromPkcs8Pem(pem);
    QVERIFY(priv.ok());
    const QByteArray der = priv->toPkcs8Der().view().toByteArray();

    // Encrypted PKCS#8 and traditional PKCS#1 forms of the same key, made with OpenSSL directly.
    BIO *bio = BIO_new(BIO_s_mem());
    char pass[] = "secret";
    PEM_write_bio_PKCS8PrivateKey(bio, priv->handle(), EVP_aes_128_cbc(), pass, 6, nullptr, nullptr);
    char *data = nullptr;
    const long encryptedLen = BIO_get_mem_data(bio, &data);
    const QByteArray encryptedPem(data, qsizetype(encryptedLen));
    BIO_free(bio);
    QVERIFY(encryptedPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const QByteArray encryptedDer = QByteArray::fromBase64(
            encryptedPem.split('\n').mid(1, encryptedPem.count('\n') - 2).join());
    QVERIFY(!encryptedDer.isEmpty());

    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    PKCS8_PRIV_KEY_INFO *ecP8 = EVP_PKEY2PKCS8(ec);
    unsigned char *ecOut = nullptr;
    const int ecLen = i2d_PKCS8_PRIV_KEY_INFO(ecP8, &ecOut);
    const QByteArray ecDer(reinterpret_cast<const char *>(ecOut), ecLen);
    OPENSSL_free(ecOut);
    PKCS8_PRIV_KEY_INFO_free(ecP8);
    EVP_PKEY_free(ec);

    QTest::newRow("empty pem") << QByteArray() << true << QStringLiteral("empty");
    QTest::newRow("empty der") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("garbage pem") << QByteArray("hello") << true << QStringLiteral("not a PEM");
    QTest::newRow("garbage der") << QByteArray("hello") << false << QStringLiteral("PKCS#8");
    QTest::newRow("encrypted pem") << encryptedPem << true << QStringLiteral("encrypted");
    QTest::newRow("encrypted der") << encryptedDer << false << QStringLiteral("PKCS#8");
    QTest::newRow("RSA PRIVATE KEY label") << pemOf("RSA PRIVATE KEY", der) << true << QStringLiteral("label");
    QTest::newRow("PUBLIC KEY label") << pemOf("PUBLIC KEY", der) << true << QStringLiteral("label");
    QTest::newRow("truncated der") << der.left(der.size() - 1) << false << QStringLiteral("PKCS#8");
    QTest::newRow("trailing der") << QByteArray(der + '\0') << false << QStringLiteral("trailing");
    QTest::newRow("EC der") << ecDer << false << QStringLiteral("not an RSA key");
    QTest::newRow("EC pem") << pemOf("PRIVATE KEY", ecDer) << true << QStringLiteral("not an RSA key");
    QTest::newRow("truncated pem") << pem.left(pem.size() / 2) << true << QStringLiteral("not a PEM");
}

void TestRsaKey::malformedPrivateKey()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isPem);
    QFETCH(QString, detail);

    const Result<RsaPrivateKey> r = isPem ? RsaPrivateKey::fromPkcs8Pem(input) : RsaPrivateKey::fromPkcs8Der(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadKey);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
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
