#include "common/Vectors.h"
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "protocol/ClientCodec.h"

#include <QtTest/QTest>

using namespace groove;

namespace {

QByteArray bytesOf(const SecretBytes &s)
{
    return s.view().toByteArray();
}

} // namespace

class TestCodeKey : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void trimOnlyAsciiWhiteSpace_data();
    void trimOnlyAsciiWhiteSpace();
    void differentCodesGiveDifferentKeys();
    void codeKeyOwnsItsCode();
    void adoptMovesTheBuffer();
    void adoptCopiesASharedBuffer();
};

void TestCodeKey::vectors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("trimmed");
    QTest::addColumn<bool>("changes");
    QTest::addColumn<QByteArray>("utf16le");
    QTest::addColumn<QByteArray>("kCode");
    QTest::addColumn<QByteArray>("sha1KCode");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QByteArray>("activation");

    const QJsonArray cases = testing::loadVector(QStringLiteral("code_keys.json"))
                                     .value(QLatin1StringView("cases"))
                                     .toArray();
    QVERIFY(cases.size() >= 10);
    int i = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(QLatin1StringView("trimmed_changes_code")).isBool());
        QTest::addRow("case%d", i++)
                << testing::str(c.value(QLatin1StringView("code")))
                << testing::str(c.value(QLatin1StringView("code_trimmed")))
                << c.value(QLatin1StringView("trimmed_changes_code")).toBool()
                << testing::hex(c.value(QLatin1StringView("utf16le_hex")))
                << testing::hex(c.value(QLatin1StringView("k_code_hex")))
                << testing::hex(c.value(QLatin1StringView("sha1_k_code_hex")))
                << testing::str(c.value(QLatin1StringView("key_id")))
                << testing::hex(c.value(QLatin1StringView("activation_key_bytes_hex")));
    }
}

void TestCodeKey::vectors()
{
    QFETCH(QString, code);
    QFETCH(QString, trimmed);
    QFETCH(bool, changes);
    QFETCH(QByteArray, utf16le);
    QFETCH(QByteArray, kCode);
    QFETCH(QByteArray, sha1KCode);
    QFETCH(QString, keyId);
    QFETCH(QByteArray, activation);

    QCOMPARE(kCode.size(), crypto::Sha1Size);

    const QString t = crypto::trimCode(code);
    QCOMPARE(t, trimmed);
    QCOMPARE(t != code, changes);

    QCOMPARE(bytesOf(crypto::utf16leBytes(t)).toHex(), utf16le.toHex());

    const SecretBytes k = crypto::deriveCodeKey(t);
    QCOMPARE(bytesOf(k).toHex(), kCode.toHex());
    QVERIFY(k.equals(kCode));

    QCOMPARE(crypto::sha1(k.view()).toHex(), sha1KCode.toHex());
    QCOMPARE(crypto::keyIdOf(k), keyId);
    QCOMPARE(crypto::keyIdOf(k), crypto::encodeBase64(sha1KCode));

    QCOMPARE(bytesOf(crypto::activationKeyBytes(t)).toHex(), activation.toHex());
}

void TestCodeKey::trimOnlyAsciiWhiteSpace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only white space") << QStringLiteral(" \t\r\n ") << QString();
    QTest::newRow("inner space kept") << QStringLiteral(" AB CD ") << QStringLiteral("AB CD");
    QTest::newRow("inner tab kept") << QStringLiteral("AB\tCD\n") << QStringLiteral("AB\tCD");
    QTest::newRow("vertical tab kept") << QStringLiteral("\vAB\v") << QStringLiteral("\vAB\v");
    QTest::newRow("form feed kept") << QStringLiteral("\fAB") << QStringLiteral("\fAB");
    QTest::newRow("nbsp kept") << QStringLiteral("\u00a0AB") << QStringLiteral("\u00a0AB");
    QTest::newRow("ideographic space kept")
            << QStringLiteral("AB\u3000") << QStringLiteral("AB\u3000");
    QTest::newRow("line separator kept")
            << QStringLiteral("\u2028AB") << QStringLiteral("\u2028AB");
    QTest::newRow("mixed") << QStringLiteral("\n\r\t \u00a0AB \u00a0\t")
                           << QStringLiteral("\u00a0AB \u00a0");
}

void TestCodeKey::trimOnlyAsciiWhiteSpace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(crypto::trimCode(input), expected);
}

void TestCodeKey::differentCodesGiveDifferentKeys()
{
    const SecretBytes a = crypto::deriveCodeKey(u"ABCDE-FGHIJ-KLMNO");
    const SecretBytes b = crypto::deriveCodeKey(u"ABCDE-FGHIJ-KLMNP");
    QCOMPARE(a.size(), crypto::Sha1Size);
    QVERIFY(!a.equals(b.view()));
    QVERIFY(crypto::keyIdOf(a) != crypto::keyIdOf(b));
    // The key is the hash of the UTF-16LE bytes, not of UTF-8 or Latin-1.
    QVERIFY(!a.equals(crypto::sha1("ABCDE-FGHIJ-KLMNO")));
}

// The code kept for ActivationKeySignature is wiped by ~CodeKey. wipe() writes over the buffer
// in place only when nobody else shares it (else it would destroy someone's copy), so the object
// must own its code outright, even when there was nothing to trim. (The wiping itself is only
// visible in freed memory, which a test cannot read.)
void TestCodeKey::codeKeyOwnsItsCode()
{
    const QString input = QStringLiteral("ABCD-EFGH");
    const protocol::client::CodeKey k = protocol::client::CodeKey::fromCode(input);
    QCOMPARE(k.code, input);
    QVERIFY(k.code.constData() != input.constData());
    QVERIFY(k.code.isDetached());
}

// A secret is moved into SecretBytes, not copied: no second copy is left to wipe.
void TestCodeKey::adoptMovesTheBuffer()
{
    QByteArray bytes("0123456789abcdef0123");
    QVERIFY(bytes.isDetached());
    const char *where = bytes.constData();
    const SecretBytes s = SecretBytes::adopt(bytes);
    QCOMPARE(s.constData(), where);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(bytesOf(s), QByteArray("0123456789abcdef0123"));
}

// A buffer someone else also holds is copied (SecretBytes never shares) and left to them.
void TestCodeKey::adoptCopiesASharedBuffer()
{
    const QByteArray other("shared secret");
    QByteArray bytes = other;
    const SecretBytes s = SecretBytes::adopt(bytes);
    QVERIFY(s.constData() != other.constData());
    QVERIFY(bytes.isEmpty());
    QCOMPARE(other, QByteArray("shared secret"));
    QCOMPARE(bytesOf(s), other);
}

QTEST_GUILESS_MAIN(TestCodeKey)
#include "tst_codekey.moc"
