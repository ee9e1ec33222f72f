#include "xml/XmlElement.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::xml;

// XmlElement::wipe(): owned values are overwritten in place, shared ones are left to their
// other holder (never detached and wiped as a copy).
class TestXmlElement final : public QObject
{
    Q_OBJECT

private slots:
    void wipeOverwritesOwnedValuesInPlace()
    {
        Result<XmlElement> tree =
                parse("<a Code=\"s3cret-code\"><b>secret text</b><c x=\"y\"/></a>");
        QVERIFY(tree.ok());
        const QChar *code = tree->attribute(QStringLiteral("Code"))->constData();
        const QChar *text = tree->children().front().text().constData();

        QCOMPARE(tree->wipe(), 3);

        // Same buffers as before (no detach, no reallocation), now holding only NULs.
        const QString *wipedCode = tree->attribute(QStringLiteral("Code"));
        QCOMPARE(wipedCode->constData(), code);
        QCOMPARE(*wipedCode, QString(11, QChar(0)));
        QCOMPARE(tree->children().front().text().constData(), text);
        QCOMPARE(tree->children().front().text(), QString(11, QChar(0)));
        QCOMPARE(tree->children().back().value(QStringLiteral("x")), QString(QChar(0)));
        // Names and structure stay.
        QCOMPARE(tree->name(), QStringLiteral("a"));
        QCOMPARE(tree->children().size(), size_t(2));
    }

    void wipeLeavesSharedValuesToTheirHolder()
    {
        Result<XmlElement> tree = parse("<a Code=\"s3cret-code\" Other=\"o\"/>");
        QVERIFY(tree.ok());
        const QString taken = tree->value(QStringLiteral("Code")); // shares the buffer
        const QChar *buffer = taken.constData();

        QCOMPARE(tree->wipe(), 1); // only Other

        QCOMPARE(taken, QStringLiteral("s3cret-code"));
        QCOMPARE(taken.constData(), buffer);
        QVERIFY(taken.isDetached()); // the tree let go of its reference
        QVERIFY(tree->value(QStringLiteral("Code")).isEmpty());
    }

    void wipeOfACopiedTreeLeavesTheOriginal()
    {
        Result<XmlElement> tree = parse("<a Code=\"s3cret-code\"><b>t</b></a>");
        QVERIFY(tree.ok());
        XmlElement copy = *tree;
        QCOMPARE(copy.wipe(), 0);
        QCOMPARE(tree->value(QStringLiteral("Code")), QStringLiteral("s3cret-code"));
        QCOMPARE(tree->children().front().text(), QStringLiteral("t"));
        // Now the original is the only holder, so its wipe reaches the buffers.
        QCOMPARE(tree->wipe(), 2);
    }

    void wipeSkipsRawData()
    {
        static const QChar raw[] = { u's', u'e', u'c' };
        XmlElement e(QStringLiteral("a"));
        e.set(QStringLiteral("v"), QString::fromRawData(raw, 3));
        QCOMPARE(e.wipe(), 0); // not our buffer: released, not written to
        QCOMPARE(raw[0], QChar(u's'));
        QVERIFY(e.value(QStringLiteral("v")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXmlElement)
#include "tst_xmlelement.moc"
