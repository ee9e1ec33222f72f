#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::xml;

Q_DECLARE_METATYPE(groove::ErrorKind)

class TestXmlReader final : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("prefix") << QByteArrayLiteral(
                "<?xml version='1.0'?><?groove.net version='1.0'?><a b=\"1\"/>")
                                << QByteArrayLiteral("<a b=\"1\"/>");
        QTest::newRow("no prefix") << QByteArrayLiteral("<a/>") << QByteArrayLiteral("<a/>");
        QTest::newRow("blank between elements") << QByteArrayLiteral("<a>\n  <b/>\r\n\t<c/> </a>")
                                                << QByteArrayLiteral("<a><b/><c/></a>");
        QTest::newRow("text kept") << QByteArrayLiteral("<a> x &amp; y </a>")
                                   << QByteArrayLiteral("<a> x &amp; y </a>");
        QTest::newRow("char references") << QByteArrayLiteral("<a v=\"&#9;&#x41;&quot;\"/>")
                                         << QByteArrayLiteral("<a v=\"&#9;A&quot;\"/>");
        QTest::newRow("single quotes")
                << QByteArrayLiteral("<a v='x'/>") << QByteArrayLiteral("<a v=\"x\"/>");
        QTest::newRow("comment ignored")
                << QByteArrayLiteral("<a><!-- c --><b/></a>") << QByteArrayLiteral("<a><b/></a>");
        QTest::newRow("utf-8 declared")
                << QByteArrayLiteral("<?xml version='1.0' encoding='UTF-8'?><a/>")
                << QByteArrayLiteral("<a/>");
        QTest::newRow("prefixed names kept")
                << QByteArrayLiteral("<g:x xmlns:g=\"urn:groove.net\"><g:y/></g:x>")
                << QByteArrayLiteral("<g:x xmlns:g=\"urn:groove.net\"><g:y/></g:x>");
        QTest::newRow("undeclared prefix kept")
                << QByteArrayLiteral("<g:SE/>") << QByteArrayLiteral("<g:SE/>");
        QTest::newRow("non-ascii")
                << QByteArray("<a v=\"Zo\xc3\xab\"/>") << QByteArray("<a v=\"Zo\xc3\xab\"/>");
    }

    void accepted()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        const Result<XmlElement> e = parse(input);
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().detail));
        QCOMPARE(serialize(*e, Prefix::Without).value(), canonical);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<ErrorKind>("kind");
        const auto M = ErrorKind::MalformedXml;
        const auto F = ErrorKind::ForbiddenXml;
        QTest::newRow("empty") << QByteArray() << M;
        QTest::newRow("blank") << QByteArrayLiteral("  ") << M;
        QTest::newRow("not xml") << QByteArrayLiteral("hello") << M;
        QTest::newRow("unclosed") << QByteArrayLiteral("<a><b></a>") << M;
        QTest::newRow("truncated") << QByteArrayLiteral("<a b=\"1") << M;
        QTest::newRow("two roots") << QByteArrayLiteral("<a/><b/>") << M;
        QTest::newRow("trailing text") << QByteArrayLiteral("<a/>x") << M;
        QTest::newRow("mixed content") << QByteArrayLiteral("<a>x<b/></a>") << M;
        QTest::newRow("mixed content after") << QByteArrayLiteral("<a><b/>x</a>") << M;
        QTest::newRow("doctype") << QByteArrayLiteral("<!DOCTYPE a><a/>") << F;
        QTest::newRow("entity declaration")
                << QByteArrayLiteral("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>") << F;
        QTest::newRow("external entity") << QByteArrayLiteral(
                "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")
                                         << F;
        QTest::newRow("undeclared entity") << QByteArrayLiteral("<a>&nbsp;</a>") << M;
        QTest::newRow("duplicate attribute") << QByteArrayLiteral("<a x=\"1\" x=\"2\"/>") << M;
        QTest::newRow("bad char reference") << QByteArrayLiteral("<a>&#1;</a>") << M;
        QTest::newRow("raw control char") << QByteArray("<a>\x01</a>") << M;
        // QXmlStreamReader accepts these in names; the writer would refuse them.
        const auto U = ErrorKind::UnsupportedCharacter;
        QTest::newRow("NUL in attribute name")
                << QByteArray("<a b=\"\"><v DatK\0\0\0a=\"x\"/></a>", 29) << U;
        // Qt itself refuses this one as not well-formed.
        QTest::newRow("NUL in element name") << QByteArray("<a><vK\0\0\0\0\0\0\0a/></a>", 20) << M;
        QTest::newRow("control char in attribute name") << QByteArray("<a b\x01c=\"\"/>") << U;
        QTest::newRow("invalid utf-8") << QByteArray("<a v=\"\xff\xfe\"/>") << M;
        QTest::newRow("utf-16 declared")
                << QByteArrayLiteral("<?xml version='1.0' encoding='UTF-16'?><a/>") << M;
        QTest::newRow("pi in element") << QByteArrayLiteral("<a><?x y?></a>") << M;
        QTest::newRow("too deep") << (QByteArray("<a>").repeated(MaxDepth + 1)
                                      + QByteArray("</a>").repeated(MaxDepth + 1))
                                  << M;
    }

    void rejected()
    {
        QFETCH(QByteArray, input);
        QFETCH(ErrorKind, kind);
        const Result<XmlElement> e = parse(input);
        QVERIFY(!e.ok());
        // Qt reports some violations (duplicate attribute, bad UTF-8) as not well-formed before we
        // see them; the table records that kind. Either way the reader refuses.
        QCOMPARE(kindName(e.error().kind), kindName(kind));
        QVERIFY(!e.error().detail.isEmpty());
    }

    void depthLimitIsExact()
    {
        const QByteArray ok =
                QByteArray("<a>").repeated(MaxDepth) + QByteArray("</a>").repeated(MaxDepth);
        QVERIFY(parse(ok).ok());
    }

    // Token counts of parse(): element, attribute, comment, PI, CDATA and text run each count
    // one; end tags none. Every row is built to sit exactly at the cap or one above it.
    void tokenCap_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("accepted");
        auto children = [](int n) -> QByteArray {
            return "<a>" + QByteArray("<b/>").repeated(n) + "</a>";
        };
        QTest::newRow("elements at the cap") << children(MaxTokens - 1) << true;
        QTest::newRow("elements above the cap") << children(MaxTokens) << false;
        auto attributed =
                [](int n) -> QByteArray { // root with one attribute, children with one each
            return "<a r=\"1\">" + QByteArray("<b x=\"=>'\"/>").repeated(n) + "</a>";
        };
        QTest::newRow("attributes at the cap") << attributed((MaxTokens - 2) / 2) << true;
        QTest::newRow("attributes above the cap") << attributed((MaxTokens - 2) / 2 + 1) << false;
        auto commented = [](int n) -> QByteArray {
            return "<a>" + QByteArray("<!-- c -->").repeated(n) + "</a>";
        };
        QTest::newRow("comments at the cap") << commented(MaxTokens - 1) << true;
        QTest::newRow("comments above the cap") << commented(MaxTokens) << false;
        auto split = [](int n) -> QByteArray { // text runs split by comments: 1 + 2n + 1 tokens
            return "<a>" + QByteArray("x<!---->").repeated(n) + "x</a>";
        };
        QTest::newRow("split text at the cap") << split((MaxTokens - 2) / 2) << true;
        QTest::newRow("split text above the cap") << split((MaxTokens - 2) / 2 + 1) << false;
        auto spaced =
                [](int n) -> QByteArray { // blank text between elements counts too: 1 + 2n + 1
            return "<a>" + QByteArray(" <b/>").repeated(n) + " </a>";
        };
        QTest::newRow("blank text at the cap") << spaced((MaxTokens - 2) / 2) << true;
        QTest::newRow("blank text above the cap") << spaced((MaxTokens - 2) / 2 + 1) << false;
        auto attributes = [](int n) -> QByteArray {
            QByteArray b("<a");
            for (int i = 0; i < n; ++i)
                b += " a" + QByteArray::number(i) + "=\"" + QByteArray::number(i) + "\"";
            return b + "/>";
        };
        QTest::newRow("attributes on one element at the cap") << attributes(MaxAttributes) << true;
        QTest::newRow("attributes on one element above the cap")
                << attributes(MaxAttributes + 1) << false;
        // Before the cap, QXmlStreamReader spent about 30 s on this 900 KB start tag.
        QTest::newRow("one element, 60000 attributes") << attributes(60000) << false;
        const QByteArray deep = QByteArray("<a v=\"1\" w=\"2\"><!---->").repeated(MaxDepth)
                + QByteArray("</a>").repeated(MaxDepth);
        QTest::newRow("deep nesting with attributes and comments") << deep << true;
        QTest::newRow("prolog counts")
                << QByteArray("<?groove.net version='1.0'?>" + children(MaxTokens - 2)) << true;
        QTest::newRow("prolog counts, above")
                << QByteArray("<?groove.net version='1.0'?>" + children(MaxTokens - 1)) << false;
    }

    void tokenCap()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, accepted);
        QVERIFY(input.size() < MaxMessageBytes);
        const Result<XmlElement> e = parse(input);
        if (accepted) {
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().detail));
        } else {
            QVERIFY(!e.ok());
            QCOMPARE(kindName(e.error().kind), kindName(ErrorKind::InputTooLarge));
        }
    }

    void textSplitByCommentsIsJoined()
    {
        const Result<XmlElement> e = parse("<a>x<!---->y<![CDATA[<z>]]>&amp;</a>");
        QVERIFY(e.ok());
        QCOMPARE(e->text(), QStringLiteral("xy<z>&"));
    }

    void capsAreOptions()
    {
        ReadOptions o;
        o.maxTokens = 3; // a, v, b
        QVERIFY(parse("<a v=\"==\"><b/></a>", o).ok());
        QCOMPARE(parse("<a v=\"==\"><b/><b/></a>", o).error().kind, ErrorKind::InputTooLarge);
        o.maxAttributes = 1;
        QCOMPARE(parse("<a v=\"1\" w='2'/>", o).error().kind, ErrorKind::InputTooLarge);
    }

    void sizeLimit()
    {
        QByteArray big = "<a v=\"" + QByteArray(MaxMessageBytes, 'x') + "\"/>";
        const Result<XmlElement> e = parse(big);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().kind, ErrorKind::InputTooLarge);
        ReadOptions small;
        small.maxBytes = 10;
        QCOMPARE(parse("<abcdefghij/>", small).error().kind, ErrorKind::InputTooLarge);
        QVERIFY(parse("<abcdef/>", small).ok());
    }
};

QTEST_GUILESS_MAIN(TestXmlReader)
#include "tst_xmlreader.moc"
