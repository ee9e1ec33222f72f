// Where groove-enroll keeps keys, as a real process: --insecure-keystore puts them in our own
// file (0600 in a 0700 folder), --status names the backend of each account, --unenroll cleans
// the keychain and the file alike, and a computer without any keyring service gets told what to
// install or start (not to unlock a keyring it does not have).
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "store/FileSecretStore.h"
#include "store/KeychainSecretStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace clitest;
using namespace groove;
using namespace groove::devserver;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString keyFolder(const CliHome &home)
{
    return QDir(home.dataHome()).filePath(QStringLiteral("groove-enroll/insecure-keys"));
}

QString keyFile(const CliHome &home)
{
    return QDir(keyFolder(home)).filePath(QStringLiteral("keys"));
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a store call to its answer.
Status await(const std::function<void(store::SecretStore::Done)> &call)
{
    std::optional<Status> result;
    call([&result](Status s) { result = s; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error::make(ErrorKind::Timeout, QStringLiteral("store did not answer"));
    return *result;
}

// Makes a CLI run see no D-Bus session at all, as on a server without a desktop.
void withoutBus(CliHome &home)
{
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY" })
        home.unset(QString::fromLatin1(name));
}

} // namespace

class TestCliKeyStore final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    QStringList m_secrets;

    QString codeOf(const QString &login) const
    {
        const MemberState *m = m_server->state().memberByLogin(login);
        return m ? m->code : QString();
    }

    CliRun enroll(const CliHome &home, const QString &login, const QStringList &more = {},
                  bool json = true) const
    {
        QStringList args{ QStringLiteral("--headless"), QStringLiteral("--server"),
                          m_server->serverUrl(), QStringLiteral("--code-stdin") };
        if (json)
            args.append(QStringLiteral("--json"));
        return home.run(args + more, QByteArray(codeOf(login).toUtf8() + '\n'));
    }

    CliRun status(const CliHome &home, bool json) const
    {
        QStringList args{ QStringLiteral("--status") };
        if (json)
            args.append(QStringLiteral("--json"));
        return home.run(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(programPath()), qPrintable(programPath()));
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_secrets.clear();
        for (const MemberState &m : m_server->state().members())
            m_secrets.append(m.code);
    }

    void cleanup() { m_server.reset(); }

    void insecureKeystore_data()
    {
        QTest::addColumn<bool>("keyring"); // a Secret Service runs (else: no D-Bus at all)
        QTest::newRow("keyring present") << true;
        QTest::newRow("no D-Bus session") << false;
    }

    void insecureKeystore()
    {
        QFETCH(bool, keyring);
        if (keyring && !haveSessionBus())
            QSKIP(NeedsKeyring);
        CliHome home;
        if (!keyring)
            withoutBus(home);

        const CliRun r =
                enroll(home, QStringLiteral("bob"), { QStringLiteral("--insecure-keystore") });
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(checkEnrolledJson(r.json, QStringLiteral("manual"), m_server->serverUrl())
                         .isEmpty(),
                 qPrintable(r.describe()));
        QVERIFY(r.leaks(m_secrets).isEmpty());
        const QString guid = r.json.value(u"accountGuid").toString();
        const QStringList names = secretNamesOf(guid);

        // Our file, 0600 in a 0700 folder, with the three keys of the account.
        QCOMPARE(modeOf(keyFolder(home)), 0700);
        QCOMPARE(modeOf(keyFile(home)), 0600);
        const QByteArray content = contentOf(keyFile(home));
        for (const QString &name : names)
            QVERIFY2(content.contains(QByteArray(QByteArray("\n") + name.toUtf8() + "\t")),
                     qPrintable(name));
        if (keyring)
            QVERIFY2(keychainMismatches(names, Presence::Absent).isEmpty(),
                     "keys went to the keychain as well");
        // Not QtKeychain's plain-text fallback (the settings file).
        QVERIFY(!QFile::exists(QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                       .filePath(QStringLiteral("groove-enroll.conf")))
                || !contentOf(QDir(qEnvironmentVariable("XDG_CONFIG_HOME"))
                                      .filePath(QStringLiteral("groove-enroll.conf")))
                            .contains(guid.toUtf8()));

        // --status names the backend; the contract's keys stay as they were.
        const CliRun json = status(home, true);
        QVERIFY2(json.exitCode == 0 && json.jsonProblem.isEmpty(), qPrintable(json.describe()));
        const QJsonArray accounts = json.json.value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.at(0).toObject();
        QCOMPARE(account.value(u"keyStore").toString(), QStringLiteral("file"));
        QCOMPARE(account.value(u"accountGuid").toString(), guid);
        for (const char *key :
             { "domainGuid", "identityUrl", "serverUrl", "enrolledAt", "isDeviceAccount" })
            QVERIFY2(account.contains(QLatin1StringView(key)), key);
        const CliRun human = status(home, false);
        QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
        QVERIFY2(human.out.contains("insecure-keys/keys"), human.out.constData());

        // --unenroll removes the file's entries (and with them the file).
        const CliRun removed = home.run({ QStringLiteral("--unenroll"), guid });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY(!QFile::exists(keyFile(home)));
        QVERIFY2(home.leftovers().isEmpty(), qPrintable(home.leftovers()));
    }

    // An account in the keychain: --status says so, no key file appears, and --unenroll also
    // removes what an earlier --insecure-keystore run (or a crash) left in the file.
    void keychainAccountUnenrollCleansTheFile()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        const CliHome home;
        const CliRun r = enroll(home, QStringLiteral("bob"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString guid = r.json.value(u"accountGuid").toString();
        const QStringList names = secretNamesOf(guid);
        QVERIFY(!QFile::exists(keyFile(home)));
        const CliRun json = status(home, true);
        QCOMPARE(json.json.value(u"accounts").toArray().at(0).toObject().value(u"keyStore"),
                 QJsonValue(QStringLiteral("keychain")));

        store::FileSecretStore file(keyFolder(home));
        for (const QString &name : names)
            QVERIFY(await([&](auto done) { file.write(name, SecretBytes("stale"), done); }));
        QVERIFY(QFile::exists(keyFile(home)));

        const CliRun removed = home.run({ QStringLiteral("--unenroll"), guid });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(keychainMismatches(names, Presence::Absent).isEmpty(),
                 qPrintable(keychainMismatches(names, Presence::Absent).join(u' ')));
        QVERIFY2(!QFile::exists(keyFile(home)), contentOf(keyFile(home)).constData());
    }

    // An account in the file: --unenroll also removes keychain entries under its names.
    void fileAccountUnenrollCleansTheKeychain()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        const CliHome home;
        const CliRun r =
                enroll(home, QStringLiteral("bob"), { QStringLiteral("--insecure-keystore") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString guid = r.json.value(u"accountGuid").toString();
        const QStringList names = secretNamesOf(guid);

        store::KeychainSecretStore keychain;
        for (const QString &name : names)
            QVERIFY(await([&](auto done) { keychain.write(name, SecretBytes("stale"), done); }));
        QVERIFY(keychainMismatches(names, Presence::Present).isEmpty());

        const CliRun removed = home.run({ QStringLiteral("--unenroll"), guid });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(keychainMismatches(names, Presence::Absent).isEmpty(),
                 qPrintable(keychainMismatches(names, Presence::Absent).join(u' ')));
        QVERIFY(!QFile::exists(keyFile(home)));
    }

    // No Secret Service at all: exit 7 with what to install or start (or --insecure-keystore),
    // not "unlock your keyring"; nothing is left behind.
    void noKeychainService_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty: unset
        QTest::addColumn<bool>("json");
        QTest::newRow("no bus, json") << QString() << true;
        QTest::newRow("no bus, human") << QString() << false;
        QTest::newRow("bus address leads nowhere, json")
                << QStringLiteral("unix:path=/nonexistent/groove-enroll/bus") << true;
    }

    void noKeychainService()
    {
        QFETCH(QString, busAddress);
        QFETCH(bool, json);
        CliHome home;
        withoutBus(home);
        QStringList args{ QStringLiteral("--headless"), QStringLiteral("--server"),
                          m_server->serverUrl(), QStringLiteral("--code-stdin") };
        if (json)
            args.append(QStringLiteral("--json"));
        QProcessEnvironment env = home.environment();
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        QProcess process;
        process.setProgram(programPath());
        process.setArguments(args);
        process.setProcessEnvironment(env);
        startWithInput(process, QByteArray(codeOf(QStringLiteral("bob")).toUtf8() + '\n'));
        const CliRun r = collect(process, 90000);

        QVERIFY2(r.finished && r.exitCode == 7, qPrintable(r.describe()));
        QVERIFY(r.leaks(m_secrets).isEmpty());
        QString message;
        QString hint;
        if (json) {
            QVERIFY2(checkFailedJson(r.json, QStringLiteral("storage"), -1).isEmpty(),
                     qPrintable(r.describe()));
            message = r.json.value(u"message").toString();
            hint = r.json.value(u"hint").toString();
        } else {
            message = QString::fromUtf8(r.err);
            hint = message;
        }
        QVERIFY2(message.contains(QStringLiteral("no keyring service")), qPrintable(message));
        QVERIFY2(hint.contains(QStringLiteral("gnome-keyring")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("--insecure-keystore")), qPrintable(hint));
        QVERIFY2(!hint.contains(QStringLiteral("Unlock")), qPrintable(hint));
        QVERIFY2(home.leftovers().isEmpty(), qPrintable(home.leftovers()));
        QVERIFY(!QFile::exists(keyFile(home)));
        // The code was not used up: DomainEnrollment was never sent.
        QCOMPARE(m_server->state().memberByLogin(QStringLiteral("bob"))->enrolled, false);
    }
};

QTEST_GUILESS_MAIN(TestCliKeyStore)
#include "tst_clikeystore.moc"
