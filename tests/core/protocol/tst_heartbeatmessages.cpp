#include "common/Vectors.h"
#include "crypto/Crypto.h"
#include "protocol/ClientCodec.h"
#include "protocol/Envelope.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

// AccountHeartbeat (WIRE-PROFILE 5.6) against msg_account_heartbeat.json.
namespace {

QJsonObject vector()
{
    return testing::loadVector(QStringLiteral("msg_account_heartbeat.json"));
}

QJsonObject sealingOf(const char *dir)
{
    return vector().value(QLatin1StringView(dir)).toObject().value(u"sealing").toObject();
}

QByteArray key()
{
    return testing::hex(vector().value(u"k_acct_hex"));
}

QList<xml::XmlAttribute> vectorAttributes()
{
    QList<xml::XmlAttribute> out;
    const QJsonObject a = vector().value(u"event_attributes").toObject();
    for (auto it = a.begin(); it != a.end(); ++it)
        out.append({ it.key(), it.value().toString() });
    return out;
}

EventInfo vectorEvent()
{
    const QJsonObject a = vector().value(u"event_attributes").toObject();
    EventInfo e;
    e.domainGuid = a.value(u"DomainGUID").toString();
    e.guid = a.value(u"GUID").toString();
    e.grooveVersion = a.value(u"GrooveVersion").toString();
    e.identityUrl = a.value(u"IdentityURL").toString();
    e.isDeviceAccount = a.value(u"IsDeviceAccount").toString() == u"1";
    e.userDeviceGuid = a.value(u"UserDeviceGuid").toString();
    e.userDeviceName = a.value(u"UserDeviceName").toString();
    e.created = a.value(u"created").toString().toLongLong();
    e.eventId = a.value(u"_EventID").toString().toInt();
    return e;
}

QByteArray requestEnvelope()
{
    return testing::utf8(vector().value(u"request").toObject().value(u"envelope"));
}

// A response envelope whose payload has the given attributes, sealed with the vector's key.
QByteArray responseWith(const QList<xml::XmlAttribute> &attributes)
{
    xml::XmlElement e(QStringLiteral("AccountHeartbeatResponse"));
    for (const xml::XmlAttribute &a : attributes)
        e.set(a.name, a.value);
    const QByteArray fragment = seal(FragmentHeader::forResponse(), e, key()).value();
    return buildResponseEnvelope(method::AccountHeartbeat, fragment).value();
}

QList<xml::XmlAttribute> without(QList<xml::XmlAttribute> list, const QString &name)
{
    list.removeIf([&](const xml::XmlAttribute &a) { return a.name == name; });
    return list;
}

QList<xml::XmlAttribute> replaced(QList<xml::XmlAttribute> list, const QString &name,
                                  const QString &value)
{
    for (xml::XmlAttribute &a : list) {
        if (a.name == name)
            a.value = value;
    }
    return list;
}

QByteArray replacedIn(QByteArray envelope, const QByteArray &from, const QByteArray &to)
{
    if (!envelope.contains(from))
        qFatal("vector envelope lacks %s", from.constData());
    return envelope.replace(from, to);
}

} // namespace

class TestHeartbeatMessages final : public QObject
{
    Q_OBJECT

private slots:
    void eventAttributesMatchVector()
    {
        const QByteArray header = testing::utf8(sealingOf("request").value(u"header_bytes"));
        const FragmentHeader h =
                FragmentHeader::forEvent(eventAttributes(vectorEvent(), EventForm::Heartbeat));
        QCOMPARE(xml::serialize(h.toElement()).value(), header);
        const Result<EventInfo> parsed =
                parseEventAttributes(vectorAttributes(), EventForm::Heartbeat);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toLogString()));
        QCOMPARE(*parsed, vectorEvent());
    }

    void requestMatchesVector()
    {
        const QJsonObject s = sealingOf("request");
        const Result<QByteArray> body = client::accountHeartbeatRequest(
                vectorEvent(), key(), 2, testing::hex(s.value(u"iv_hex")));
        QVERIFY(body.ok());
        QCOMPARE(*body, requestEnvelope());
        const Result<HeartbeatEnvelope> env = parseHeartbeatEnvelope(*body);
        QVERIFY(env.ok());
        QCOMPARE(env->payload, testing::utf8(s.value(u"fragment_bytes")));
        QCOMPARE(env->sequenceNumber, 2);
    }

    void requestWithFreshIvOpens()
    {
        const Result<QByteArray> body = client::accountHeartbeatRequest(vectorEvent(), key(), 0);
        QVERIFY(body.ok());
        QVERIFY(*body != requestEnvelope());
        const Result<HeartbeatEnvelope> env = parseHeartbeatEnvelope(*body);
        QVERIFY(env.ok());
        QCOMPARE(env->sequenceNumber, 0);
        const Result<SealedFragment> sealed = parseSealed(env->payload);
        QVERIFY(sealed.ok());
        QCOMPARE(parseEventAttributes(sealed->header.wrapperAttributes, EventForm::Heartbeat)
                         .value(),
                 vectorEvent());
        const Result<OpenedPayload> opened = open(*sealed, key());
        QVERIFY(opened.ok());
        QVERIFY(AccountHeartbeatRequest::fromXml(opened->payload).ok());
        QCOMPARE(client::accountHeartbeatRequest(vectorEvent(), key(), -1).error().kind,
                 ErrorKind::InvalidValue);
    }

    void eventStrictness_data()
    {
        QTest::addColumn<QList<xml::XmlAttribute>>("attributes");
        QTest::addColumn<bool>("accepted");
        const QList<xml::XmlAttribute> v = vectorAttributes();
        QTest::newRow("vector") << v << true;
        QTest::newRow("extra attribute")
                << (QList<xml::XmlAttribute>(v)
                    << xml::XmlAttribute{ QStringLiteral("Extra"), QStringLiteral("1") })
                << false;
        for (const xml::XmlAttribute &a : v)
            QTest::addRow("missing %s", qPrintable(a.name)) << without(v, a.name) << false;
        QTest::newRow("DeviceGUID differs from UserDeviceGuid")
                << replaced(v, QStringLiteral("DeviceGUID"), v.value(1).value) << false;
        QTest::newRow("UniqueID without IdentityURL")
                << replaced(v, QStringLiteral("UniqueID"), v.value(1).value) << false;
        QTest::newRow("UniqueID reversed")
                << replaced(v, QStringLiteral("UniqueID"),
                            QStringLiteral("grooveIdentity://q39mehpyjezgqyi9udbmsgevtj8yu97i@"
                                           "fgen8g6xa2279x5x8jxz28hzhr7hkpe48yqbsza"))
                << false;
        QTest::newRow("_EventID zero")
                << replaced(v, QStringLiteral("_EventID"), QStringLiteral("0")) << false;
    }

    void eventStrictness()
    {
        QFETCH(QList<xml::XmlAttribute>, attributes);
        QFETCH(bool, accepted);
        QCOMPARE(v().value(1).name, QStringLiteral("DomainGUID")); // the rows rely on the order
        const Result<EventInfo> r = parseEventAttributes(attributes, EventForm::Heartbeat);
        QCOMPARE(r.ok(), accepted);
    }

    void wrapperFormIsNotHeartbeat()
    {
        // The nine-attribute wrapper of other account-key requests is not a heartbeat Event,
        // and the heartbeat Event is not a plain wrapper.
        const QList<xml::XmlAttribute> nine = eventAttributes(vectorEvent(), EventForm::Wrapper);
        QVERIFY(!parseEventAttributes(nine, EventForm::Heartbeat).ok());
        QVERIFY(!parseEventAttributes(vectorAttributes(), EventForm::Wrapper).ok());
    }

    void envelopeStrictness_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("sequenceNumber"); // -1: refused
        const QByteArray e = requestEnvelope();
        const QByteArray n =
                "<MessageSequenceNumber xsi:type=\"xsd:int\">2</MessageSequenceNumber>";
        QTest::newRow("vector") << e << 2;
        QTest::newRow("spaces around base64") << replacedIn(
                replacedIn(e, "\"base64\">", "\"base64\">  "), "</Payload>", " </Payload>")
                                              << 2;
        QTest::newRow("tab before base64") << replacedIn(e, "\"base64\">", "\"base64\">\t") << -1;
        QTest::newRow("space inside base64")
                << replacedIn(e, "\"base64\">PD94", "\"base64\">PD 94") << -1;
        for (const char *value : { "0", "2147483647" }) {
            QTest::addRow("N %s", value)
                    << replacedIn(e, n,
                                  QByteArray("<MessageSequenceNumber xsi:type=\"xsd:int\">") + value
                                          + "</MessageSequenceNumber>")
                    << QByteArray(value).toInt();
        }
        for (const char *value : { "-1", "02", "+2", " 2", "2147483648", "", "2a" }) {
            QTest::addRow("N '%s'", value)
                    << replacedIn(e, n,
                                  QByteArray("<MessageSequenceNumber xsi:type=\"xsd:int\">") + value
                                          + "</MessageSequenceNumber>")
                    << -1;
        }
        QTest::newRow("N without xsi:type")
                << replacedIn(e, n, "<MessageSequenceNumber>2</MessageSequenceNumber>") << -1;
        QTest::newRow("N missing") << replacedIn(e, n, "") << -1;
        QTest::newRow("Version 5") << replacedIn(e, "\"xsd:int\">4<", "\"xsd:int\">5<") << -1;
        QTest::newRow("LastBroadcastProcessed 1")
                << replacedIn(e, "\"xsd:int\">0</Last", "\"xsd:int\">1</Last") << -1;
        QTest::newRow("extra child") << replacedIn(e, n, n + "<Extra/>") << -1;
        QTest::newRow("Version after LastBroadcastProcessed")
                << replacedIn(replacedIn(e, "<Version xsi:type=\"xsd:int\">4</Version>", ""),
                              "</LastBroadcastProcessed>",
                              "</LastBroadcastProcessed><Version xsi:type=\"xsd:int\">4</Version>")
                << -1;
        QTest::newRow("Payload as binary")
                << replacedIn(e, "xsi:type=\"base64\"", "xsi:type=\"binary\"") << -1;
        QTest::newRow("another method")
                << replacedIn(replacedIn(e, "<AccountHeartbeat>", "<AutoActivation>"),
                              "</AccountHeartbeat>", "</AutoActivation>")
                << -1;
    }

    void envelopeStrictness()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, sequenceNumber);
        const Result<HeartbeatEnvelope> r = parseHeartbeatEnvelope(body);
        QCOMPARE(r.ok(), sequenceNumber >= 0);
        if (r.ok()) {
            QCOMPARE(r->sequenceNumber, sequenceNumber);
            QCOMPARE(r->payload, testing::utf8(sealingOf("request").value(u"fragment_bytes")));
        }
    }

    void genericParserAcceptsSpacesForHeartbeatOnly()
    {
        const QByteArray spaced = replacedIn(requestEnvelope(), "\"base64\">", "\"base64\"> ");
        const Result<RequestEnvelope> r = parseRequestEnvelope(spaced);
        QVERIFY(r.ok());
        QCOMPARE(r->method, method::AccountHeartbeat);
        const QByteArray other = buildRequestEnvelope(method::AutoActivation, "abc").value();
        QVERIFY(!parseRequestEnvelope(replacedIn(other, "\"base64\">", "\"base64\"> ")).ok());
    }

    void responseFromVector()
    {
        const QJsonObject r = vector().value(u"response").toObject();
        const QByteArray body = testing::utf8(r.value(u"envelope"));
        const Result<AccountHeartbeatResponse> got = client::accountHeartbeatResponse(body, key());
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().toLogString()));
        QCOMPARE(got->nextHeartbeatSeconds, r.value(u"next_heartbeat_seconds").toInt());
        QCOMPARE(got->serverTime, 1700000060);
        // The server side of the codec writes the vector's payload and fragment exactly.
        const QJsonObject s = r.value(u"sealing").toObject();
        QCOMPARE(xml::serialize(got->toXml()).value(), testing::utf8(s.value(u"payload_bytes")));
        QCOMPARE(seal(FragmentHeader::forResponse(), got->toXml(), key(),
                      testing::hex(s.value(u"iv_hex")))
                         .value(),
                 testing::utf8(s.value(u"fragment_bytes")));
    }

    void responseFault210()
    {
        const QByteArray body =
                testing::utf8(vector().value(u"response").toObject().value(u"fault_210_envelope"));
        const Result<AccountHeartbeatResponse> r = client::accountHeartbeatResponse(body, key());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::ServerFault);
        QCOMPARE(r.error().faultCode, 210);
    }

    void responseIntegrity()
    {
        const QJsonObject r = vector().value(u"response").toObject();
        const QString mac = r.value(u"sealing").toObject().value(u"MAC").toString();
        QByteArray fragment =
                testing::utf8(r.value(u"sealing").toObject().value(u"fragment_bytes"));
        QString flipped = mac;
        flipped[0] = flipped[0] == u'A' ? u'B' : u'A';
        fragment.replace(mac.toUtf8(), flipped.toUtf8());
        const QByteArray body = buildResponseEnvelope(method::AccountHeartbeat, fragment).value();
        QCOMPARE(client::accountHeartbeatResponse(body, key()).error().kind, ErrorKind::BadMac);

        QByteArray otherKey = key();
        otherKey[0] = char(otherKey[0] ^ 1);
        QCOMPARE(client::accountHeartbeatResponse(testing::utf8(r.value(u"envelope")), otherKey)
                         .error()
                         .kind,
                 ErrorKind::BadMac);
    }

    void responseOfAnotherMethod()
    {
        const QByteArray fragment = testing::utf8(sealingOf("response").value(u"fragment_bytes"));
        const QByteArray body = buildResponseEnvelope(method::AutoActivation, fragment).value();
        QCOMPARE(client::accountHeartbeatResponse(body, key()).error().kind,
                 ErrorKind::UnexpectedElement);
    }

    void responseInterval_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<int>("clamped"); // 0: refused
        QTest::newRow("1") << QStringLiteral("1") << 60;
        QTest::newRow("59") << QStringLiteral("59") << 60;
        QTest::newRow("60") << QStringLiteral("60") << 60;
        QTest::newRow("14400") << QStringLiteral("14400") << 14400;
        QTest::newRow("86400") << QStringLiteral("86400") << 86400;
        QTest::newRow("86401") << QStringLiteral("86401") << 86400;
        QTest::newRow("2147483647") << QStringLiteral("2147483647") << 86400;
        QTest::newRow("0") << QStringLiteral("0") << 0;
        QTest::newRow("-60") << QStringLiteral("-60") << 0;
        QTest::newRow("0600") << QStringLiteral("0600") << 0;
        QTest::newRow("+600") << QStringLiteral("+600") << 0;
        QTest::newRow("2147483648") << QStringLiteral("2147483648") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("600 with space") << QStringLiteral("600 ") << 0;
    }

    void responseInterval()
    {
        QFETCH(QString, sent);
        QFETCH(int, clamped);
        const QByteArray body =
                responseWith({ { QStringLiteral("NextHeartbeatSeconds"), sent },
                               { QStringLiteral("ServerTime"), QStringLiteral("1700000060") } });
        const Result<AccountHeartbeatResponse> r = client::accountHeartbeatResponse(body, key());
        QCOMPARE(r.ok(), clamped != 0);
        if (r.ok())
            QCOMPARE(r->nextHeartbeatSeconds, clamped);
        else
            QCOMPARE(r.error().kind, ErrorKind::InvalidValue);
    }

    void responseMissingOrExtra_data()
    {
        QTest::addColumn<QList<xml::XmlAttribute>>("attributes");
        QTest::addColumn<bool>("accepted");
        const xml::XmlAttribute next{ QStringLiteral("NextHeartbeatSeconds"),
                                      QStringLiteral("600") };
        const xml::XmlAttribute time{ QStringLiteral("ServerTime"), QStringLiteral("1700000060") };
        QTest::newRow("both") << QList<xml::XmlAttribute>{ next, time } << true;
        QTest::newRow("unknown attribute ignored") << QList<xml::XmlAttribute>{
            next, time, { QStringLiteral("Later"), QStringLiteral("x") }
        } << true;
        QTest::newRow("no NextHeartbeatSeconds") << QList<xml::XmlAttribute>{ time } << false;
        QTest::newRow("no ServerTime") << QList<xml::XmlAttribute>{ next } << false;
        QTest::newRow("negative ServerTime") << QList<xml::XmlAttribute>{
            next, { QStringLiteral("ServerTime"), QStringLiteral("-1") }
        } << false;
    }

    void responseMissingOrExtra()
    {
        QFETCH(QList<xml::XmlAttribute>, attributes);
        QFETCH(bool, accepted);
        QCOMPARE(client::accountHeartbeatResponse(responseWith(attributes), key()).ok(), accepted);
    }

    void requestPayloadStrictness()
    {
        QVERIFY(AccountHeartbeatRequest::fromXml(
                        xml::XmlElement(QStringLiteral("AccountHeartbeat")))
                        .ok());
        xml::XmlElement withAttr(QStringLiteral("AccountHeartbeat"));
        withAttr.set(QStringLiteral("X"), QStringLiteral("1"));
        QVERIFY(!AccountHeartbeatRequest::fromXml(withAttr).ok());
        xml::XmlElement withChild(QStringLiteral("AccountHeartbeat"));
        withChild.append(xml::XmlElement(QStringLiteral("X")));
        QVERIFY(!AccountHeartbeatRequest::fromXml(withChild).ok());
        QVERIFY(!AccountHeartbeatRequest::fromXml(xml::XmlElement(QStringLiteral("AutoActivation")))
                         .ok());
    }

private:
    static QList<xml::XmlAttribute> v() { return vectorAttributes(); }
};

QTEST_GUILESS_MAIN(TestHeartbeatMessages)
#include "tst_heartbeatmessages.moc"
