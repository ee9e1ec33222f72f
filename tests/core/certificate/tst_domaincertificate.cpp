#include "common/Vectors.h"
#include "crypto/DomainCertificate.h"

#include <QtCore/QTimeZone>
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

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

RsaPrivateKey privateKeyOf(const QJsonObject &keyObject)
{
    const Result<RsaPrivateKey> r =
            RsaPrivateKey::fromPkcs8Pem(testing::utf8(keyObject.value(key("private_key_pem"))));
    if (!r)
        qFatal("vector key rejected: %s", qPrintable(r.error().toLogString()));
    return r.value();
}

// The vector's key pairs, for building certificates.
struct VectorKeys
{
    QJsonObject vector = testing::loadVector(QStringLiteral("domain_certificate.json"));
    RsaPrivateKey signing = privateKeyOf(vector.value(key("signing_key")).toObject());
    RsaPrivateKey encryption = privateKeyOf(vector.value(key("encryption_key")).toObject());
};

} // namespace

class TestDomainCertificate : public QObject
{
    Q_OBJECT

private slots:
    void parseVectors_data();
    void parseVectors();
    void buildReproducesVectors_data();
    void buildReproducesVectors();
    void buildRoundTrip_data();
    void buildRoundTrip();
    void buildRandomSerial();
    void buildRejects();

private:
    void addVectorColumns();
};

void TestDomainCertificate::addVectorColumns()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QByteArray>("signingPem");
    QTest::addColumn<QByteArray>("signingDer");
    QTest::addColumn<QByteArray>("encryptionDer");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");

    const QJsonObject v = testing::loadVector(QStringLiteral("domain_certificate.json"));
    const QDateTime nb =
            QDateTime::fromString(testing::str(v.value(key("not_before"))), Qt::ISODate);
    const QDateTime na =
            QDateTime::fromString(testing::str(v.value(key("not_after"))), Qt::ISODate);
    QCOMPARE(nb, utc(2024, 1, 2, 11, 58, 0));
    QCOMPARE(na, utc(2124, 1, 2, 11, 58, 0));
    QCOMPARE(testing::str(v.value(key("subject"))), QStringLiteral("OU=fabrikam,O=fabrikam"));
    const QJsonObject sk = v.value(key("signing_key")).toObject();
    QCOMPARE(sk.value(key("public_key_der_b64")), v.value(key("signing_public_key_der_b64")));
    QTest::newRow("identity domain")
            << testing::b64(v.value(key("certificate_der_b64")))
            << testing::utf8(sk.value(key("private_key_pem")))
            << testing::b64(v.value(key("signing_public_key_der_b64")))
            << testing::b64(v.value(key("encryption_public_key_der_b64")))
            << QStringLiteral("fabrikam") << testing::hex(v.value(key("serial_hex"))) << nb << na;
    // The vector gives no separate fields for the device domain certificate; name and serial are
    // read from its DER (openssl x509 -text).
    const QJsonObject dsk = v.value(key("device_domain_signing_key")).toObject();
    QTest::newRow("device domain")
            << testing::b64(v.value(key("device_domain_certificate_der_b64")))
            << testing::utf8(dsk.value(key("private_key_pem")))
            << testing::b64(dsk.value(key("public_key_der_b64")))
            << testing::b64(v.value(key("device_domain_encryption_key"))
                                    .toObject()
                                    .value(key("public_key_der_b64")))
            << QStringLiteral("fabrikam-devices")
            << QByteArray::fromHex("3476db250aa5c2123d518c88d9362d82481ae3") << nb << na;
}

void TestDomainCertificate::parseVectors_data()
{
    addVectorColumns();
}

void TestDomainCertificate::parseVectors()
{
    QFETCH(QByteArray, der);
    QFETCH(QByteArray, signingDer);
    QFETCH(QByteArray, encryptionDer);
    QFETCH(QString, organization);
    QFETCH(QByteArray, serial);
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);

    const Result<DomainCertificate> cert = DomainCertificate::parse(der);
    QVERIFY2(cert.ok(), why(cert).constData());
    QCOMPARE(cert->der(), der);
    QCOMPARE(cert->signingKey().toDer().toHex(), signingDer.toHex());
    QCOMPARE(cert->encryptionKey().toDer().toHex(), encryptionDer.toHex());
    QCOMPARE(cert->organization(), organization);
    QCOMPARE(cert->serial().toHex(), serial.toHex());
    QCOMPARE(cert->notBefore(), notBefore);
    QCOMPARE(cert->notAfter(), notAfter);
    QCOMPARE(cert->notBefore().timeSpec(), Qt::UTC);
    QCOMPARE(cert->notAfter(), cert->notBefore().addYears(100));
}

void TestDomainCertificate::buildReproducesVectors_data()
{
    addVectorColumns();
}

void TestDomainCertificate::buildReproducesVectors()
{
    QFETCH(QByteArray, der);
    QFETCH(QByteArray, signingPem);
    QFETCH(QByteArray, encryptionDer);
    QFETCH(QString, organization);
    QFETCH(QByteArray, serial);
    QFETCH(QDateTime, notBefore);

    const Result<RsaPrivateKey> signing = RsaPrivateKey::fromPkcs8Pem(signingPem);
    QVERIFY(signing.ok());
    const Result<RsaPublicKey> encryption = RsaPublicKey::fromDer(encryptionDer);
    QVERIFY(encryption.ok());

    DomainCertificate::BuildParams params;
    params.name = organization;
    params.signingKey = *signing;
    params.encryptionKey = *encryption;
    params.serial = serial;
    params.notBefore = notBefore;
    const Result<DomainCertificate> built = DomainCertificate::build(params);
    QVERIFY2(built.ok(), why(built).constData());
    // RSASSA-PKCS1-v1_5 is deterministic, so the whole certificate is reproducible.
    QCOMPARE(built->der().toBase64(), der.toBase64());
}

void TestDomainCertificate::buildRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("expectedNotBefore");
    QTest::addColumn<QDateTime>("expectedNotAfter");
    QTest::addColumn<QByteArray>("serial");
    QTest::addColumn<QByteArray>("expectedSerial");

    const QByteArray s = QByteArray::fromHex("0102");
    QTest::newRow("ascii") << QStringLiteral("contoso") << utc(2024, 5, 6, 7, 8, 9)
                           << utc(2024, 5, 6, 7, 8, 9) << utc(2124, 5, 6, 7, 8, 9) << s << s;
    QTest::newRow("non-ascii name")
            << QStringLiteral(u"Fabrikam Ünïcødé 日本 \U0001F600") << utc(2024, 1, 1, 0, 0, 0)
            << utc(2024, 1, 1, 0, 0, 0) << utc(2124, 1, 1, 0, 0, 0) << s << s;
    QTest::newRow("milliseconds dropped")
            << QStringLiteral("x") << utc(2024, 1, 1, 0, 0, 0, 999) << utc(2024, 1, 1, 0, 0, 0)
            << utc(2124, 1, 1, 0, 0, 0) << s << s;
    QTest::newRow("local time zone")
            << QStringLiteral("x") << QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone(3600))
            << utc(2024, 1, 1, 11, 0, 0) << utc(2124, 1, 1, 11, 0, 0) << s << s;
    QTest::newRow("generalized time both")
            << QStringLiteral("x") << utc(2060, 1, 1, 0, 0, 0) << utc(2060, 1, 1, 0, 0, 0)
            << utc(2160, 1, 1, 0, 0, 0) << s << s;
    QTest::newRow("before 1950") << QStringLiteral("x") << utc(1949, 12, 31, 23, 59, 59)
                                 << utc(1949, 12, 31, 23, 59, 59) << utc(2049, 12, 31, 23, 59, 59)
                                 << s << s;
    QTest::newRow("leap day to non-leap year")
            << QStringLiteral("x") << utc(2000, 2, 29, 1, 2, 3) << utc(2000, 2, 29, 1, 2, 3)
            << utc(2100, 2, 28, 1, 2, 3) << s << s;
    QTest::newRow("leap day to leap year")
            << QStringLiteral("x") << utc(2024, 2, 29, 1, 2, 3) << utc(2024, 2, 29, 1, 2, 3)
            << utc(2124, 2, 29, 1, 2, 3) << s << s;
    QTest::newRow("serial top bit set")
            << QStringLiteral("x") << utc(2024, 1, 1, 0, 0, 0) << utc(2024, 1, 1, 0, 0, 0)
            << utc(2124, 1, 1, 0, 0, 0) << QByteArray::fromHex("ff01")
            << QByteArray::fromHex("ff01");
    QTest::newRow("serial leading zeros")
            << QStringLiteral("x") << utc(2024, 1, 1, 0, 0, 0) << utc(2024, 1, 1, 0, 0, 0)
            << utc(2124, 1, 1, 0, 0, 0) << QByteArray::fromHex("000007")
            << QByteArray::fromHex("07");
    QTest::newRow("20-byte serial")
            << QStringLiteral("x") << utc(2024, 1, 1, 0, 0, 0) << utc(2024, 1, 1, 0, 0, 0)
            << utc(2124, 1, 1, 0, 0, 0) << QByteArray(20, '\x7f') << QByteArray(20, '\x7f');
}

void TestDomainCertificate::buildRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, expectedNotBefore);
    QFETCH(QDateTime, expectedNotAfter);
    QFETCH(QByteArray, serial);
    QFETCH(QByteArray, expectedSerial);

    const VectorKeys f;
    DomainCertificate::BuildParams params;
    params.name = name;
    params.signingKey = f.signing;
    params.encryptionKey = f.encryption.publicKey();
    params.serial = serial;
    params.notBefore = notBefore;
    const Result<DomainCertificate> built = DomainCertificate::build(params);
    QVERIFY2(built.ok(), why(built).constData());

    const Result<DomainCertificate> parsed = DomainCertificate::parse(built->der());
    QVERIFY2(parsed.ok(), why(parsed).constData());
    QCOMPARE(parsed->organization(), name);
    QCOMPARE(parsed->notBefore(), expectedNotBefore);
    QCOMPARE(parsed->notAfter(), expectedNotAfter);
    QCOMPARE(parsed->serial().toHex(), expectedSerial.toHex());
    QVERIFY(parsed->signingKey() == f.signing.publicKey());
    QVERIFY(parsed->encryptionKey() == f.encryption.publicKey());
    QCOMPARE(built->serial(), parsed->serial());
    QCOMPARE(built->notAfter(), parsed->notAfter());
}

void TestDomainCertificate::buildRandomSerial()
{
    const VectorKeys f;
    DomainCertificate::BuildParams params;
    params.name = QStringLiteral("fabrikam");
    params.signingKey = f.signing;
    params.encryptionKey = f.encryption.publicKey();
    params.notBefore = QDateTime::currentDateTimeUtc();
    const Result<DomainCertificate> a = DomainCertificate::build(params);
    const Result<DomainCertificate> b = DomainCertificate::build(params);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->serial() != b->serial());
    for (const QByteArray &s : { a->serial(), b->serial() }) {
        QVERIFY(!s.isEmpty() && s.size() <= 16);
        QVERIFY(s.size() < 16 || (static_cast<unsigned char>(s.at(0)) & 0x80) == 0);
    }
}

void TestDomainCertificate::buildRejects()
{
    const VectorKeys f;
    DomainCertificate::BuildParams good;
    good.name = QStringLiteral("fabrikam");
    good.signingKey = f.signing;
    good.encryptionKey = f.encryption.publicKey();
    good.notBefore = utc(2024, 1, 2, 11, 58, 0);
    QVERIFY(DomainCertificate::build(good).ok());

    auto kindOf = [](const DomainCertificate::BuildParams &p) {
        return DomainCertificate::build(p).error().kind;
    };
    DomainCertificate::BuildParams p = good;
    p.signingKey = RsaPrivateKey();
    QCOMPARE(kindOf(p), ErrorKind::BadKey);
    p = good;
    p.encryptionKey = RsaPublicKey();
    QCOMPARE(kindOf(p), ErrorKind::BadKey);
    p = good;
    p.name.clear();
    QCOMPARE(kindOf(p), ErrorKind::InvalidValue);
    p = good;
    p.notBefore = QDateTime();
    QCOMPARE(kindOf(p), ErrorKind::InvalidValue);
    p = good;
    p.notBefore = utc(9950, 1, 1, 0, 0, 0); // notAfter would be past 9999
    QCOMPARE(kindOf(p), ErrorKind::InvalidValue);
    p = good;
    p.serial = QByteArray(21, '\x01');
    QCOMPARE(kindOf(p), ErrorKind::InvalidValue);
    p = good;
    p.serial = QByteArray(3, '\0');
    QCOMPARE(kindOf(p), ErrorKind::InvalidValue);
}

QTEST_GUILESS_MAIN(TestDomainCertificate)
#include "tst_domaincertificate.moc"
