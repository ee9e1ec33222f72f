#include "common/Vectors.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::xml;

Q_DECLARE_METATYPE(groove::xml::XmlElement)

namespace {

XmlElement fromJson(const QJsonObject &o)
{
    XmlElement e(o.value(u"name").toString());
    const QJsonObject attrs = o.value(u"attrs").toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        e.set(it.key(), it.value().toString());
    for (const QJsonValue &c : o.value(u"children").toArray()) {
        const QJsonObject child = c.toObject();
        if (child.contains(u"text"))
            e.setText(child.value(u"text").toString());
        else
            e.append(fromJson(child));
    }
    return e;
}

} // namespace

class TestCanonicalXml final : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<XmlElement>("tree");
        QTest::addColumn<QByteArray>("expected");
        const QJsonArray cases =
                testing::loadVector(QStringLiteral("canonical_xml.json")).value(u"cases").toArray();
        QVERIFY(cases.size() >= 8);
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QByteArray expected = testing::hex(c.value(u"serialized_hex"));
            QCOMPARE(expected, testing::utf8(c.value(u"serialized")));
            QTest::newRow(qPrintable(c.value(u"name").toString()))
                    << fromJson(c.value(u"tree").toObject()) << expected;
        }
    }

    void vectors()
    {
        QFETCH(XmlElement, tree);
        QFETCH(QByteArray, expected);
        const Result<QByteArray> out = serialize(tree);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().detail));
        QCOMPARE(*out, expected);
        // The reader gives back the same tree, and so the same bytes.
        const Result<XmlElement> back = parse(expected);
        QVERIFY(back.ok());
        QCOMPARE(serialize(*back).value(), expected);
    }

    void withoutPrefix()
    {
        const Result<QByteArray> out = serialize(XmlElement(QStringLiteral("a")), Prefix::Without);
        QCOMPARE(*out, QByteArrayLiteral("<a/>"));
    }

    // PROTOCOL.md 4.2.1 (AccountHeartbeat sample of the spec): the Event start tag and its SE as
    // printed there, line breaks removed, follow from the canonical rules.
    void specSampleAccountHeartbeat()
    {
        XmlElement event(QStringLiteral("Event"));
        event.set(QStringLiteral("created"), QStringLiteral("1199892192"))
                .set(QStringLiteral("_EventID"), QStringLiteral("286456191"))
                .set(QStringLiteral("UserDeviceName"), QStringLiteral("FABRIKAM"))
                .set(QStringLiteral("UserDeviceGuid"),
                     QStringLiteral("e2c3smux2b4uhfucu8a3wztus9bsyaz8bqbtk6s"))
                .set(QStringLiteral("UniqueID"),
                     QStringLiteral("7ymdzshkpai3fgqwdui5c332cmx3532gqenqe9igrooveIdentity://"
                                    "w7e552zcd2us7uhc7upitakem5j9ezxk@"))
                .set(QStringLiteral("IsDeviceAccount"), QStringLiteral("0"))
                .set(QStringLiteral("IdentityURL"),
                     QStringLiteral("grooveIdentity://w7e552zcd2us7uhc7upitakem5j9ezxk@"))
                .set(QStringLiteral("GrooveVersion"), QStringLiteral("4,2,0,2623"))
                .set(QStringLiteral("GUID"),
                     QStringLiteral("a6afv5ms7sxxpkzzpfvwbra83av34at3mz6ytds"))
                .set(QStringLiteral("DomainGUID"),
                     QStringLiteral("7ymdzshkpai3fgqwdui5c332cmx3532gqenqe9i"))
                .set(QStringLiteral("DeviceGUID"),
                     QStringLiteral("e2c3smux2b4uhfucu8a3wztus9bsyaz8bqbtk6s"));
        XmlElement &se = event.append(XmlElement(QStringLiteral("g:SE")));
        se.append(XmlElement(QStringLiteral("g:Enc")))
                .set(QStringLiteral("IV"), QStringLiteral("22lzOygTIwwD4migCpwtld7FFyNylnYo"))
                .set(QStringLiteral("EC"), QStringLiteral("MHxDeAuQ"));
        se.append(XmlElement(QStringLiteral("g:Auth")))
                .set(QStringLiteral("MAC"), QStringLiteral("dDbsbD29yKUCzGo6gkbanwyZJnI="));
        XmlElement root(QStringLiteral("g:fragment"));
        root.set(QStringLiteral("xmlns:g"), QStringLiteral("urn:groove.net"));
        root.append(event);

        const QByteArray expected = QByteArrayLiteral(
                "<?xml version='1.0'?><?groove.net version='1.0'?><g:fragment "
                "xmlns:g=\"urn:groove.net\">"
                "<Event DeviceGUID=\"e2c3smux2b4uhfucu8a3wztus9bsyaz8bqbtk6s\" "
                "DomainGUID=\"7ymdzshkpai3fgqwdui5c332cmx3532gqenqe9i\" "
                "GUID=\"a6afv5ms7sxxpkzzpfvwbra83av34at3mz6ytds\" GrooveVersion=\"4,2,0,2623\" "
                "IdentityURL=\"grooveIdentity://w7e552zcd2us7uhc7upitakem5j9ezxk@\" "
                "IsDeviceAccount=\"0\" "
                "UniqueID=\"7ymdzshkpai3fgqwdui5c332cmx3532gqenqe9igrooveIdentity://"
                "w7e552zcd2us7uhc7upitakem5j9ezxk@\" "
                "UserDeviceGuid=\"e2c3smux2b4uhfucu8a3wztus9bsyaz8bqbtk6s\" "
                "UserDeviceName=\"FABRIKAM\" _EventID=\"286456191\" "
                "created=\"1199892192\"><g:SE><g:Enc EC=\"MHxDeAuQ\" "
                "IV=\"22lzOygTIwwD4migCpwtld7FFyNylnYo\"/>"
                "<g:Auth MAC=\"dDbsbD29yKUCzGo6gkbanwyZJnI=\"/></g:SE></Event></g:fragment>");
        QCOMPARE(serialize(root).value(), expected);
    }

    // PROTOCOL.md 11.6 (Contact Fetch sample): device Event attribute order.
    void specSampleContactFetchOrder()
    {
        XmlElement e(QStringLiteral("Event"));
        const QStringList printed = { QStringLiteral("DomainGUID"),
                                      QStringLiteral("EventID"),
                                      QStringLiteral("GUID"),
                                      QStringLiteral("GrooveVersion"),
                                      QStringLiteral("HighPriority"),
                                      QStringLiteral("IdentityURL"),
                                      QStringLiteral("IsDeviceAccount"),
                                      QStringLiteral("UserDeviceGuid"),
                                      QStringLiteral("UserDeviceName"),
                                      QStringLiteral("_EventID"),
                                      QStringLiteral("created") };
        for (auto it = printed.crbegin(); it != printed.crend(); ++it)
            e.set(*it, QStringLiteral("v"));
        QByteArray expected = "<Event";
        for (const QString &n : printed)
            expected += ' ' + n.toUtf8() + "=\"v\"";
        expected += "/>";
        QCOMPARE(serialize(e, Prefix::Without).value(), expected);
    }

    void unsupportedCharacters_data()
    {
        QTest::addColumn<QString>("attrValue");
        QTest::addColumn<QString>("text");
        QTest::newRow("nul in attribute") << QStringLiteral("a") + QChar(0) << QString();
        QTest::newRow("control in attribute") << QString(QChar(0x1)) << QString();
        QTest::newRow("lone high surrogate in text") << QString() << QString(QChar(0xD800));
        QTest::newRow("lone low surrogate in attribute") << QString(QChar(0xDC00)) << QString();
        QTest::newRow("U+FFFE in text") << QString() << QString(QChar(0xFFFE));
        QTest::newRow("vertical tab in text") << QString() << QStringLiteral("a\vb");
    }

    void unsupportedCharacters()
    {
        QFETCH(QString, attrValue);
        QFETCH(QString, text);
        XmlElement e(QStringLiteral("a"));
        if (!attrValue.isEmpty())
            e.set(QStringLiteral("v"), attrValue);
        e.setText(text);
        const Result<QByteArray> out = serialize(e);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().kind, ErrorKind::UnsupportedCharacter);
    }

    void attributeOrderIsByteOrderNotLocale()
    {
        XmlElement e(QStringLiteral("a"));
        e.set(QStringLiteral("b"), QString())
                .set(QStringLiteral("B"), QString())
                .set(QStringLiteral("_"), QString());
        QCOMPARE(serialize(e, Prefix::Without).value(),
                 QByteArrayLiteral("<a B=\"\" _=\"\" b=\"\"/>"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalXml)
#include "tst_canonicalxml.moc"
