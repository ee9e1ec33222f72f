// The decoders of responses that carry AccountConfigurationCode wipe their parsed trees: the
// code still comes back right, and the result is its only holder (so the one wipe its holder
// does reaches the only buffer).
#include "common/Vectors.h"
#include "protocol/ClientCodec.h"
#include "xml/XmlReader.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

namespace {

QString codeIn(const QByteArray &payloadBytes)
{
    const Result<xml::XmlElement> e = xml::parse(payloadBytes);
    return e ? e->value(QStringLiteral("AccountConfigurationCode")) : QString();
}

} // namespace

class TestClientCodecWipe final : public QObject
{
    Q_OBJECT

private slots:
    void autoActivation()
    {
        const QJsonObject v = testing::loadVector(QStringLiteral("msg_auto_activation.json"));
        const QJsonObject response = v.value(u"response").toObject();
        const QString expected = codeIn(
                testing::utf8(response.value(u"sealing").toObject().value(u"payload_bytes")));
        QVERIFY(!expected.isEmpty());
        Result<AutoActivationResponse> r = client::autoActivationResponse(
                testing::utf8(response.value(u"envelope")), testing::hex(v.value(u"k_dev_hex")));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toLogString()));
        QCOMPARE(r->accountConfigurationCode, expected);
        QVERIFY(r->accountConfigurationCode.isDetached());
        wipe(r.value().accountConfigurationCode);
        QVERIFY(r->accountConfigurationCode.isEmpty());
    }

    void autoAccountCodeConfiguration()
    {
        const QJsonObject v =
                testing::loadVector(QStringLiteral("msg_auto_account_code_configuration.json"));
        const QJsonObject response = v.value(u"response").toObject();
        const QString expected = codeIn(testing::utf8(response.value(u"payload_bytes")));
        QVERIFY(!expected.isEmpty());
        const Result<client::Activation> a = client::autoAccountCodeConfigurationResponse(
                testing::utf8(response.value(u"envelope")));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().toLogString()));
        QCOMPARE(a->response.accountConfigurationCode, expected);
        QVERIFY(a->response.accountConfigurationCode.isDetached());
    }
};

QTEST_GUILESS_MAIN(TestClientCodecWipe)
#include "tst_clientcodecwipe.moc"
