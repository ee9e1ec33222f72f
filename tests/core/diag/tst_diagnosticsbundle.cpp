// diag::DiagnosticsBundle: what summary.txt says (versions, TLS backend, proxy without
// credentials, key store, policy keys, accounts, last error), which files the archive holds,
// and that nothing secret the inputs carry reaches it.
#include "diag/DiagnosticsBundle.h"
#include "diag/IncidentId.h"
#include "store/SecretStore.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslSocket>
#include <QtTest/QTest>

using namespace groove;
using namespace groove::diag;

namespace {

const QString Code = QStringLiteral("K7QM-4XHT-93PD-ZWRB");
const QString ProxyPassword = QStringLiteral("pr0xyPa55");
const QByteArray SharedKeyHex = "00112233445566778899aabbccddeeff0011223344556677";

store::AccountRecord record()
{
    store::AccountRecord r;
    r.accountGuid = QStringLiteral("2345678923456789abcdefghijkmnpqrstuvwxy");
    r.domainGuid = QStringLiteral("zyxwvutsrqpnmkjihgfedcba98765432zyxwvut");
    r.domainName = QStringLiteral("Example Ltd");
    r.memberName = QStringLiteral("Alice");
    r.serverUrl = QStringLiteral("https://admin:s3rv3rpw@gms.example.com/gms.dll?ticket=T1CK3T");
    r.domainCertificateDer = QByteArray("CERTIFICATE-BYTES-") + SharedKeyHex;
    r.enrolledAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    r.secretBackend = QStringLiteral("Secret Service");
    r.heartbeat.health = store::Health::Reenroll;
    r.heartbeat.faultCode = 210;
    return r;
}

DiagnosticsInput input(const QStringList &logFiles = {})
{
    DiagnosticsInput in;
    in.incidentId = QStringLiteral("GE-7K3Q-9XZA");
    in.when = QDateTime(QDate(2026, 12, 6), QTime(4, 30), Qt::UTC);
    in.mode = QStringLiteral("graphical");
    in.proxy =
            QStringLiteral("http://bob:") + ProxyPassword + QStringLiteral("@proxy.example:3128");
    in.keychainProvider = QStringLiteral("Secret Service");
    in.keychainState = QStringLiteral("available");
    in.policyKeys = { QStringLiteral("ServerUrl"), QStringLiteral("LockServer") };
    in.accounts = { record() };
    Error e = Error::make(ErrorKind::ServerFault,
                          QStringLiteral("POST https://gms.example.com/"
                                         "gms.dll?code=")
                                  + Code);
    e.faultCode = 401;
    e.message = QStringLiteral("The configuration code was not accepted.");
    e.hint = QStringLiteral("Ask your IT department for a new code.");
    in.lastError = e;
    in.report = QStringLiteral("Report\nLink: groove-enroll://enroll?code=") + Code + u'\n';
    in.logFiles = logFiles;
    return in;
}

} // namespace

class TestDiagnosticsBundle final : public QObject
{
    Q_OBJECT

private slots:
    void summaryNames_data();
    void summaryNames();
    void nothingSecret_data();
    void nothingSecret();
    void archiveLayout();
    void noReportNoReportFile();
    void proxyText_data();
    void proxyText();
    void saveFailsAsValue();
    void newIncidentWhenNoneGiven();
};

void TestDiagnosticsBundle::summaryNames_data()
{
    QTest::addColumn<QString>("expected");

    QTest::newRow("incident") << QStringLiteral("Incident: GE-7K3Q-9XZA\n");
    QTest::newRow("time") << QStringLiteral("Time (UTC): 2026-12-06T04:30:00Z\n");
    QTest::newRow("mode") << QStringLiteral("Mode: graphical\n");
    QTest::newRow("qt") << QStringLiteral("Qt: ") + QString::fromLatin1(qVersion());
    QTest::newRow("openssl") << QStringLiteral("OpenSSL: OpenSSL 3");
    QTest::newRow("os") << QStringLiteral("Operating system: ") + QSysInfo::prettyProductName();
    QTest::newRow("tls backend") << QStringLiteral("TLS backend: ") + QSslSocket::activeBackend();
    QTest::newRow("proxy") << QStringLiteral("Proxy: http://proxy.example:3128 (--proxy)\n");
    QTest::newRow("key store") << QStringLiteral("Key store: Secret Service\n");
    QTest::newRow("key store state") << QStringLiteral("Key store state: available\n");
    QTest::newRow("policy") << QStringLiteral("Policy keys present: ServerUrl, LockServer\n");
    QTest::newRow("account") << QStringLiteral("- 2345678923456789abcdefghijkmnpqrstuvwxy\n");
    QTest::newRow("domain") << QStringLiteral("  Domain: Example Ltd\n");
    QTest::newRow("server") << QStringLiteral("  Server: https://gms.example.com/gms.dll\n");
    QTest::newRow("health") << QStringLiteral("  Health: reenroll (fault 210)");
    QTest::newRow("error kind") << QStringLiteral("  Kind: ServerFault (server-fault)\n");
    QTest::newRow("error fault") << QStringLiteral("  Fault: 401\n");
    QTest::newRow("error message")
            << QStringLiteral("  Message: The configuration code was not accepted.\n");
    QTest::newRow("error hint") << QStringLiteral(
            "  Hint: Ask your IT department for a new code.\n");
    QTest::newRow("error detail") << QStringLiteral(
            "  Detail: POST https://gms.example.com/gms.dll?");
}

void TestDiagnosticsBundle::summaryNames()
{
    QFETCH(QString, expected);
    const QString summary = DiagnosticsBundle(input()).summaryText();
    QVERIFY2(summary.contains(expected), qPrintable(expected + u"\nnot in:\n" + summary));
}

void TestDiagnosticsBundle::nothingSecret_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("code") << Code;
    QTest::newRow("code without dashes") << QString(Code).remove(u'-');
    QTest::newRow("code part") << QStringLiteral("ZWRB");
    QTest::newRow("proxy user") << QStringLiteral("bob");
    QTest::newRow("proxy password") << ProxyPassword;
    QTest::newRow("server password") << QStringLiteral("s3rv3rpw");
    QTest::newRow("server ticket") << QStringLiteral("T1CK3T");
    QTest::newRow("key hex") << QString::fromLatin1(SharedKeyHex);
    QTest::newRow("log key") << QStringLiteral("q83vEjRWeJAB8");
    QTest::newRow("log password") << QStringLiteral("hunter2");
}

void TestDiagnosticsBundle::nothingSecret()
{
    QFETCH(QString, secret);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("groove-enroll.log"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A log written before the redactor existed, or by hand: redacted again on the way in.
    f.write("2026-12-06T04:00:00.000Z info groove.app opening groove-enroll://enroll?code=");
    f.write(Code.toUtf8());
    f.write("\n2026-12-06T04:00:01.000Z debug groove.net key q83vEjRWeJAB8+3/Ab4k9m2ZxQ1hLs7uR0pNc"
            " password=hunter2\n");
    f.close();
    const DiagnosticsBundle bundle(input({ log }));
    for (const DiagnosticsBundle::File &file : bundle.files())
        QVERIFY2(!file.text.contains(secret, Qt::CaseInsensitive),
                 qPrintable(file.name + u": " + file.text));
    const auto zip = bundle.archive();
    QVERIFY(zip.ok());
    QVERIFY(!zip->contains(secret.toUtf8()));
}

void TestDiagnosticsBundle::archiveLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList logs;
    for (const QString &name :
         { QStringLiteral("groove-enroll.log"), QStringLiteral("groove-enroll.log.1") }) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("line of " + name.toUtf8() + '\n');
        logs.append(f.fileName());
    }
    const DiagnosticsBundle bundle(input(logs));
    QStringList names;
    for (const DiagnosticsBundle::File &file : bundle.files())
        names.append(file.name);
    QCOMPARE(names,
             (QStringList{ QStringLiteral("summary.txt"), QStringLiteral("report.txt"),
                           QStringLiteral("logs/groove-enroll.log"),
                           QStringLiteral("logs/groove-enroll.1.log") }));
    QCOMPARE(bundle.defaultFileName(),
             QStringLiteral("groove-enroll-diagnostics-GE-7K3Q-9XZA.zip"));

    const QString path = dir.filePath(bundle.defaultFileName());
    QVERIFY(bundle.save(path).ok());
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QFAIL("unzip is missing: scripts/setup-debian.sh installs it");
    QProcess p;
    p.start(unzip, { QStringLiteral("-p"), path, QStringLiteral("logs/groove-enroll.1.log") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray("line of groove-enroll.log.1\n"));
}

void TestDiagnosticsBundle::noReportNoReportFile()
{
    DiagnosticsInput in = input();
    in.report.clear();
    in.lastError.reset();
    const DiagnosticsBundle bundle(in);
    QCOMPARE(bundle.files().size(), 1);
    QVERIFY(bundle.summaryText().contains(QStringLiteral("Last error: none\n")));
}

void TestDiagnosticsBundle::proxyText_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("none");
    QTest::newRow("plain") << QStringLiteral("http://proxy.example:3128")
                           << QStringLiteral("http://proxy.example:3128");
    QTest::newRow("credentials") << QStringLiteral("http://u:p%40ss@proxy.example:3128/x?y=1")
                                 << QStringLiteral("http://proxy.example:3128");
    QTest::newRow("no scheme") << QStringLiteral("proxy.example:8000")
                               << QStringLiteral("http://proxy.example:8000");
    QTest::newRow("default port") << QStringLiteral("http://proxy.example")
                                  << QStringLiteral("http://proxy.example:8080");
}

void TestDiagnosticsBundle::proxyText()
{
    QFETCH(QString, proxy);
    QFETCH(QString, expected);
    QCOMPARE(diag::proxyText(proxy), expected);
}

void TestDiagnosticsBundle::saveFailsAsValue()
{
    const DiagnosticsBundle bundle(input());
    const Status saved = bundle.save(QStringLiteral("/nonexistent-folder/x/d.zip"));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Storage);
    QVERIFY(saved.error().message.contains(QStringLiteral("/nonexistent-folder/x/d.zip")));
    QVERIFY(!saved.error().hint.isEmpty());
}

void TestDiagnosticsBundle::newIncidentWhenNoneGiven()
{
    DiagnosticsInput in = input();
    in.incidentId.clear();
    const DiagnosticsBundle bundle(in);
    QVERIFY(isValidIncidentId(bundle.incidentId()));
    QVERIFY(bundle.summaryText().contains(bundle.incidentId()));
    store::MemorySecretStore memory;
    QCOMPARE(keyStoreState(&memory), QStringLiteral("in memory only (demonstration or test)"));
    QCOMPARE(keyStoreState(nullptr), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestDiagnosticsBundle)
#include "tst_diagnosticsbundle.moc"
