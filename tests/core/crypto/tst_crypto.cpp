#include "crypto/Crypto.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace groove;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha1KnownAnswers_data();
    void sha1KnownAnswers();
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void hmacSha1Rfc2202_data();
    void hmacSha1Rfc2202();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void base64Valid_data();
    void base64Valid();
    void base64Invalid_data();
    void base64Invalid();
    void base64RejectsNonAsciiText();
    void base64RoundTrip();
    void randomSizes_data();
    void randomSizes();
    void randomRejectsNegativeCount();
    void randomDoesNotRepeat();
    void randomPositiveInt32Range();
};

void TestCrypto::sha1KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");

    // FIPS 180-2 appendix A examples.
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArrayLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("empty") << QByteArray()
                           << QByteArrayLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    QTest::newRow("448 bits") << QByteArrayLiteral(
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArrayLiteral("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << QByteArrayLiteral("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

void TestCrypto::sha1KnownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    const QByteArray d = crypto::sha1(input);
    QCOMPARE(d.size(), crypto::Sha1Size);
    QCOMPARE(d.toHex(), digest);
}

void TestCrypto::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223"
                                              "b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray()
                           << QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb924"
                                                "27ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits") << QByteArrayLiteral(
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArrayLiteral("248d6a61d20638b8e5c026930c3e6039"
                                                   "a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256KnownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    const QByteArray d = crypto::sha256(input);
    QCOMPARE(d.size(), 32);
    QCOMPARE(d.toHex(), digest);
}

void TestCrypto::hmacSha1Rfc2202_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");

    QByteArray key4;
    for (char c = 1; c <= 25; ++c)
        key4.append(c);

    QTest::newRow("rfc2202-1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                               << QByteArrayLiteral("b617318655057264e28bc0b6fb378c8ef146be00");
    QTest::newRow("rfc2202-2") << QByteArrayLiteral("Jefe")
                               << QByteArrayLiteral("what do ya want for nothing?")
                               << QByteArrayLiteral("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    QTest::newRow("rfc2202-3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                               << QByteArrayLiteral("125d7342b9ac11cd91a39af48aa17b4f63f175d3");
    QTest::newRow("rfc2202-4") << key4 << QByteArray(50, '\xcd')
                               << QByteArrayLiteral("4c9007f4026250c6bc8414f9bf50c86c2d7235da");
    QTest::newRow("rfc2202-5") << QByteArray(20, '\x0c')
                               << QByteArrayLiteral("Test With Truncation")
                               << QByteArrayLiteral("4c1a03424b55e07fe7f27be1d58bb9324a9a5a04");
    QTest::newRow("rfc2202-6") << QByteArray(80, '\xaa')
                               << QByteArrayLiteral(
                                          "Test Using Larger Than Block-Size Key - Hash Key First")
                               << QByteArrayLiteral("aa4ae5e15272d00e95705637ce8a3b55ed402112");
    QTest::newRow("rfc2202-7")
            << QByteArray(80, '\xaa')
            << QByteArrayLiteral(
                       "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data")
            << QByteArrayLiteral("e8e99d0f45237d786d6bbaa7965c7808bbff1a91");
    // Empty key and message: the edge where OpenSSL is given a zero-length key.
    QTest::newRow("empty key and data")
            << QByteArray() << QByteArray()
            << QByteArrayLiteral("fbdb1d1b18aa6c08324b7d64b71fb76370690e1d");
}

void TestCrypto::hmacSha1Rfc2202()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    const QByteArray m = crypto::hmacSha1(key, data);
    QCOMPARE(m.size(), crypto::Sha1Size);
    QCOMPARE(m.toHex(), mac);
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray mac = QByteArray::fromHex("b617318655057264e28bc0b6fb378c8ef146be00");
    QByteArray lastFlipped = mac;
    lastFlipped[19] = static_cast<char>(lastFlipped[19] ^ 0x01);
    QByteArray firstFlipped = mac;
    firstFlipped[0] = static_cast<char>(firstFlipped[0] ^ 0x80);

    QTest::newRow("equal") << mac << QByteArray(mac.constData(), mac.size()) << true;
    QTest::newRow("last bit differs") << mac << lastFlipped << false;
    QTest::newRow("first bit differs") << mac << firstFlipped << false;
    QTest::newRow("prefix") << mac << mac.left(19) << false;
    QTest::newRow("longer") << mac << QByteArray(mac + '\0') << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("empty vs data") << QByteArray() << mac << false;
    QTest::newRow("data vs empty") << mac << QByteArray() << false;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

void TestCrypto::base64Valid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");

    // RFC 4648 section 10 test vectors.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArrayLiteral("Zg==") << QByteArrayLiteral("f");
    QTest::newRow("fo") << QByteArrayLiteral("Zm8=") << QByteArrayLiteral("fo");
    QTest::newRow("foo") << QByteArrayLiteral("Zm9v") << QByteArrayLiteral("foo");
    QTest::newRow("foob") << QByteArrayLiteral("Zm9vYg==") << QByteArrayLiteral("foob");
    QTest::newRow("fooba") << QByteArrayLiteral("Zm9vYmE=") << QByteArrayLiteral("fooba");
    QTest::newRow("foobar") << QByteArrayLiteral("Zm9vYmFy") << QByteArrayLiteral("foobar");
    QTest::newRow("plus and slash") << QByteArrayLiteral("+/8=") << QByteArray::fromHex("fbff");
    QTest::newRow("all ones") << QByteArrayLiteral("////") << QByteArray::fromHex("ffffff");
    QTest::newRow("zeros") << QByteArrayLiteral("AAAA") << QByteArray(3, '\0');
    QTest::newRow("key id") << QByteArrayLiteral("Ni7U9j9k6fX2tuCcMietWQZ2V/s=")
                            << QByteArray::fromHex("362ed4f63f64e9f5f6b6e09c3227ad59067657fb");
}

void TestCrypto::base64Valid()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);

    const Result<QByteArray> r = crypto::decodeBase64Strict(QByteArrayView(text));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
    QCOMPARE(r.value().toHex(), bytes.toHex());

    const QString asString = QString::fromLatin1(text);
    const Result<QByteArray> rs = crypto::decodeBase64Strict(QStringView(asString));
    QVERIFY(rs.ok());
    QCOMPARE(rs.value().toHex(), bytes.toHex());

    QCOMPARE(crypto::encodeBase64(bytes), asString);
}

void TestCrypto::base64Invalid_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("missing padding 2") << QByteArrayLiteral("Zg");
    QTest::newRow("missing padding 1") << QByteArrayLiteral("Zm8");
    QTest::newRow("missing one of two pads") << QByteArrayLiteral("Zg=");
    QTest::newRow("too much padding") << QByteArrayLiteral("Zg===");
    QTest::newRow("only padding") << QByteArrayLiteral("====");
    QTest::newRow("three pads") << QByteArrayLiteral("Z===");
    QTest::newRow("padding inside") << QByteArrayLiteral("Z=g=");
    QTest::newRow("padded group then data") << QByteArrayLiteral("Zg==Zm9v");
    QTest::newRow("length 5") << QByteArrayLiteral("Zm9vY");
    QTest::newRow("length 9") << QByteArrayLiteral("Zm9vYmFy=");
    QTest::newRow("leading space") << QByteArrayLiteral(" Zm9v");
    QTest::newRow("inner space") << QByteArrayLiteral("Zm9v YmFy");
    QTest::newRow("space instead of pad") << QByteArrayLiteral("Zg= ");
    QTest::newRow("tab") << QByteArrayLiteral("Zm9v\tYmFy");
    QTest::newRow("trailing newline") << QByteArrayLiteral("Zm9vYmFy\n");
    QTest::newRow("inner newline") << QByteArrayLiteral("Zm9v\nYmFy");
    QTest::newRow("crlf") << QByteArrayLiteral("Zm9v\r\nYmFy");
    QTest::newRow("bad char *") << QByteArrayLiteral("Zm9v*mFy");
    QTest::newRow("bad char .") << QByteArrayLiteral("Zm9.");
    QTest::newRow("NUL") << QByteArray("Zm\0v", 4);
    QTest::newRow("high byte") << QByteArray("Zm9\xff", 4);
    QTest::newRow("url-safe minus") << QByteArrayLiteral("-_8=");
    QTest::newRow("url-safe underscore") << QByteArrayLiteral("Zm9_");
    // 'h' = 33 = 100001: the four bits below the single decoded byte are not zero.
    QTest::newRow("trailing bits before ==") << QByteArrayLiteral("Zh==");
    // '9' = 61 = 111101: the two bits below the two decoded bytes are not zero.
    QTest::newRow("trailing bits before =") << QByteArrayLiteral("Zm9=");
    QTest::newRow("trailing bits, long") << QByteArrayLiteral("Zm9vYmF=");
}

void TestCrypto::base64Invalid()
{
    QFETCH(QByteArray, text);

    const Result<QByteArray> r = crypto::decodeBase64Strict(QByteArrayView(text));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadBase64);
    QVERIFY(!r.error().detail.isEmpty());

    const QString asString = QString::fromLatin1(text);
    const Result<QByteArray> rs = crypto::decodeBase64Strict(QStringView(asString));
    QVERIFY(!rs.ok());
    QCOMPARE(rs.error().kind, ErrorKind::BadBase64);
}

void TestCrypto::base64RejectsNonAsciiText()
{
    // Characters that would turn into valid ASCII if narrowed to 8 bits must not.
    const QString cases[] = {
        QStringLiteral("Zm9\u00e9"),
        QStringLiteral("Zm9v\u0141mFy"), // U+0141 narrowed to 8 bits would be 'A'
        QStringLiteral("\u0141\u0141\u0141\u0141"),
    };
    for (const QString &text : cases) {
        const Result<QByteArray> r = crypto::decodeBase64Strict(QStringView(text));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadBase64);
    }
}

void TestCrypto::base64RoundTrip()
{
    for (int len = 0; len <= 64; ++len) {
        const Result<QByteArray> bytes = crypto::randomBytes(len);
        QVERIFY(bytes.ok());
        const QString text = crypto::encodeBase64(bytes.value());
        QCOMPARE(text.size(), (len + 2) / 3 * 4);
        QVERIFY(!text.contains(u'\n'));
        QCOMPARE(text, QString::fromLatin1(bytes.value().toBase64()));
        const Result<QByteArray> back = crypto::decodeBase64Strict(QStringView(text));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), bytes.value());
    }
}

void TestCrypto::randomSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("0") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("20") << 20;
    QTest::newRow("24") << 24;
    QTest::newRow("1000") << 1000;
}

void TestCrypto::randomSizes()
{
    QFETCH(int, size);
    const Result<QByteArray> b = crypto::randomBytes(size);
    QVERIFY(b.ok());
    QCOMPARE(b.value().size(), size);
    const Result<SecretBytes> s = crypto::randomSecret(size);
    QVERIFY(s.ok());
    QCOMPARE(s.value().size(), size);
    if (size >= 20) {
        // 160+ bits: an all-zero result would mean the buffer was never filled.
        QVERIFY(b.value() != QByteArray(size, '\0'));
        QVERIFY(!s.value().equals(QByteArray(size, '\0')));
    }
}

void TestCrypto::randomRejectsNegativeCount()
{
    const Result<QByteArray> b = crypto::randomBytes(-1);
    QVERIFY(!b.ok());
    const Result<SecretBytes> s = crypto::randomSecret(-1);
    QVERIFY(!s.ok());
}

void TestCrypto::randomDoesNotRepeat()
{
    constexpr int Draws = 1000;
    QSet<QByteArray> seen;
    for (int i = 0; i < Draws; ++i) {
        const Result<QByteArray> b = crypto::randomBytes(16);
        QVERIFY(b.ok());
        seen.insert(b.value());
    }
    QCOMPARE(seen.size(), Draws);

    const Result<SecretBytes> a = crypto::randomSecret(24);
    const Result<SecretBytes> c = crypto::randomSecret(24);
    QVERIFY(a.ok());
    QVERIFY(c.ok());
    QVERIFY(!a.value().equals(c.value().view()));
}

void TestCrypto::randomPositiveInt32Range()
{
    constexpr int Draws = 10000;
    constexpr qint32 Half = qint32(1) << 30;
    int high = 0;
    QSet<qint32> seen;
    for (int i = 0; i < Draws; ++i) {
        const Result<qint32> r = crypto::randomPositiveInt32();
        QVERIFY(r.ok());
        QVERIFY(r.value() >= 1);
        if (r.value() >= Half)
            ++high;
        seen.insert(r.value());
    }
    // Uniform over 31 bits: about half the draws use the top bit; the bounds are > 20 sigma.
    QVERIFY2(high > 4000 && high < 6000, qPrintable(QString::number(high)));
    QVERIFY(seen.size() > Draws - 10);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
