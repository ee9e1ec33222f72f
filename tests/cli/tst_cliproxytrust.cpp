// groove-enroll as a real process with what ClientContext builds for every mode: --check
// through a proxy that wants its password (it used to get none), without the password showing
// anywhere, and a server key trusted in the user's settings (as the wizard saves it) honoured by
// --headless, while the command line itself names the pin of an untrusted server.
#include "common/AuthProxy.h"
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "net/TrustStore.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace clitest;
using namespace groove;
using namespace groove::devserver;

namespace {

const QString ProxyUser = QStringLiteral("tester");
const QString ProxyPassword = QStringLiteral("Pr0xy-s3cret");

} // namespace

class TestCliProxyTrust final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    QTemporaryDir m_config; // XDG_CONFIG_HOME of the test and of every CLI run it starts

    [[nodiscard]] QString httpsUrl() const
    {
        return QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(m_server->port());
    }

    [[nodiscard]] QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(programPath()), qPrintable(programPath()));
        QVERIFY(m_config.isValid());
        // The trusted servers file lives under the config location; the CLI inherits this.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        QFile::remove(engine::TrustStore::defaultPath());
    }

    void cleanup() { m_server.reset(); }

    void checkThroughProxy_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("verbose");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("http") << false << false << ProxyPassword << 0;
        QTest::newRow("https with --ca-file") << true << false << ProxyPassword << 0;
        QTest::newRow("--verbose") << false << true << ProxyPassword << 0;
        QTest::newRow("wrong password") << false << true << QStringLiteral("wrong") << 3;
    }

    void checkThroughProxy()
    {
        QFETCH(bool, https);
        QFETCH(bool, verbose);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        testing::AuthProxy proxy(ProxyUser.toUtf8(), ProxyPassword.toUtf8());
        QVERIFY(proxy.listen());
        CliHome home;
        QStringList args{ QStringLiteral("--check"),  QStringLiteral("--json"),
                          QStringLiteral("--server"), https ? httpsUrl() : m_server->serverUrl(),
                          QStringLiteral("--proxy"),  proxy.url(ProxyUser + u':' + password) };
        if (https)
            args << QStringLiteral("--ca-file") << m_server->caPath();
        if (verbose)
            args << QStringLiteral("--verbose");
        const CliRun run = home.run(args);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.jsonProblem.isEmpty(), qPrintable(run.jsonProblem));
        QVERIFY(proxy.challenged > 0); // the proxy asked ...
        if (exitCode == 0) {
            QCOMPARE(run.json.value(u"result").toString(), QStringLiteral("ok"));
            QVERIFY2(proxy.authorized > 0, qPrintable(run.describe())); // ... and got its password
        } else {
            QCOMPARE(proxy.authorized, 0);
        }
        const QString basic =
                QString::fromLatin1((ProxyUser + u':' + password).toUtf8().toBase64());
        const QStringList leaks = run.leaks({ password, basic });
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ") + u'\n' + run.describe()));
    }

    void trustedServer_data()
    {
        QTest::addColumn<int>("saved"); // 0 nothing, 1 the server's key, 2 another key
        QTest::addColumn<int>("exitCode");
        QTest::newRow("not trusted: the message names the pin") << 0 << 4;
        QTest::newRow("trusted in the user's settings") << 1 << 0;
        QTest::newRow("the trusted key changed") << 2 << 4;
    }

    void trustedServer()
    {
        QFETCH(int, saved);
        QFETCH(int, exitCode);
        const QByteArray spki = m_server->serverSpkiSha256();
        const QString hex = QString::fromLatin1(spki.toHex());
        if (saved) {
            engine::TrustStore store; // the default file, as the GUI uses it
            QVERIFY(store.filePath().startsWith(m_config.path()));
            QVERIFY(store.trust(QStringLiteral("127.0.0.1"), m_server->port(),
                                saved == 1 ? spki : QByteArray(32, '\x11'))
                            .ok());
        }
        CliHome home;
        // No --ca-file: only the saved pin can make this server trusted.
        const CliRun run =
                home.run({ QStringLiteral("--headless"), QStringLiteral("--json"),
                           QStringLiteral("--insecure-keystore"), QStringLiteral("--server"),
                           httpsUrl(), QStringLiteral("--code-stdin") },
                         QByteArray(codeOf(QStringLiteral("bob")).toUtf8() + '\n'));
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        if (exitCode == 0) {
            const QString problem =
                    checkEnrolledJson(run.json, QStringLiteral("manual"), httpsUrl());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        const QString problem = checkFailedJson(run.json, QStringLiteral("tls"), -1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString message = run.json.value(u"message").toString();
        const QString hint = run.json.value(u"hint").toString();
        QVERIFY2(message.contains(hex), qPrintable(message));
        QVERIFY2(hint.contains(u"--pin-sha256 " + hex), qPrintable(hint));
        if (saved == 2)
            QVERIFY2(message.contains(u"changed"), qPrintable(message));
        QVERIFY(m_server->state().memberByLogin(QStringLiteral("bob"))
                && !m_server->state().memberByLogin(QStringLiteral("bob"))->enrolled);
    }
};

QTEST_GUILESS_MAIN(TestCliProxyTrust)
#include "tst_cliproxytrust.moc"
