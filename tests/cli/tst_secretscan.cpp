// The secret scan: the real groove-enroll against the in-process devserver over HTTP and HTTPS
// runs the three enrollment flows, a failing enrollment, --status, --heartbeat, --check and
// --save-diagnostics, every run with --verbose. Then every file the runs left under their HOME
// and XDG folders (log files, account file, trusted servers, settings), every standard output
// and error, and the diagnostics archive (as bytes and unzipped) are searched for every code,
// password and key used: the codes as typed, trimmed, without dashes and in lower case, the
// passwords, and each account's keys read back from the keychain in raw, hex and base64 forms.
#include "common/CliHarness.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "store/SecretStore.h"
#include "store/SecretStoreFactory.h"

#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace clitest;
using namespace groove;
using namespace groove::devserver;

namespace {

const QString WrongCode = QStringLiteral("ZZZZ-YYYY-XXXX-WWWW");
const QString Verbose = QStringLiteral("--verbose");
const QString Json = QStringLiteral("--json");

struct Needle
{
    QString what; // for the failure message, never the value
    QByteArray bytes;
};

void addText(QList<Needle> &needles, const QString &what, const QString &secret)
{
    const QString trimmed = secret.trimmed();
    QString compact = trimmed;
    compact.remove(u'-');
    for (const QString &v : { secret, trimmed, compact, trimmed.toLower(), compact.toLower() }) {
        if (v.size() >= 6)
            needles.append({ what, v.toUtf8() });
    }
}

void addKey(QList<Needle> &needles, const QString &what, const QByteArray &key)
{
    needles.append({ what + QStringLiteral(" (raw)"), key });
    needles.append({ what + QStringLiteral(" (hex)"), key.toHex() });
    needles.append({ what + QStringLiteral(" (HEX)"), key.toHex().toUpper() });
    const QByteArray b64 = key.toBase64();
    const QByteArray b64url = key.toBase64(QByteArray::Base64UrlEncoding);
    needles.append({ what + QStringLiteral(" (base64)"), b64 });
    needles.append({ what + QStringLiteral(" (base64url)"), b64url });
    // A long key cut into lines or quoted in part: any 32 characters from its middle.
    if (b64.size() > 64)
        needles.append({ what + QStringLiteral(" (base64 part)"), b64.mid(b64.size() / 2, 32) });
    if (key.size() > 32)
        needles.append({ what + QStringLiteral(" (hex part)"), key.toHex().mid(key.size(), 32) });
}

} // namespace

class TestSecretScan final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<DevServer> m_server;
    QTemporaryDir m_home; // HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME
    QTemporaryDir m_work; // policy and diagnostics archive, outside the scanned home
    QList<CliRun> m_runs;
    QStringList m_guids;
    QStringList m_codes;
    QStringList m_passwords;
    QString m_archive;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliHome().environment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        return env;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProgram(programPath());
        process.setArguments(arguments);
        process.setProcessEnvironment(environment());
        startWithInput(process, input);
        const CliRun r = collect(process, 90000);
        m_runs.append(r);
        return r;
    }

    QString codeOf(const QString &login) const
    {
        for (const MemberState &m : m_server->state().members()) {
            if (m.login == login)
                return m.code;
        }
        return {};
    }

    void enrolled(const CliRun &r)
    {
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
        for (const QJsonValue &v :
             { r.json.value(u"accountGuid"), r.json.value(u"deviceAccountGuid") }) {
            if (!v.toString().isEmpty())
                m_guids.append(v.toString());
        }
    }

    // Every needle: the codes and passwords, and each account's keys from the keychain.
    QList<Needle> needles()
    {
        QList<Needle> list;
        for (const QString &c : std::as_const(m_codes))
            addText(list, QStringLiteral("a code"), c);
        for (const QString &p : std::as_const(m_passwords))
            addText(list, QStringLiteral("a password"), p);
        std::unique_ptr<store::SecretStore> keychain(
                store::makeSecretStore(store::KeyStoreKind::Keychain, {}, nullptr));
        bool everyAccountHasKeys = true;
        for (const QString &guid : std::as_const(m_guids)) {
            int keys = 0;
            for (const QString &name : secretNamesOf(guid)) {
                bool done = false;
                QByteArray value;
                keychain->read(name, [&](Result<SecretBytes> r) {
                    if (r)
                        value = QByteArray(r->constData(), r->size());
                    done = true;
                });
                if (!QTest::qWaitFor([&] { return done; }, 30000) || value.isEmpty())
                    continue;
                addKey(list, name.section(u':', -1), value);
                ++keys;
            }
            everyAccountHasKeys = everyAccountHasKeys && keys > 0;
        }
        // Every enrolled account has keys in the keychain: the scan looks for real ones.
        if (!everyAccountHasKeys)
            list.append({ QStringLiteral("(missing keys)"), QByteArray() });
        return list;
    }

private slots:
    void initTestCase()
    {
        if (!haveSessionBus())
            QSKIP(NeedsKeyring);
        QVERIFY(m_home.isValid() && m_work.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QFAIL("unzip is missing: scripts/setup-debian.sh installs it");
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        for (const MemberState &m : m_server->state().members())
            m_codes.append(m.code);
        m_codes.append(WrongCode);
        m_passwords = { QStringLiteral("correct horse"), QStringLiteral("battery staple"),
                        QStringLiteral("tr0ub4dor") };
        QFile policy(m_work.filePath(QStringLiteral("policy.conf")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        QVERIFY(policy.write(m_server->managedPolicy()) > 0);
    }

    void cleanupTestCase()
    {
        for (const QString &guid : std::as_const(m_guids))
            (void)run({ QStringLiteral("--unenroll"), guid });
    }

    void manualCodeOverHttp()
    {
        enrolled(run({ QStringLiteral("--headless"), Json, Verbose, QStringLiteral("--server"),
                       m_server->serverUrl(), QStringLiteral("--code-stdin") },
                     QByteArray("  ") + codeOf(QStringLiteral("bob")).toUtf8() + " \r\n"));
    }

    void autoConfigurationOverHttps()
    {
        enrolled(run({ QStringLiteral("--headless"), Json, Verbose, QStringLiteral("--server"),
                       QString(m_server->serverUrl())
                               .replace(QStringLiteral("http:"), QStringLiteral("https:")),
                       QStringLiteral("--ca-file"), m_server->caPath(), QStringLiteral("--login"),
                       QStringLiteral("alice"), QStringLiteral("--password-stdin") },
                     "correct horse\n"));
    }

    void managedAutoActivation()
    {
        enrolled(run({ QStringLiteral("--headless"), Json, Verbose, QStringLiteral("--managed"),
                       QStringLiteral("--policy"), m_work.filePath(QStringLiteral("policy.conf")),
                       QStringLiteral("--login"), QStringLiteral("carol"),
                       QStringLiteral("--ca-file"), m_server->caPath(),
                       QStringLiteral("--password-stdin") },
                     "tr0ub4dor\n"));
    }

    void wrongCodeFails()
    {
        const CliRun r =
                run({ QStringLiteral("--headless"), Json, Verbose, QStringLiteral("--server"),
                      m_server->serverUrl(), QStringLiteral("--code"), WrongCode });
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
    }

    void statusHeartbeatCheck()
    {
        QCOMPARE(run({ QStringLiteral("--status"), Json, Verbose }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("--status"), Verbose }).exitCode, 0);
        const CliRun heartbeat = run({ QStringLiteral("--heartbeat"), Json, Verbose });
        QVERIFY2(heartbeat.finished, qPrintable(heartbeat.describe()));
        const CliRun check = run({ QStringLiteral("--check"), Verbose, QStringLiteral("--server"),
                                   m_server->serverUrl() });
        QVERIFY2(check.finished, qPrintable(check.describe()));
    }

    void saveDiagnostics()
    {
        m_archive = m_work.filePath(QStringLiteral("diagnostics.zip"));
        const CliRun r = run({ QStringLiteral("--save-diagnostics"), m_archive, Json, Verbose });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString incident = r.json.value(u"incident").toString();
        QVERIFY2(incident.startsWith(QStringLiteral("GE-")), qPrintable(r.describe()));
        QCOMPARE(r.json.value(u"file").toString(), m_archive);
        // Help desk and log match: the incident id is in the log.
        QFile log(m_home.filePath(QStringLiteral("data/groove-enroll/log/groove-enroll.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = "diagnostics saved, incident " + incident.toUtf8();
        QVERIFY(log.readAll().contains(logged));
        QProcess unzip;
        unzip.start(QStandardPaths::findExecutable(QStringLiteral("unzip")),
                    { QStringLiteral("-q"), m_archive, QStringLiteral("-d"),
                      m_work.filePath(QStringLiteral("unzipped")) });
        QVERIFY(unzip.waitForFinished(60000));
        QCOMPARE(unzip.exitCode(), 0);
    }

    void nothingSecretAnywhere()
    {
        QVERIFY(!m_archive.isEmpty());
        QCOMPARE(m_guids.size(), 4); // bob, alice, carol and carol's device account
        const QList<Needle> list = needles();
        QVERIFY(!list.isEmpty());
        QVERIFY2(list.constLast().what != u"(missing keys)", "a key could not be read back");

        QList<QPair<QString, QByteArray>> haystacks;
        for (const QString &root : { m_home.path(), m_work.filePath(QStringLiteral("unzipped")) }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    haystacks.append({ f.fileName(), f.readAll() });
            }
        }
        QFile archive(m_archive);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        haystacks.append({ m_archive, archive.readAll() });
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            haystacks.append({ QStringLiteral("stdout of run %1").arg(i), m_runs.at(i).out });
            haystacks.append({ QStringLiteral("stderr of run %1").arg(i), m_runs.at(i).err });
        }

        // The scan reads real material: a log with lines, the account file, the archive's logs.
        const auto sizeOf = [&](const QString &suffix) {
            for (const auto &h : std::as_const(haystacks)) {
                if (h.first.endsWith(suffix))
                    return h.second.size();
            }
            return qsizetype(-1);
        };
        QVERIFY(sizeOf(QStringLiteral("data/groove-enroll/log/groove-enroll.log")) > 1000);
        QVERIFY(sizeOf(QStringLiteral("data/groove-enroll/accounts.json")) > 0);
        QVERIFY(sizeOf(QStringLiteral("unzipped/logs/groove-enroll.log")) > 1000);
        QVERIFY(sizeOf(QStringLiteral("unzipped/summary.txt")) > 0);
        // ... and would find a GUID it knows is there.
        bool guidSeen = false;
        for (const auto &h : std::as_const(haystacks))
            guidSeen = guidSeen || h.second.contains(m_guids.constFirst().toUtf8());
        QVERIFY(guidSeen);

        QStringList hits;
        for (const auto &h : std::as_const(haystacks)) {
            for (const Needle &n : list) {
                if (!n.bytes.isEmpty() && h.second.contains(n.bytes))
                    hits.append(n.what + QStringLiteral(" in ") + h.first);
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
