#include "common/Vectors.h"
#include "crypto/Identifiers.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace groove;

Q_DECLARE_METATYPE(groove::ErrorKind)

namespace {

const QString Alphabet = QStringLiteral("23456789abcdefghijkmnpqrstuvwxyz");

QString scheme()
{
    return QLatin1StringView(ids::IdentityScheme).toString();
}

} // namespace

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void malformedDecode_data();
    void malformedDecode();
    void identityUrlValidity_data();
    void identityUrlValidity();
    void identityUrlFromWrongSize();
    void roundTripEveryLength();
    void newGuidShapeAndUniqueness();
    void newIdentityUrlShapeAndUniqueness();
};

void TestIdentifiers::vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QJsonArray cases = testing::loadVector(QStringLiteral("identifiers.json"))
                                     .value(QLatin1StringView("cases"))
                                     .toArray();
    QVERIFY(cases.size() >= 8);
    int i = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QTest::addRow("%d: %s", i++, qPrintable(testing::str(c.value(QLatin1StringView("kind")))))
                << testing::hex(c.value(QLatin1StringView("bytes_hex")))
                << testing::str(c.value(QLatin1StringView("text")));
    }
}

void TestIdentifiers::vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    if (bytes.size() == ids::GuidBytes) {
        QCOMPARE(text.size(), ids::GuidChars);
        QCOMPARE(ids::encodeBase32(bytes), text);
        const Result<QByteArray> decoded = ids::decodeBase32(text, ids::GuidBytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().toHex(), bytes.toHex());
        QVERIFY(ids::isValidGuid(text));
        QVERIFY(!ids::isValidIdentityUrl(text));
    } else {
        QCOMPARE(bytes.size(), ids::IdentityBytes);
        QCOMPARE(ids::identityUrlFromBytes(bytes), text);
        QVERIFY(text.startsWith(scheme()));
        QVERIFY(text.endsWith(u'@'));
        const QString body = text.sliced(scheme().size(), text.size() - scheme().size() - 1);
        QCOMPARE(body.size(), 32);
        QCOMPARE(ids::encodeBase32(bytes), body);
        const Result<QByteArray> decoded = ids::decodeBase32(body, ids::IdentityBytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().toHex(), bytes.toHex());
        QVERIFY(ids::isValidIdentityUrl(text));
        QVERIFY(!ids::isValidGuid(text));
    }
}

void TestIdentifiers::malformedDecode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedBytes");
    QTest::addColumn<ErrorKind>("kind");

    const QString good = QStringLiteral("ty9fs2ffgbaywc2igwe24wsumngq4x4gzeuq69i");
    QTest::newRow("empty") << QString() << 24 << ErrorKind::WrongLength;
    QTest::newRow("38 chars") << good.left(38) << 24 << ErrorKind::WrongLength;
    QTest::newRow("40 chars") << QString(good + u'2') << 24 << ErrorKind::WrongLength;
    QTest::newRow("guid as identity") << good << 20 << ErrorKind::WrongLength;
    QTest::newRow("upper case") << good.toUpper() << 24 << ErrorKind::InvalidValue;
    QTest::newRow("digit 0") << QString(good).replace(0, 1, u'0') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("digit 1") << QString(good).replace(5, 1, u'1') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("letter l") << QString(good).replace(10, 1, u'l') << 24
                              << ErrorKind::InvalidValue;
    QTest::newRow("letter o") << QString(good).replace(20, 1, u'o') << 24
                              << ErrorKind::InvalidValue;
    QTest::newRow("space") << QString(good).replace(3, 1, u' ') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("non-ascii") << QString(good).replace(7, 1, QChar(0x00e9)) << 24
                               << ErrorKind::InvalidValue;
    QTest::newRow("at sign") << QString(good).replace(38, 1, u'@') << 24 << ErrorKind::InvalidValue;
    // 24 bytes leave 3 padding bits in the last character: only 2, a, i, s have them zero.
    QTest::newRow("padding bit 1")
            << QString(good).replace(38, 1, u'3') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("padding bits set")
            << QString(good).replace(38, 1, u'z') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("all ones padded wrong") << QString(39, u'z') << 24 << ErrorKind::InvalidValue;
    QTest::newRow("zero bytes expected") << QString() << 0 << ErrorKind::InvalidValue;
}

void TestIdentifiers::malformedDecode()
{
    QFETCH(QString, text);
    QFETCH(int, expectedBytes);
    QFETCH(ErrorKind, kind);

    const Result<QByteArray> r = ids::decodeBase32(text, expectedBytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, kind);
    if (expectedBytes == ids::GuidBytes)
        QVERIFY(!ids::isValidGuid(text));
}

void TestIdentifiers::identityUrlValidity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    const QString body = QStringLiteral("aju8y4iuje3iymg8ir3dc7dz3i7apm4g");
    QTest::newRow("valid") << QString(scheme() + body + u'@') << true;
    QTest::newRow("missing @") << QString(scheme() + body) << false;
    QTest::newRow("other last char") << QString(scheme() + body + u'#') << false;
    QTest::newRow("@ moved into body") << QString(scheme() + u'@' + body) << false;
    QTest::newRow("double @") << QString(scheme() + body + QStringLiteral("@@")) << false;
    QTest::newRow("text after @") << QString(scheme() + body + QStringLiteral("@x")) << false;
    QTest::newRow("scheme case") << QString(QStringLiteral("grooveidentity://") + body + u'@')
                                 << false;
    QTest::newRow("other scheme") << QString(QStringLiteral("http://") + body + u'@') << false;
    QTest::newRow("no scheme") << QString(body + u'@') << false;
    QTest::newRow("31 chars") << QString(scheme() + body.left(31) + u'@') << false;
    QTest::newRow("33 chars") << QString(scheme() + body + u'2' + u'@') << false;
    QTest::newRow("upper case body") << QString(scheme() + body.toUpper() + u'@') << false;
    QTest::newRow("bad char") << QString(scheme() + QString(body).replace(4, 1, u'0') + u'@')
                              << false;
    QTest::newRow("guid body") << QString(
            scheme() + QStringLiteral("ty9fs2ffgbaywc2igwe24wsumngq4x4gzeuq69i@"))
                               << false;
    QTest::newRow("leading space") << QString(u' ' + scheme() + body + u'@') << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdentifiers::identityUrlValidity()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ids::isValidIdentityUrl(text), valid);
}

void TestIdentifiers::identityUrlFromWrongSize()
{
    QVERIFY(ids::identityUrlFromBytes(QByteArray(19, '\x01')).isEmpty());
    QVERIFY(ids::identityUrlFromBytes(QByteArray(24, '\x01')).isEmpty());
    QVERIFY(ids::identityUrlFromBytes({}).isEmpty());
    QVERIFY(ids::isValidIdentityUrl(ids::identityUrlFromBytes(QByteArray(20, '\x01'))));
}

void TestIdentifiers::roundTripEveryLength()
{
    // Each length has a different number of padding bits (0..4); all must round-trip.
    for (int len = 1; len <= 30; ++len) {
        QByteArray bytes(len, '\0');
        for (int i = 0; i < len; ++i)
            bytes[i] = static_cast<char>(0xa5 ^ (i * 37));
        const QString text = ids::encodeBase32(bytes);
        QCOMPARE(text.size(), (len * 8 + 4) / 5);
        const Result<QByteArray> back = ids::decodeBase32(text, len);
        QVERIFY2(back.ok(), qPrintable(QString::number(len)));
        QCOMPARE(back.value(), bytes);
    }
}

void TestIdentifiers::newGuidShapeAndUniqueness()
{
    constexpr int Draws = 1000;
    QSet<QString> seen;
    for (int i = 0; i < Draws; ++i) {
        const Result<QString> g = ids::newGuid();
        QVERIFY(g.ok());
        QCOMPARE(g.value().size(), ids::GuidChars);
        for (const QChar c : g.value())
            QVERIFY(Alphabet.contains(c));
        QVERIFY(QStringView(u"2ais").contains(g.value().back()));
        QVERIFY(ids::isValidGuid(g.value()));
        seen.insert(g.value());
    }
    QCOMPARE(seen.size(), Draws);
}

void TestIdentifiers::newIdentityUrlShapeAndUniqueness()
{
    constexpr int Draws = 1000;
    QSet<QString> seen;
    for (int i = 0; i < Draws; ++i) {
        const Result<QString> u = ids::newIdentityUrl();
        QVERIFY(u.ok());
        QCOMPARE(u.value().size(), scheme().size() + 32 + 1);
        QVERIFY(u.value().startsWith(scheme()));
        QVERIFY(u.value().endsWith(u'@'));
        QVERIFY(ids::isValidIdentityUrl(u.value()));
        seen.insert(u.value());
    }
    QCOMPARE(seen.size(), Draws);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
