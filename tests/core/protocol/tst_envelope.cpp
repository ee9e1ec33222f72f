#include "common/Vectors.h"
#include "protocol/Envelope.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

Q_DECLARE_METATYPE(groove::ErrorKind)

class TestEnvelope final : public QObject
{
    Q_OBJECT

private slots:
    void requestVectors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("envelope");
        const struct
        {
            const char *file;
            const char *method;
            bool sealed;
        } files[] = {
            { "msg_key_activation.json", "KeyActivation", true },
            { "msg_domain_enrollment.json", "DomainEnrollment", true },
            { "msg_auto_activation.json", "AutoActivation", true },
            { "msg_create_account.json", "CreateAccount", false },
            { "msg_create_account_device.json", "CreateAccount", false },
            { "msg_auto_account_code_configuration.json", "AutoAccountCodeConfiguration", false },
        };
        for (const auto &f : files) {
            const QJsonObject req =
                    testing::loadVector(QString::fromLatin1(f.file)).value(u"request").toObject();
            QByteArray payload;
            if (f.sealed)
                payload = testing::utf8(req.value(u"sealing").toObject().value(u"fragment_bytes"));
            else if (req.contains(u"fragment_bytes"))
                payload = testing::utf8(req.value(u"fragment_bytes"));
            else
                payload = testing::utf8(req.value(u"payload_bytes"));
            QVERIFY(!payload.isEmpty());
            QCOMPARE(req.value(u"http_headers").toObject().value(u"SOAPAction").toString(),
                     QStringLiteral("\"urn:groove.net#%1\"").arg(QLatin1StringView(f.method)));
            QTest::newRow(f.file) << QString::fromLatin1(f.method) << payload
                                  << testing::utf8(req.value(u"envelope"));
        }
    }

    void requestVectors()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, envelope);
        QCOMPARE(buildRequestEnvelope(method, payload).value(), envelope);
        const Result<RequestEnvelope> parsed = parseRequestEnvelope(envelope);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->method, method);
        QCOMPARE(parsed->payload, payload);
    }

    void responseVectors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("hasPayload");
        QTest::addColumn<QByteArray>("envelope");
        const struct
        {
            const char *file;
            const char *method;
            int form;
        } files[] = {
            { "msg_key_activation.json", "KeyActivation", 0 },
            { "msg_domain_enrollment.json", "DomainEnrollment", 0 },
            { "msg_auto_activation.json", "AutoActivation", 0 },
            { "msg_auto_account_code_configuration.json", "AutoAccountCodeConfiguration", 1 },
            { "msg_create_account.json", "CreateAccount", 2 },
            { "msg_create_account_device.json", "CreateAccount", 2 },
        };
        for (const auto &f : files) {
            const QJsonObject resp =
                    testing::loadVector(QString::fromLatin1(f.file)).value(u"response").toObject();
            QByteArray payload;
            if (f.form == 0)
                payload = testing::utf8(resp.value(u"sealing").toObject().value(u"fragment_bytes"));
            else if (f.form == 1)
                payload = testing::utf8(resp.value(u"payload_bytes"));
            QTest::newRow(f.file) << QString::fromLatin1(f.method) << payload << (f.form != 2)
                                  << testing::utf8(resp.value(u"envelope"));
        }
    }

    void responseVectors()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, payload);
        QFETCH(bool, hasPayload);
        QFETCH(QByteArray, envelope);
        const std::optional<QByteArray> p = hasPayload ? std::optional(payload) : std::nullopt;
        QCOMPARE(buildResponseEnvelope(method, p).value(), envelope);
        const Result<ResponseEnvelope> parsed = parseResponseEnvelope(envelope, method);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->method, method);
        QCOMPARE(parsed->payload.has_value(), hasPayload);
        if (hasPayload)
            QCOMPARE(*parsed->payload, payload);
        // Parsers accept the Groove prefix in front of a response as well.
        QVERIFY(parseResponseEnvelope(
                        QByteArray(QByteArray("<?xml version='1.0'?><?groove.net version='1.0'?>")
                                   + envelope))
                        .ok());
    }

    void faultVectors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("form");
        QTest::addColumn<QByteArray>("envelope");
        for (const QJsonValue &v :
             testing::loadVector(QStringLiteral("faults.json")).value(u"cases").toArray()) {
            const QJsonObject c = v.toObject();
            const int code = c.value(u"code").toInt();
            QTest::addRow("%d %s", code, qPrintable(c.value(u"form").toString()))
                    << code << c.value(u"form").toString() << testing::utf8(c.value(u"envelope"));
        }
    }

    void faultVectors()
    {
        QFETCH(int, code);
        QFETCH(QString, form);
        QFETCH(QByteArray, envelope);
        const Result<ResponseEnvelope> parsed = parseResponseEnvelope(envelope);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::ServerFault);
        QCOMPARE(parsed.error().faultCode, code);
        if (form.isEmpty())
            QCOMPARE(buildFaultEnvelope(code).value(), envelope);
        else if (form.startsWith(u"SOAP 1.1"))
            QCOMPARE(buildSoapFaultEnvelope(code).value(), envelope);
    }

    void faultTextIsEscaped()
    {
        const QByteArray env = buildFaultEnvelope(204, QStringLiteral("a < b & c")).value();
        QVERIFY(env.contains("a &lt; b &amp; c"));
        QCOMPARE(parseResponseEnvelope(env).error().faultCode, 204);
    }

    void malformedResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorKind>("kind");
        const QByteArray head = buildFaultEnvelope(105).value().split('>').first() + ">";
        auto env = [&](const QByteArray &inner) -> QByteArray {
            return head + "<SOAP-ENV:Body>" + inner + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
        };
        QTest::newRow("not xml") << QByteArrayLiteral("<html>oops") << ErrorKind::MalformedXml;
        QTest::newRow("html page") << QByteArrayLiteral("<html><body>Error</body></html>")
                                   << ErrorKind::UnexpectedElement;
        QTest::newRow("no body") << QByteArray(head + "</SOAP-ENV:Envelope>")
                                 << ErrorKind::MissingElement;
        QTest::newRow("empty body") << env("") << ErrorKind::MalformedXml;
        QTest::newRow("two children") << env("<AResponse/><BResponse/>") << ErrorKind::MalformedXml;
        QTest::newRow("not a response") << env("<Something/>") << ErrorKind::UnexpectedElement;
        QTest::newRow("other method")
                << env("<CreateAccountResponse><ReturnCode>0</ReturnCode></CreateAccountResponse>")
                << ErrorKind::UnexpectedElement;
        QTest::newRow("no return code")
                << env("<KeyActivationResponse/>") << ErrorKind::MissingElement;
        QTest::newRow("return code not int")
                << env("<KeyActivationResponse><ReturnCode>x</ReturnCode></KeyActivationResponse>")
                << ErrorKind::InvalidValue;
        QTest::newRow("payload without data")
                << env("<KeyActivationResponse><ReturnCode>0</ReturnCode><Payload/></"
                       "KeyActivationResponse>")
                << ErrorKind::MissingAttribute;
        QTest::newRow("payload bad base64")
                << env("<KeyActivationResponse><ReturnCode>0</ReturnCode><Payload "
                       "data=\"ab$=\"/></KeyActivationResponse>")
                << ErrorKind::BadBase64;
        QTest::newRow("fault without code")
                << env("<Fault><faultString>x</faultString></Fault>") << ErrorKind::MissingElement;
        QTest::newRow("soap fault without detail")
                << env("<SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode></SOAP-ENV:Fault>")
                << ErrorKind::MissingElement;
        QTest::newRow("oversized") << QByteArray(1024 * 1024 + 1, ' ') << ErrorKind::InputTooLarge;
    }

    void malformedResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(ErrorKind, kind);
        const Result<ResponseEnvelope> r =
                parseResponseEnvelope(body, QStringLiteral("KeyActivation"));
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.error().kind), kindName(kind));
    }

    void malformedRequests()
    {
        QCOMPARE(parseRequestEnvelope("<x/>").error().kind, ErrorKind::UnexpectedElement);
        const QByteArray noPayload = buildRequestEnvelope(QStringLiteral("KeyActivation"), "abc")
                                             .value()
                                             .replace("Payload", "Other");
        QCOMPARE(parseRequestEnvelope(noPayload).error().kind, ErrorKind::MissingElement);
        QByteArray spaced = buildRequestEnvelope(QStringLiteral("KeyActivation"), "abc").value();
        spaced.replace(">YWJj<", "> YWJj <");
        QCOMPARE(parseRequestEnvelope(spaced).error().kind, ErrorKind::BadBase64);
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
