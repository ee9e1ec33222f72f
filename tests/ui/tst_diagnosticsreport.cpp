// The texts behind "Copy details" and "Save diagnostics…": versions, the flow's steps with their
// state and time, the error with its fault code, and nothing secret.
#include "ui/wizard/DiagnosticsReport.h"

#include <QtCore/QCoreApplication>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::engine;
using groove::ui::DiagnosticsReport;

class TestDiagnosticsReport final : public QObject
{
    Q_OBJECT

    static EnrollmentResult failedAt(Flow flow, Step failed, const QList<StepTiming> &done)
    {
        EnrollmentResult r;
        r.flow = flow;
        Error e = Error::make(ErrorKind::ServerFault, QStringLiteral("KeyActivation: fault 401"));
        e.faultCode = 401;
        e.hint = QStringLiteral("Ask for a new code.");
        r.error = e;
        r.failedStep = failed;
        r.retryable = true;
        r.steps = done;
        return r;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("groove-enroll"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void stepsAndStates_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<int>("failedStep");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("manual, first step refused")
                << int(Flow::Manual) << int(Step::KeyActivation)
                << QStringList{ QStringLiteral("  1. KeyActivation: failed"),
                                QStringLiteral("  2. GenerateKeys: not run"),
                                QStringLiteral("  6. SaveAccount: not run") };
        QTest::newRow("managed, third step refused")
                << int(Flow::AutoActivation) << int(Step::KeyActivation)
                << QStringList{ QStringLiteral("  1. CreateDeviceAccount: done 12 ms"),
                                QStringLiteral("  2. AutoActivation: done 34 ms"),
                                QStringLiteral("  3. KeyActivation: failed"),
                                QStringLiteral("  8. SaveAccount: not run") };
    }

    void stepsAndStates()
    {
        QFETCH(int, flow);
        QFETCH(int, failedStep);
        QFETCH(QStringList, lines);
        QList<StepTiming> done;
        if (Flow(flow) == Flow::AutoActivation)
            done = { { Step::CreateDeviceAccount, 12 }, { Step::AutoActivation, 34 } };
        const EnrollmentResult r = failedAt(Flow(flow), Step(failedStep), done);
        const DiagnosticsReport report(r, QUrl(QStringLiteral("https://gms.example.com/gms.dll")),
                                       QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3), Qt::UTC));
        const QStringList text = report.report().split(u'\n');
        for (const QString &line : std::as_const(lines))
            QVERIFY2(text.contains(line), qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("Flow: %1").arg(flowName(Flow(flow)))));
        QVERIFY(text.contains(QStringLiteral("Application: groove-enroll 9.8.7")));
        QVERIFY(text.contains(QStringLiteral("Qt: %1").arg(QLatin1StringView(qVersion()))));
        QVERIFY(text.filter(QStringLiteral("OpenSSL: OpenSSL 3")).size() == 1);
        QVERIFY(text.filter(QStringLiteral("Operating system: ")).size() == 1);
        QVERIFY(text.contains(QStringLiteral("Result: failed")));
        QVERIFY(text.contains(QStringLiteral("Hint: Ask for a new code.")));

        const QStringList details = report.details().split(u'\n');
        QCOMPARE(details.value(0), QStringLiteral("Fault code: 401"));
        QVERIFY(details.contains(QStringLiteral("Step: KeyActivation")));
        QVERIFY(details.contains(QStringLiteral("Server: https://gms.example.com/gms.dll")));
        QVERIFY(details.contains(QStringLiteral("Time: 2026-12-06T01:02:03Z")));
        QVERIFY(details.contains(QStringLiteral("Detail: KeyActivation: fault 401")));
        QVERIFY(details.contains(QStringLiteral("Error: ServerFault (server-fault)")));
    }

    void successHasNoError()
    {
        EnrollmentResult r;
        r.flow = Flow::Manual;
        r.codeMayBeUsed = true;
        r.account.domainName = QStringLiteral("Example Domain");
        for (const Step s : stepsOf(Flow::Manual))
            r.steps.append({ s, 5 });
        const QString text =
                DiagnosticsReport(r, QUrl(QStringLiteral("http://gms.example.com/gms.dll")),
                                  QDateTime::currentDateTimeUtc())
                        .report();
        QVERIFY(text.contains(QStringLiteral("Result: enrolled")));
        QVERIFY(text.contains(QStringLiteral("  6. SaveAccount: done 5 ms")));
        QVERIFY(text.contains(QStringLiteral("Domain: Example Domain")));
        QVERIFY(!text.contains(QStringLiteral("Fault code")));
        QVERIFY(!text.contains(QStringLiteral("failed")));
    }

    // A URL with user info (a proxy-style address pasted by mistake) loses it.
    void serverWithoutUserInfo()
    {
        const QString shown = DiagnosticsReport::serverText(
                QUrl(QStringLiteral("https://user:s3cret@gms.example.com/gms.dll?code=ABCD#x")));
        QCOMPARE(shown, QStringLiteral("https://gms.example.com/gms.dll"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticsReport)
#include "tst_diagnosticsreport.moc"
