// Malformed RSA key input: every case is a BadKey error with a specific detail, never a crash.
#include "common/Vectors.h"
#include "crypto/RsaKey.h"

#include <QtTest/QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace groove;
using namespace groove::crypto;

namespace {

QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
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

QByteArray rsaPublicKeyDer(const QByteArray &n, const QByteArray &e)
{
    return derTlv(0x30, derUnsigned(n) + derUnsigned(e));
}

// PEM text written by OpenSSL into a memory BIO, and the DER inside a one-block PEM text.
template<typename Write>
QByteArray writtenPem(Write write)
{
    BIO *bio = BIO_new(BIO_s_mem());
    write(bio);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(len));
    BIO_free(bio);
    return pem;
}
QByteArray pemBody(const QByteArray &pem)
{
    const QList<QByteArray> lines = pem.trimmed().split('\n');
    return QByteArray::fromBase64(lines.mid(1, lines.size() - 2).join());
}
QByteArray pemOf(const char *label, const QByteArray &der)
{
    return writtenPem([&](BIO *b) {
        PEM_write_bio(b, label, "", reinterpret_cast<const unsigned char *>(der.constData()),
                      long(der.size()));
    });
}
EVP_PKEY *ecKey() // one per test run, never freed
{
    static EVP_PKEY *const key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    return key;
}

} // namespace

class TestRsaKeyRejects : public QObject
{
    Q_OBJECT

private slots:
    void malformedPublicKey_data();
    void malformedPublicKey();
    void malformedPrivateKey_data();
    void malformedPrivateKey();
};

void TestRsaKeyRejects::malformedPublicKey_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QString>("detail");
    const auto row = [](const char *name, const QByteArray &der, const char *detail) {
        QTest::newRow(name) << der << QString::fromLatin1(detail);
    };
    const auto hex = [](const char *h) { return QByteArray::fromHex(h); };

    const QByteArray good = derOf(vectorKey("groovesign.json", "key"));
    const QByteArray n = good.mid(8, 257); // after the SEQUENCE and INTEGER headers
    const QByteArray f4 = hex("010001");
    QCOMPARE(rsaPublicKeyDer(n, f4).toHex(), good.toHex());
    const Result<RsaPublicKey> goodKey = RsaPublicKey::fromDer(good);
    QVERIFY(goodKey.ok());
    const QByteArray small = QByteArray(hex("c5") + QByteArray(62, '\x5a') + hex("a7")); // 512 bits
    QByteArray evenN = n;
    evenN[evenN.size() - 1] = char(evenN.back() & 0xfe);

    row("empty", QByteArray(), "empty");
    row("garbage", "not a key at all", "not a DER RSAPublicKey");
    row("truncated", good.left(good.size() - 1), "not a DER RSAPublicKey: truncated");
    row("half", good.left(good.size() / 2), "not a DER RSAPublicKey: truncated");
    row("header only", good.left(4), "not a DER RSAPublicKey: truncated");
    row("empty sequence", hex("3000"), "not a DER RSAPublicKey");
    row("indefinite length", hex("3080") + good.mid(4) + QByteArray(2, '\0'), "indefinite");
    row("non-minimal length", hex("308300") + good.mid(2), "length not minimally encoded");
    row("trailing byte", good + '\0', "trailing");
    row("trailing sequence", good + hex("3000"), "trailing");
    row("SubjectPublicKeyInfo", goodKey->subjectPublicKeyInfoDer(), "SubjectPublicKeyInfo given");
    row("EC SubjectPublicKeyInfo",
        pemBody(writtenPem([](BIO *b) { PEM_write_bio_PUBKEY(b, ecKey()); })),
        "SubjectPublicKeyInfo given");
    row("BIT STRING", derTlv(0x03, '\0' + good), "not a SEQUENCE");
    row("octet strings", derTlv(0x30, derTlv(0x04, n) + derTlv(0x04, f4)),
        "modulus is not an INTEGER");
    row("one integer", derTlv(0x30, derUnsigned(n)), "public exponent missing");
    row("three integers", derTlv(0x30, derUnsigned(n) + derUnsigned(f4) + derUnsigned(hex("03"))),
        "extra data after the public exponent");
    row("negative modulus", derTlv(0x30, derTlv(0x02, n.mid(1)) + derUnsigned(f4)),
        "modulus is negative");
    row("negative exponent", derTlv(0x30, derUnsigned(n) + derTlv(0x02, hex("fefeff"))),
        "public exponent is negative");
    row("leading zero in exponent", derTlv(0x30, derUnsigned(n) + derTlv(0x02, hex("00010001"))),
        "public exponent is not minimally encoded");
    row("512-bit key", rsaPublicKeyDer(small, f4), "too small");
    row("20000-bit key", rsaPublicKeyDer(QByteArray(2500, '\x7b'), f4), "too large");
    row("even modulus", rsaPublicKeyDer(evenN, f4), "modulus");
    row("even exponent", rsaPublicKeyDer(n, hex("010000")), "exponent is even or 1");
    row("exponent 1", rsaPublicKeyDer(n, hex("01")), "exponent is even or 1");
    row("exponent 0", derTlv(0x30, derUnsigned(n) + derTlv(0x02, QByteArray(1, '\0'))),
        "exponent is even or 1");
    row("exponent not below modulus", rsaPublicKeyDer(n, n), "not below the modulus");
}

void TestRsaKeyRejects::malformedPublicKey()
{
    QFETCH(QByteArray, der);
    QFETCH(QString, detail);

    const Result<RsaPublicKey> r = RsaPublicKey::fromDer(der);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadKey);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestRsaKeyRejects::malformedPrivateKey_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isPem");
    QTest::addColumn<QString>("detail");

    const QByteArray pem = pemOf(vectorKey("groovesign.json", "key"));
    const RsaPrivateKey priv = loadPrivate(vectorKey("groovesign.json", "key"));
    const QByteArray der = priv.toPkcs8Der().view().toByteArray();

    // Encrypted PKCS#8 of the same key and an EC key, made with OpenSSL directly.
    const QByteArray encryptedPem = writtenPem([&](BIO *b) {
        char pass[] = "secret";
        PEM_write_bio_PKCS8PrivateKey(b, priv.handle(), EVP_aes_128_cbc(), pass, 6, nullptr,
                                      nullptr);
    });
    QVERIFY(encryptedPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    const QByteArray encryptedDer = pemBody(encryptedPem);
    const QByteArray ecDer = pemBody(writtenPem([](BIO *b) {
        PEM_write_bio_PrivateKey(b, ecKey(), nullptr, nullptr, 0, nullptr, nullptr);
    }));
    QVERIFY(!encryptedDer.isEmpty() && !ecDer.isEmpty());

    const auto row = [](const char *name, const QByteArray &input, bool isPem, const char *detail) {
        QTest::newRow(name) << input << isPem << QString::fromLatin1(detail);
    };
    row("empty pem", QByteArray(), true, "not a PEM");
    row("empty der", QByteArray(), false, "PKCS#8");
    row("garbage pem", "hello", true, "not a PEM");
    row("garbage der", "hello", false, "PKCS#8");
    row("truncated pem", pem.left(pem.size() / 2), true, "not a PEM");
    row("truncated der", der.left(der.size() - 1), false, "PKCS#8");
    row("trailing der", der + '\0', false, "trailing");
    row("encrypted pem", encryptedPem, true, "encrypted");
    row("encrypted der", encryptedDer, false, "PKCS#8");
    row("RSA PRIVATE KEY label", pemOf("RSA PRIVATE KEY", der), true, "label");
    row("PUBLIC KEY label", pemOf("PUBLIC KEY", der), true, "label");
    row("EC der", ecDer, false, "not an RSA key");
    row("EC pem", pemOf("PRIVATE KEY", ecDer), true, "not an RSA key");
}

void TestRsaKeyRejects::malformedPrivateKey()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isPem);
    QFETCH(QString, detail);

    const Result<RsaPrivateKey> r =
            isPem ? RsaPrivateKey::fromPkcs8Pem(input) : RsaPrivateKey::fromPkcs8Der(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadKey);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

QTEST_GUILESS_MAIN(TestRsaKeyRejects)
#include "tst_rsakeyrejects.moc"
