// Malformed domain certificates: every case is a BadCertificate error with a specific detail.
#include "common/Vectors.h"
#include "crypto/DomainCertificate.h"

#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace groove;
using namespace groove::crypto;

namespace {

QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
}

RsaPrivateKey privateKeyOf(const QJsonObject &keyObject)
{
    const Result<RsaPrivateKey> r =
            RsaPrivateKey::fromPkcs8Pem(testing::utf8(keyObject.value(key("private_key_pem"))));
    if (!r)
        qFatal("vector key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

// A generated key as our type, through its PKCS#8 PEM form.
RsaPrivateKey privateKeyOf(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    const Result<RsaPrivateKey> r = RsaPrivateKey::fromPkcs8Pem(QByteArrayView(data, len));
    BIO_free(bio);
    if (!r)
        qFatal("generated key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

const QByteArray utf16Rsa = QByteArray::fromHex("520053004100");

// Builds certificates with OpenSSL directly, so that each rule of the parser can be broken alone.
struct Crafted
{
    struct Ext
    {
        const char *oid;
        bool critical;
        QByteArray value;
    };
    int version = X509_VERSION_3;
    const EVP_MD *md = EVP_sha1();
    EVP_PKEY *subjectKey = nullptr;
    EVP_PKEY *signer = nullptr;
    QList<Ext> extensions;
    QList<QPair<int, QByteArray>> subject; // (NID, UTF-8) in order
    bool issuerDiffers = false;
    QByteArray serialHex = "09fde355d10912a0388b98221b8a4a979577e2";
    bool negativeSerial = false;
    const char *notBefore = "240102115800Z";
    const char *notAfter = "21240102115800Z";
};

class Fixture
{
public:
    Fixture()
        : vector(testing::loadVector(QStringLiteral("domain_certificate.json"))),
          signing(privateKeyOf(vector.value(key("signing_key")).toObject())),
          encryption(privateKeyOf(vector.value(key("encryption_key")).toObject())),
          encryptionDer(testing::b64(vector.value(key("encryption_public_key_der_b64"))))
    {
    }

    Crafted base() const
    {
        Crafted c;
        c.subjectKey = signing.handle();
        c.signer = signing.handle();
        c.extensions = { { EncryptionKeyOid, false, encryptionDer },
                         { SigningAlgoOid, false, utf16Rsa },
                         { EncryptionAlgoOid, false, utf16Rsa } };
        c.subject = { { NID_organizationName, "fabrikam" },
                      { NID_organizationalUnitName, "fabrikam" } };
        return c;
    }

    static QByteArray craft(const Crafted &c)
    {
        X509 *x = X509_new();
        X509_set_version(x, c.version);
        BIGNUM *bn = nullptr;
        BN_hex2bn(&bn, c.serialHex.constData());
        BN_set_negative(bn, c.negativeSerial ? 1 : 0);
        BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x));
        BN_free(bn);
        X509_NAME *name = X509_NAME_new();
        for (const auto &[nid, value] : c.subject)
            X509_NAME_add_entry_by_NID(name, nid, V_ASN1_UTF8STRING,
                                       reinterpret_cast<const unsigned char *>(value.constData()),
                                       int(value.size()), -1, 0);
        X509_set_subject_name(x, name);
        if (c.issuerDiffers) {
            X509_NAME *issuer = X509_NAME_new();
            X509_NAME_add_entry_by_NID(issuer, NID_organizationName, V_ASN1_UTF8STRING,
                                       reinterpret_cast<const unsigned char *>("other"), 5, -1, 0);
            X509_set_issuer_name(x, issuer);
            X509_NAME_free(issuer);
        } else {
            X509_set_issuer_name(x, name);
        }
        X509_NAME_free(name);
        ASN1_TIME_set_string(X509_getm_notBefore(x), c.notBefore);
        ASN1_TIME_set_string(X509_getm_notAfter(x), c.notAfter);
        X509_set_pubkey(x, c.subjectKey);
        for (const Crafted::Ext &e : c.extensions) {
            ASN1_OBJECT *obj = OBJ_txt2obj(e.oid, 1);
            ASN1_OCTET_STRING *os = ASN1_OCTET_STRING_new();
            ASN1_OCTET_STRING_set(os, reinterpret_cast<const unsigned char *>(e.value.constData()),
                                  int(e.value.size()));
            X509_EXTENSION *ext =
                    X509_EXTENSION_create_by_OBJ(nullptr, obj, e.critical ? 1 : 0, os);
            X509_add_ext(x, ext, -1);
            X509_EXTENSION_free(ext);
            ASN1_OCTET_STRING_free(os);
            ASN1_OBJECT_free(obj);
        }
        X509_sign(x, c.signer, c.md);
        unsigned char *out = nullptr;
        const int len = i2d_X509(x, &out);
        QByteArray der(reinterpret_cast<const char *>(out), len);
        OPENSSL_free(out);
        X509_free(x);
        return der;
    }

    QJsonObject vector;
    RsaPrivateKey signing;
    RsaPrivateKey encryption;
    QByteArray encryptionDer;
};

} // namespace

class TestDomainCertificateRejects : public QObject
{
    Q_OBJECT

private slots:
    void craftedBaselineIsVector();
    void malformed_data();
    void malformed();
    void keySizes_data();
    void keySizes();
    void everyTruncationRejected();
    void everyByteMutationRejected();
};

void TestDomainCertificateRejects::craftedBaselineIsVector()
{
    const Fixture f;
    QCOMPARE(Fixture::craft(f.base()).toBase64(),
             f.vector.value(key("certificate_der_b64")).toString().toLatin1());
}

void TestDomainCertificateRejects::malformed_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QString>("detail");

    const Fixture f;
    const QByteArray vectorDer = testing::b64(f.vector.value(key("certificate_der_b64")));
    const QByteArray otherDer =
            testing::b64(f.vector.value(key("device_domain_certificate_der_b64")));

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("-----BEGIN CERTIFICATE-----")
                          << QStringLiteral("not a DER SEQUENCE");
    QTest::newRow("single byte") << QByteArray("\x30", 1) << QStringLiteral("truncated");
    QTest::newRow("sequence of garbage")
            << QByteArray::fromHex("3003010203") << QStringLiteral("not a DER X.509");
    QTest::newRow("empty sequence")
            << QByteArray::fromHex("3000") << QStringLiteral("not a DER X.509");
    QTest::newRow("indefinite length")
            << QByteArray(QByteArray::fromHex("3080") + vectorDer.mid(4) + QByteArray(2, '\0'))
            << QStringLiteral("indefinite");
    QTest::newRow("non-minimal length")
            << QByteArray(QByteArray::fromHex("308300") + vectorDer.mid(2))
            << QStringLiteral("minimally");
    QTest::newRow("truncated by one")
            << vectorDer.left(vectorDer.size() - 1) << QStringLiteral("truncated");
    QTest::newRow("truncated to 100") << vectorDer.left(100) << QStringLiteral("truncated");
    QTest::newRow("trailing byte") << QByteArray(vectorDer + '\0') << QStringLiteral("trailing");
    QTest::newRow("two certificates")
            << QByteArray(vectorDer + otherDer) << QStringLiteral("trailing");
    QTest::newRow("public key instead") << f.encryptionDer << QStringLiteral("not a DER X.509");

    QByteArray flippedSig = vectorDer;
    flippedSig[flippedSig.size() - 1] = char(flippedSig.back() ^ 0x01);
    QTest::newRow("flipped signature")
            << flippedSig << QStringLiteral("self-signature does not verify");
    QByteArray swappedKey = vectorDer; // a byte of the subject modulus
    swappedKey[200] = char(swappedKey.at(200) ^ 0x10);
    QTest::newRow("altered subject key")
            << swappedKey << QStringLiteral("self-signature does not verify");
    const QByteArray sha1Rsa = QByteArray::fromHex("06092a864886f70d010105");
    QByteArray innerSha256 = vectorDer; // first occurrence = TBSCertificate.signature
    innerSha256[innerSha256.indexOf(sha1Rsa) + sha1Rsa.size() - 1] = char(0x0b);
    QTest::newRow("inner algorithm differs") << innerSha256 << QStringLiteral("differs between");

    Crafted c = f.base();
    c.extensions.removeFirst();
    QTest::newRow("missing encryption extension")
            << Fixture::craft(c) << QStringLiteral("missing encryption key extension");
    c = f.base();
    c.extensions.clear();
    QTest::newRow("no extensions")
            << Fixture::craft(c) << QStringLiteral("missing encryption key extension");
    c = f.base();
    c.extensions.append(c.extensions.first());
    QTest::newRow("duplicate encryption extension")
            << Fixture::craft(c) << QStringLiteral("duplicate encryption key extension");
    c = f.base();
    c.extensions.append(c.extensions.at(1));
    QTest::newRow("duplicate other extension")
            << Fixture::craft(c) << QStringLiteral("duplicate extension 2.16.840.1.114227.1.1.2");
    c = f.base();
    c.extensions[0].critical = true;
    QTest::newRow("critical encryption extension")
            << Fixture::craft(c) << QStringLiteral("encryption key extension is critical");
    c = f.base();
    c.extensions[2].critical = true;
    QTest::newRow("critical other extension")
            << Fixture::craft(c)
            << QStringLiteral("unsupported critical extension 2.16.840.1.114227.1.1.3");
    c = f.base();
    c.extensions.append({ "2.5.29.19", true, QByteArray::fromHex("3000") }); // basicConstraints
    QTest::newRow("critical basicConstraints")
            << Fixture::craft(c) << QStringLiteral("unsupported critical extension 2.5.29.19");
    c = f.base();
    c.extensions[0].value = utf16Rsa;
    QTest::newRow("extension holds text")
            << Fixture::craft(c) << QStringLiteral("not a usable RSAPublicKey");
    c = f.base();
    c.extensions[0].value = f.encryption.publicKey().subjectPublicKeyInfoDer();
    QTest::newRow("extension holds SPKI")
            << Fixture::craft(c) << QStringLiteral("not a usable RSAPublicKey");
    c = f.base();
    c.extensions[0].value.clear();
    QTest::newRow("extension empty")
            << Fixture::craft(c) << QStringLiteral("not a usable RSAPublicKey");
    c = f.base();
    c.extensions[0].value = QByteArray(f.encryptionDer + '\0');
    QTest::newRow("extension trailing byte")
            << Fixture::craft(c) << QStringLiteral("not a usable RSAPublicKey");
    c = f.base();
    c.signer = f.encryption.handle();
    QTest::newRow("signed by another key")
            << Fixture::craft(c) << QStringLiteral("self-signature does not verify");
    c = f.base();
    c.md = EVP_sha256();
    QTest::newRow("sha256WithRSA")
            << Fixture::craft(c) << QStringLiteral("not sha1WithRSAEncryption");
    c = f.base();
    c.version = X509_VERSION_1;
    QTest::newRow("version 1") << Fixture::craft(c) << QStringLiteral("v3");
    c = f.base();
    c.version = X509_VERSION_2;
    QTest::newRow("version 2") << Fixture::craft(c) << QStringLiteral("v3");
    c = f.base();
    c.issuerDiffers = true;
    QTest::newRow("issuer differs") << Fixture::craft(c) << QStringLiteral("not self-signed");
    c = f.base();
    c.subject = { { NID_organizationalUnitName, "fabrikam" } };
    QTest::newRow("no organization") << Fixture::craft(c) << QStringLiteral("no organization");
    c = f.base();
    c.subject.append({ NID_organizationName, "second" });
    QTest::newRow("two organizations")
            << Fixture::craft(c) << QStringLiteral("more than one organization");
    c = f.base();
    c.negativeSerial = true;
    QTest::newRow("negative serial") << Fixture::craft(c) << QStringLiteral("negative serial");
    c = f.base();
    c.notAfter = "231231000000Z";
    QTest::newRow("validity reversed")
            << Fixture::craft(c) << QStringLiteral("ends before it begins");
    c = f.base();
    c.notBefore = "2401021158Z"; // UTCTime without seconds: valid ASN.1, not RFC 5280
    QTest::newRow("time without seconds")
            << Fixture::craft(c) << QStringLiteral("invalid validity time");
    c = f.base();
    c.notAfter = "21240102125800+0100"; // GeneralizedTime with an offset
    QTest::newRow("time with offset")
            << Fixture::craft(c) << QStringLiteral("invalid validity time");

    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    c = f.base();
    c.subjectKey = ec;
    QTest::newRow("EC subject key")
            << Fixture::craft(c) << QStringLiteral("subject public key is not RSA");
    c.signer = ec;
    QTest::newRow("EC self-signed")
            << Fixture::craft(c) << QStringLiteral("not sha1WithRSAEncryption");
    EVP_PKEY_free(ec);
    EVP_PKEY *small = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(768));
    c = f.base();
    c.subjectKey = small;
    c.signer = small;
    QTest::newRow("768-bit signing key")
            << Fixture::craft(c) << QStringLiteral("subject public key: RSA key too small");
    EVP_PKEY_free(small);

    // Keys the RSA layer accepts (1024 bits and up) but a domain certificate must not carry.
    for (const int bits : { 1024, 2047 }) {
        EVP_PKEY *weak = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
        c = f.base();
        c.subjectKey = weak;
        c.signer = weak;
        QTest::addRow("%d-bit signing key", bits)
                << Fixture::craft(c)
                << QStringLiteral("subject public key: RSA key of %1 bits, at least 2048")
                           .arg(bits);
        c = f.base();
        c.extensions[0].value = RsaPublicKey::fromHandle(PkeyPtr(weak, PkeyDeleter())).toDer();
        QTest::addRow("%d-bit encryption key", bits)
                << Fixture::craft(c)
                << QStringLiteral("encryption key extension: RSA key of %1 bits, at least 2048")
                           .arg(bits);
    }
}

void TestDomainCertificateRejects::malformed()
{
    QFETCH(QByteArray, der);
    QFETCH(QString, detail);

    const Result<DomainCertificate> r = DomainCertificate::parse(der);
    QVERIFY2(!r.ok(), "accepted a malformed certificate");
    QCOMPARE(r.error().kind, ErrorKind::BadCertificate);
    QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
}

void TestDomainCertificateRejects::keySizes_data()
{
    QTest::addColumn<int>("signingBits");
    QTest::addColumn<int>("encryptionBits");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("2048 and 2048") << 2048 << 2048 << true;
    QTest::newRow("3072 and 2048") << 3072 << 2048 << true;
    QTest::newRow("1024 and 2048") << 1024 << 2048 << false;
    QTest::newRow("2048 and 1024") << 2048 << 1024 << false;
}

// Keys generated at test time, certificates through OpenSSL directly (parse) and through build().
void TestDomainCertificateRejects::keySizes()
{
    QFETCH(int, signingBits);
    QFETCH(int, encryptionBits);
    QFETCH(bool, accepted);
    const Fixture f;
    EVP_PKEY *signing = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(signingBits));
    EVP_PKEY *encryption = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(encryptionBits));
    QVERIFY(signing && encryption);
    const RsaPublicKey encryptionKey = RsaPublicKey::fromHandle(PkeyPtr(encryption, PkeyDeleter()));
    Crafted c = f.base();
    c.subjectKey = signing;
    c.signer = signing;
    c.extensions[0].value = encryptionKey.toDer();
    const Result<DomainCertificate> parsed = DomainCertificate::parse(Fixture::craft(c));
    QCOMPARE(parsed.ok(), accepted);
    if (accepted) {
        QCOMPARE(parsed->signingKey().bits(), signingBits);
        QCOMPARE(parsed->encryptionKey().bits(), encryptionBits);
    } else {
        QCOMPARE(parsed.error().kind, ErrorKind::BadCertificate);
        QVERIFY2(parsed.error().detail.contains(u"at least 2048"),
                 qPrintable(parsed.error().detail));
    }

    DomainCertificate::BuildParams p;
    p.name = QStringLiteral("fabrikam");
    p.signingKey = privateKeyOf(signing);
    EVP_PKEY_free(signing);
    p.encryptionKey = encryptionKey;
    p.notBefore = QDateTime(QDate(2024, 1, 2), QTime(11, 58), QTimeZone::utc());
    const Result<DomainCertificate> built = DomainCertificate::build(p);
    QCOMPARE(built.ok(), accepted);
    if (!accepted)
        QCOMPARE(built.error().kind, ErrorKind::BadKey);
}

void TestDomainCertificateRejects::everyTruncationRejected()
{
    const QByteArray der =
            testing::b64(testing::loadVector(QStringLiteral("domain_certificate.json"))
                                 .value(key("certificate_der_b64")));
    for (qsizetype n = 0; n < der.size(); ++n) {
        const Result<DomainCertificate> r = DomainCertificate::parse(der.left(n));
        QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
        QCOMPARE(r.error().kind, ErrorKind::BadCertificate);
    }
}

void TestDomainCertificateRejects::everyByteMutationRejected()
{
    const QByteArray der =
            testing::b64(testing::loadVector(QStringLiteral("domain_certificate.json"))
                                 .value(key("certificate_der_b64")));
    // One bit per byte (a different one each time) keeps this at about a second.
    for (qsizetype i = 0; i < der.size(); ++i) {
        const int bit = int(i % 8);
        QByteArray mutated = der;
        mutated[i] = char(mutated.at(i) ^ (1 << bit));
        const Result<DomainCertificate> r = DomainCertificate::parse(mutated);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(i).arg(bit)));
        QCOMPARE(r.error().kind, ErrorKind::BadCertificate);
    }
}

QTEST_GUILESS_MAIN(TestDomainCertificateRejects)
#include "tst_domaincertificaterejects.moc"
