#include "common/Vectors.h"
#include "crypto/Marc4.h"

#include <QtTest/QTest>

using namespace groove;

class TestMarc4 : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void keyIsKeyXorIv_data();
    void keyIsKeyXorIv();
    void rfc6229_data();
    void rfc6229();
    void rejectsWrongLengths_data();
    void rejectsWrongLengths();
    void acceptsBoundaryLengths_data();
    void acceptsBoundaryLengths();
    void emptyData();
    void ivChangesOutput();
};

void TestMarc4::vectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");

    const QJsonArray cases = testing::loadVector(QStringLiteral("marc4.json"))
                                     .value(QLatin1StringView("cases"))
                                     .toArray();
    QVERIFY(!cases.isEmpty());
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(qPrintable(testing::str(c.value(QLatin1StringView("name")))))
                << testing::hex(c.value(QLatin1StringView("key_hex")))
                << testing::hex(c.value(QLatin1StringView("iv_hex")))
                << testing::hex(c.value(QLatin1StringView("plaintext_hex")))
                << testing::hex(c.value(QLatin1StringView("ciphertext_hex")));
    }
}

void TestMarc4::vectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);

    QVERIFY(!key.isEmpty());
    QCOMPARE(plaintext.size(), ciphertext.size());

    const Result<QByteArray> enc = crypto::marc4(key, iv, plaintext);
    QVERIFY(enc.ok());
    QCOMPARE(enc.value().toHex(), ciphertext.toHex());

    // Encryption and decryption are the same operation.
    const Result<QByteArray> dec = crypto::marc4(key, iv, ciphertext);
    QVERIFY(dec.ok());
    QCOMPARE(dec.value().toHex(), plaintext.toHex());
}

void TestMarc4::keyIsKeyXorIv_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("rc4Key");
    QTest::addColumn<QByteArray>("keystream");

    const QJsonArray cases = testing::loadVector(QStringLiteral("marc4.json"))
                                     .value(QLatin1StringView("cases"))
                                     .toArray();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        if (!c.contains(QLatin1StringView("rc4_key_hex")))
            continue;
        QTest::newRow(qPrintable(testing::str(c.value(QLatin1StringView("name")))))
                << testing::hex(c.value(QLatin1StringView("key_hex")))
                << testing::hex(c.value(QLatin1StringView("iv_hex")))
                << testing::hex(c.value(QLatin1StringView("rc4_key_hex")))
                << testing::hex(c.value(QLatin1StringView("keystream_first_32_hex")));
    }
}

void TestMarc4::keyIsKeyXorIv()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, rc4Key);
    QFETCH(QByteArray, keystream);

    QCOMPARE(keystream.size(), 32);
    const QByteArray zeros(keystream.size(), '\0');

    // The keystream itself (zero plaintext) after the 256 dropped bytes.
    const Result<QByteArray> direct = crypto::marc4(key, iv, zeros);
    QVERIFY(direct.ok());
    QCOMPARE(direct.value().toHex(), keystream.toHex());

    // The same stream from the pre-XORed key with a zero IV: MARC4 really keys RC4 with key^iv.
    const Result<QByteArray> viaXor = crypto::marc4(rc4Key, QByteArray(rc4Key.size(), '\0'), zeros);
    QVERIFY(viaXor.ok());
    QCOMPARE(viaXor.value().toHex(), keystream.toHex());
}

void TestMarc4::rfc6229_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("expected");

    const QJsonArray cases = testing::loadVector(QStringLiteral("marc4.json"))
                                     .value(QLatin1StringView("cases"))
                                     .toArray();
    int rows = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonArray checks = c.value(QLatin1StringView("rfc6229_checks")).toArray();
        for (const QJsonValue &cv : checks) {
            const QJsonObject check = cv.toObject();
            const int offset = check.value(QLatin1StringView("marc4_offset")).toInt(-1);
            const int rc4Offset = check.value(QLatin1StringView("rc4_offset")).toInt(-1);
            QCOMPARE(rc4Offset - offset, 256);
            QTest::addRow("%s@0x%x", qPrintable(testing::str(c.value(QLatin1StringView("name")))),
                          rc4Offset)
                    << testing::hex(c.value(QLatin1StringView("key_hex")))
                    << testing::hex(c.value(QLatin1StringView("iv_hex"))) << offset
                    << testing::hex(check.value(QLatin1StringView("hex")));
            ++rows;
        }
    }
    QCOMPARE(rows, 5);
}

void TestMarc4::rfc6229()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(int, offset);
    QFETCH(QByteArray, expected);

    QVERIFY(offset >= 0);
    QCOMPARE(expected.size(), 16);
    const Result<QByteArray> out = crypto::marc4(key, iv, QByteArray(offset + 16, '\0'));
    QVERIFY(out.ok());
    QCOMPARE(out.value().mid(offset, 16).toHex(), expected.toHex());
}

void TestMarc4::rejectsWrongLengths_data()
{
    QTest::addColumn<int>("keyLen");
    QTest::addColumn<int>("ivLen");

    QTest::newRow("empty key and iv") << 0 << 0;
    QTest::newRow("iv longer") << 20 << 24;
    QTest::newRow("iv shorter") << 24 << 20;
    QTest::newRow("iv empty") << 20 << 0;
    QTest::newRow("key empty") << 0 << 20;
    QTest::newRow("257 bytes") << 257 << 257;
    QTest::newRow("off by one") << 256 << 255;
}

void TestMarc4::rejectsWrongLengths()
{
    QFETCH(int, keyLen);
    QFETCH(int, ivLen);

    const Result<QByteArray> r =
            crypto::marc4(QByteArray(keyLen, '\x11'), QByteArray(ivLen, '\x22'), "data");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::WrongLength);

    // Empty data must not bypass the length checks.
    const Result<QByteArray> empty =
            crypto::marc4(QByteArray(keyLen, '\x11'), QByteArray(ivLen, '\x22'), {});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::WrongLength);
}

void TestMarc4::acceptsBoundaryLengths_data()
{
    QTest::addColumn<int>("len");
    QTest::newRow("1") << 1;
    QTest::newRow("20") << 20;
    QTest::newRow("24") << 24;
    QTest::newRow("256") << 256;
}

void TestMarc4::acceptsBoundaryLengths()
{
    QFETCH(int, len);
    QByteArray key(len, '\0');
    QByteArray iv(len, '\0');
    for (int i = 0; i < len; ++i) {
        key[i] = static_cast<char>(i * 7 + 1);
        iv[i] = static_cast<char>(i * 13 + 5);
    }
    const QByteArray plain = QByteArrayLiteral("The quick brown fox jumps over the lazy dog");
    const Result<QByteArray> enc = crypto::marc4(key, iv, plain);
    QVERIFY(enc.ok());
    QCOMPARE(enc.value().size(), plain.size());
    QVERIFY(enc.value() != plain);
    const Result<QByteArray> dec = crypto::marc4(key, iv, enc.value());
    QVERIFY(dec.ok());
    QCOMPARE(dec.value(), plain);
}

void TestMarc4::emptyData()
{
    const Result<QByteArray> r = crypto::marc4(QByteArray(20, 'k'), QByteArray(20, 'v'), {});
    QVERIFY(r.ok());
    QVERIFY(r.value().isEmpty());
}

void TestMarc4::ivChangesOutput()
{
    const QByteArray key(24, '\x5a');
    QByteArray iv(24, '\0');
    const QByteArray zeros(64, '\0');
    const Result<QByteArray> a = crypto::marc4(key, iv, zeros);
    iv[23] = '\x01';
    const Result<QByteArray> b = crypto::marc4(key, iv, zeros);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    QVERIFY(a.value() != b.value());
}

QTEST_GUILESS_MAIN(TestMarc4)
#include "tst_marc4.moc"
