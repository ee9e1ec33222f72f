// diag::IncidentId: "GE-XXXX-XXXX" in Crockford base32, from 40 random bits.
#include "diag/IncidentId.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace groove::diag;

class TestIncidentId final : public QObject
{
    Q_OBJECT

private slots:
    void fromBytes_data();
    void fromBytes();
    void validity_data();
    void validity();
    void newIdsDiffer();
};

void TestIncidentId::fromBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("id");

    QTest::newRow("zero") << QByteArray(5, 0) << QStringLiteral("GE-0000-0000");
    QTest::newRow("ones") << QByteArray(5, char(0xFF)) << QStringLiteral("GE-ZZZZ-ZZZZ");
    QTest::newRow("last bit") << QByteArray::fromHex("0000000001")
                              << QStringLiteral("GE-0000-0001");
    QTest::newRow("first bits") << QByteArray::fromHex("8000000000")
                                << QStringLiteral("GE-G000-0000");
    // 0x0123456789 = 00000 00100 10001 10100 01010 11001 11100 01001 -> 0 4 H M A S W 9
    QTest::newRow("mixed") << QByteArray::fromHex("0123456789") << QStringLiteral("GE-04HM-ASW9");
}

void TestIncidentId::fromBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, id);
    QCOMPARE(incidentIdFromBytes(bytes), id);
    QVERIFY(isValidIncidentId(id));
}

void TestIncidentId::validity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("good") << QStringLiteral("GE-7K3Q-9XZA") << true;
    QTest::newRow("lower case") << QStringLiteral("ge-7k3q-9xza") << false;
    QTest::newRow("I") << QStringLiteral("GE-7K3I-9XZA") << false;
    QTest::newRow("L") << QStringLiteral("GE-7K3L-9XZA") << false;
    QTest::newRow("O") << QStringLiteral("GE-7K3O-9XZA") << false;
    QTest::newRow("U") << QStringLiteral("GE-7K3U-9XZA") << false;
    QTest::newRow("short") << QStringLiteral("GE-7K3-9XZA") << false;
    QTest::newRow("no dash") << QStringLiteral("GE-7K3Q9XZAA") << false;
    QTest::newRow("prefix") << QStringLiteral("GX-7K3Q-9XZA") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("GE-7K3Q-9XZÄ") << false;
}

void TestIncidentId::validity()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidIncidentId(text), valid);
}

void TestIncidentId::newIdsDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newIncidentId();
        QVERIFY2(isValidIncidentId(id), qPrintable(id));
        seen.insert(id);
    }
    // 40 random bits: a repeat among 1000 has a chance of about 5e-7.
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TestIncidentId)
#include "tst_incidentid.moc"
