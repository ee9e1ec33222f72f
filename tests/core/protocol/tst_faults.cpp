#include "Error.h"
#include "common/Vectors.h"
#include "protocol/Envelope.h"
#include "protocol/Faults.h"

#include <QtTest/QTest>

using namespace groove;
using namespace groove::protocol;

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesSpec()
    {
        const QJsonObject strings = testing::loadVector(QStringLiteral("faults.json"))
                                            .value(u"fault_strings")
                                            .toObject();
        QCOMPARE(strings.size(), 25); // PROTOCOL.md 11.7: the table is complete with 25 codes
        QCOMPARE(faultTable().size(), strings.size());
        for (auto it = strings.begin(); it != strings.end(); ++it) {
            const int code = it.key().toInt();
            QVERIFY2(findFault(code), qPrintable(it.key()));
            QCOMPARE(faultSpecText(code), it.value().toString());
        }
    }

    void everyCodeHasPlainLanguageAndHint()
    {
        for (const FaultInfo &f : faultTable()) {
            const Error e = protocol::faultError(f.code, QString::fromLatin1(f.specText));
            QCOMPARE(e.kind, ErrorKind::ServerFault);
            QCOMPARE(e.faultCode, f.code);
            QVERIFY(!e.message.isEmpty());
            QVERIFY(!e.hint.isEmpty());
            QVERIFY2(e.message != QString::fromLatin1(f.specText),
                     "message must be plain language, not the spec text");
            QVERIFY(e.detail.contains(QString::number(f.code)));
            QCOMPARE(exitCodeOf(e.errorClass()), 5);
        }
    }

    void unknownCodeStillExplained()
    {
        const Error e = protocol::faultError(999, QStringLiteral("odd"));
        QVERIFY(!findFault(999));
        QVERIFY(e.message.contains(u"999"));
        QVERIFY(!e.hint.isEmpty());
    }

    void errorClasses_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("className");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("usage") << int(ErrorKind::Usage) << QStringLiteral("usage") << 2;
        QTest::newRow("network") << int(ErrorKind::Network) << QStringLiteral("network") << 3;
        QTest::newRow("timeout") << int(ErrorKind::Timeout) << QStringLiteral("timeout") << 3;
        QTest::newRow("tls") << int(ErrorKind::Tls) << QStringLiteral("tls") << 4;
        QTest::newRow("insecure") << int(ErrorKind::Insecure) << QStringLiteral("insecure") << 4;
        QTest::newRow("fault") << int(ErrorKind::ServerFault) << QStringLiteral("server-fault")
                               << 5;
        QTest::newRow("auth") << int(ErrorKind::Authentication) << QStringLiteral("authentication")
                              << 5;
        QTest::newRow("malformed")
                << int(ErrorKind::MalformedXml) << QStringLiteral("protocol") << 6;
        QTest::newRow("too large")
                << int(ErrorKind::InputTooLarge) << QStringLiteral("protocol") << 6;
        QTest::newRow("bad mac") << int(ErrorKind::BadMac) << QStringLiteral("integrity") << 6;
        QTest::newRow("bad signature")
                << int(ErrorKind::BadSignature) << QStringLiteral("integrity") << 6;
        QTest::newRow("storage") << int(ErrorKind::Storage) << QStringLiteral("storage") << 7;
        QTest::newRow("cancelled") << int(ErrorKind::Cancelled) << QStringLiteral("cancelled") << 8;
    }

    void errorClasses()
    {
        QFETCH(int, kind);
        QFETCH(QString, className);
        QFETCH(int, exitCode);
        const Error e = Error::make(ErrorKind(kind), QStringLiteral("x"));
        QCOMPARE(errorClassName(e.errorClass()), className);
        QCOMPARE(exitCodeOf(e.errorClass()), exitCode);
        QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
