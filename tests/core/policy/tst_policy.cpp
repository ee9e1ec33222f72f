// The organisation's policy (core/policy): each key good and bad, the merge order across files
// and XDG folders, Locked semantics, fail-closed errors that name file and key but never a
// value, unknown keys ignored, and the example policy of docs/examples.
#include "policy/Policy.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace groove;
using policy::Key;

namespace {

const QString Pin =
        QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QStringList methodNames(const policy::Policy &p)
{
    QStringList names;
    for (engine::Flow f : p.allowedMethods())
        names.append(engine::flowName(f));
    return names;
}

QStringList lockedNames(const policy::Policy &p)
{
    QStringList names;
    for (Key k : { Key::ServerURL, Key::Method, Key::Proxy, Key::CAFile, Key::PinSha256 }) {
        if (p.isLocked(k))
            names.append(policy::keyName(k));
    }
    return names;
}

} // namespace

class TestPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void mergeOrder_data();
    void mergeOrder();
    void unknownKeyIgnored();
    void managedSource_data();
    void managedSource();
    void noPolicy();
    void lockReason_data();
    void lockReason();
    void lockedErrorNamesTheFile();
    void exampleIsAccepted();

private:
    // Writes the files (name -> content) into a fresh XDG folder and loads the system policy.
    Result<policy::Policy> load(const QList<std::pair<QString, QByteArray>> &files);

    QTemporaryDir m_dir;
    QString m_ca;
    int m_round = 0;
    QByteArray m_oldXdg;
};

void TestPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(m_ca, "not read by the policy, only checked to exist\n"));
    m_oldXdg = qgetenv("XDG_CONFIG_DIRS");
}

void TestPolicy::init()
{
    qunsetenv("XDG_CONFIG_DIRS");
}

void TestPolicy::cleanupTestCase()
{
    if (m_oldXdg.isNull())
        qunsetenv("XDG_CONFIG_DIRS");
    else
        qputenv("XDG_CONFIG_DIRS", m_oldXdg);
}

Result<policy::Policy> TestPolicy::load(const QList<std::pair<QString, QByteArray>> &files)
{
    const QString xdg = m_dir.filePath(QStringLiteral("round%1").arg(++m_round));
    QDir().mkpath(xdg);
    for (const auto &[name, content] : files)
        writeFile(QDir(xdg).filePath(QStringLiteral("groove-enroll/") + name), content);
    qputenv("XDG_CONFIG_DIRS", xdg.toUtf8());
    return policy::loadSystemPolicy();
}

void TestPolicy::accepted_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("ca");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QStringList>("locked");
    QTest::addColumn<QString>("contact");

    const QStringList all{ QStringLiteral("manual"), QStringLiteral("auto-configuration"),
                           QStringLiteral("auto-activation") };
    QTest::newRow("bare host normalised")
            << QByteArray("[Policy]\nServerURL=gms.example.com\n")
            << QStringLiteral("http://gms.example.com/gms.dll") << all << QString() << false
            << QString() << QStringList() << QString();
    QTest::newRow("https url") << QByteArray(
            "[Policy]\nServerURL=https://gms.example.com:8443/gms.dll\n")
                               << QStringLiteral("https://gms.example.com:8443/gms.dll") << all
                               << QString() << false << QString() << QStringList() << QString();
    QTest::newRow("one method") << QByteArray("[Policy]\nAllowedMethods=manual\n") << QString()
                                << QStringList{ QStringLiteral("manual") } << QString() << false
                                << QString() << QStringList() << QString();
    QTest::newRow("two methods, spaces, repeated")
            << QByteArray("[Policy]\nAllowedMethods= auto-activation , manual, manual\n")
            << QString()
            << QStringList{ QStringLiteral("auto-activation"), QStringLiteral("manual") }
            << QString() << false << QString() << QStringList() << QString();
    QTest::newRow("proxy") << QByteArray("[Policy]\nProxy=http://proxy.example.com:3128\n")
                           << QString() << all << QStringLiteral("http://proxy.example.com:3128")
                           << false << QString() << QStringList() << QString();
    QTest::newRow("ca file") << QByteArray("[Policy]\nCAFile=%CA%\n") << QString() << all
                             << QString() << true << QString() << QStringList() << QString();
    QTest::newRow("pin") << ("[Policy]\nPinSha256=" + Pin.toLatin1() + '\n') << QString() << all
                         << QString() << false << Pin << QStringList() << QString();
    QTest::newRow("pin with colons, upper case")
            << QByteArray("[Policy]\nPinSha256=00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                          "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF\n")
            << QString() << all << QString() << false << Pin << QStringList() << QString();
    QTest::newRow("everything locked")
            << ("[Policy]\nServerURL=https://gms.example.com/gms.dll\nAllowedMethods=manual\n"
                "Proxy=http://proxy:8080\nCAFile=%CA%\nPinSha256="
                + Pin.toLatin1() + "\nLocked=ServerURL, Method, Proxy, CAFile, PinSha256\n")
            << QStringLiteral("https://gms.example.com/gms.dll")
            << QStringList{ QStringLiteral("manual") } << QStringLiteral("http://proxy:8080")
            << true << Pin
            << QStringList{ QStringLiteral("ServerURL"), QStringLiteral("Method"),
                            QStringLiteral("Proxy"), QStringLiteral("CAFile"),
                            QStringLiteral("PinSha256") }
            << QString();
    QTest::newRow("support contact with a comma")
            << QByteArray("[Policy]\nSupportContact=the service desk, phone 1234\n") << QString()
            << all << QString() << false << QString() << QStringList()
            << QStringLiteral("the service desk, phone 1234");
    QTest::newRow("empty values are unset")
            << QByteArray("[Policy]\nServerURL=\nProxy=\nLocked=\n") << QString() << all
            << QString() << false << QString() << QStringList() << QString();
}

void TestPolicy::accepted()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, server);
    QFETCH(QStringList, methods);
    QFETCH(QString, proxy);
    QFETCH(bool, ca);
    QFETCH(QString, pin);
    QFETCH(QStringList, locked);
    QFETCH(QString, contact);
    content.replace("%CA%", m_ca.toUtf8());
    const Result<policy::Policy> p = load({ { QStringLiteral("50-test.conf"), content } });
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->serverUrl().toString(), server);
    QCOMPARE(methodNames(*p), methods);
    QCOMPARE(p->proxy(), proxy);
    QCOMPARE(p->caFile(), ca ? m_ca : QString());
    QCOMPARE(QString::fromLatin1(p->pinSha256().toHex()), pin);
    QCOMPARE(lockedNames(*p), locked);
    QCOMPARE(p->supportContact(), contact);
    QCOMPARE(p->files().size(), 1);
    QVERIFY(p->files().constFirst().endsWith(QStringLiteral("groove-enroll/50-test.conf")));
}

void TestPolicy::rejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");

    QTest::newRow("server not a server url")
            << QByteArray("[Policy]\nServerURL=ftp://gms.example.com/gms.dll\n")
            << QStringLiteral("ServerURL");
    QTest::newRow("server with a query")
            << QByteArray("[Policy]\nServerURL=https://gms.example.com/gms.dll?x=1\n")
            << QStringLiteral("ServerURL");
    QTest::newRow("server with user info")
            << QByteArray("[Policy]\nServerURL=https://admin:Sup3rSecret@gms.example.com/gms.dll\n")
            << QStringLiteral("ServerURL");
    QTest::newRow("unknown method") << QByteArray("[Policy]\nAllowedMethods=manual, telepathy\n")
                                    << QStringLiteral("AllowedMethods");
    QTest::newRow("methods only commas")
            << QByteArray("[Policy]\nAllowedMethods=\", ,\"\n") << QStringLiteral("AllowedMethods");
    QTest::newRow("proxy https") << QByteArray("[Policy]\nProxy=https://proxy:3128\n")
                                 << QStringLiteral("Proxy");
    QTest::newRow("proxy no host")
            << QByteArray("[Policy]\nProxy=proxy:3128\n") << QStringLiteral("Proxy");
    QTest::newRow("proxy with user info")
            << QByteArray("[Policy]\nProxy=http://user:Sup3rSecret@proxy:3128\n")
            << QStringLiteral("Proxy");
    QTest::newRow("ca relative") << QByteArray("[Policy]\nCAFile=ca.pem\n")
                                 << QStringLiteral("CAFile");
    QTest::newRow("ca missing") << QByteArray("[Policy]\nCAFile=/nonexistent/ca.pem\n")
                                << QStringLiteral("CAFile");
    QTest::newRow("pin short") << QByteArray("[Policy]\nPinSha256=0011\n")
                               << QStringLiteral("PinSha256");
    QTest::newRow("pin not hex") << ("[Policy]\nPinSha256=" + Pin.toLatin1().replace('a', 'g')
                                     + '\n')
                                 << QStringLiteral("PinSha256");
    QTest::newRow("unknown lock") << QByteArray("[Policy]\nServerURL=h.example\nLocked=Colour\n")
                                  << QStringLiteral("Locked");
    QTest::newRow("lock without value")
            << QByteArray("[Policy]\nLocked=Proxy\n") << QStringLiteral("Locked");
    QTest::newRow("method lock without methods")
            << QByteArray("[Policy]\nServerURL=h.example\nLocked=ServerURL, Method\n")
            << QStringLiteral("Locked");
    QTest::newRow("contact with a control character")
            << QByteArray("[Policy]\nSupportContact=\"desk\\tphone\"\n")
            << QStringLiteral("SupportContact");
    QTest::newRow("contact too long") << ("[Policy]\nSupportContact=" + QByteArray(201, 'x') + '\n')
                                      << QStringLiteral("SupportContact");
}

void TestPolicy::rejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    const Result<policy::Policy> p = load({ { QStringLiteral("10-broken.conf"), content } });
    QVERIFY(!p);
    QCOMPARE(p.error().kind, ErrorKind::Usage);
    QCOMPARE(exitCodeOf(p.error().errorClass()), 2);
    QVERIFY2(p.error().message.contains(QStringLiteral("10-broken.conf")),
             qPrintable(p.error().message));
    QVERIFY2(p.error().message.contains(QStringLiteral("key ") + key),
             qPrintable(p.error().message));
    for (const QString &text : { p.error().message, p.error().detail, p.error().hint })
        QVERIFY2(!text.contains(QStringLiteral("Sup3rSecret")), qPrintable(text));
}

void TestPolicy::mergeOrder_data()
{
    // Two XDG folders, "first" listed first in XDG_CONFIG_DIRS; files "<folder>/<name>".
    QTest::addColumn<QStringList>("files"); // "first/10-a.conf=server", in any order
    QTest::addColumn<QString>("winner");

    QTest::newRow("later file in a folder wins")
            << QStringList{ QStringLiteral("second/10-a.conf=a.example"),
                            QStringLiteral("second/20-b.conf=b.example") }
            << QStringLiteral("b.example");
    QTest::newRow("name order, not creation order")
            << QStringList{ QStringLiteral("second/90-z.conf=z.example"),
                            QStringLiteral("second/05-a.conf=a.example") }
            << QStringLiteral("z.example");
    QTest::newRow("first folder wins over a later file name")
            << QStringList{ QStringLiteral("first/10-a.conf=first.example"),
                            QStringLiteral("second/90-z.conf=second.example") }
            << QStringLiteral("first.example");
    QTest::newRow("later folder fills in")
            << QStringList{ QStringLiteral("first/10-a.conf="),
                            QStringLiteral("second/10-a.conf=second.example") }
            << QStringLiteral("second.example");
    QTest::newRow("not .conf ignored")
            << QStringList{ QStringLiteral("first/10-a.conf=a.example"),
                            QStringLiteral("first/20-b.conf.dpkg-old=old.example") }
            << QStringLiteral("a.example");
}

void TestPolicy::mergeOrder()
{
    QFETCH(QStringList, files);
    QFETCH(QString, winner);
    const QString root = m_dir.filePath(QStringLiteral("merge%1").arg(++m_round));
    for (const QString &spec : files) {
        const QString path = spec.section(u'=', 0, 0);
        const QString value = spec.section(u'=', 1);
        QByteArray content = "[Policy]\n";
        if (!value.isEmpty())
            content += "ServerURL=" + value.toUtf8() + '\n';
        content += "SupportContact=" + path.toUtf8() + '\n';
        const QString folder = path.section(u'/', 0, 0);
        const QString name = path.section(u'/', 1);
        QVERIFY(writeFile(root + u'/' + folder + QStringLiteral("/groove-enroll/") + name,
                          content));
    }
    qputenv("XDG_CONFIG_DIRS",
            (root + QStringLiteral("/first:") + root + QStringLiteral("/second")).toUtf8());
    const Result<policy::Policy> p = policy::loadSystemPolicy();
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->serverUrl().host(), winner);
    QVERIFY(p->sourceOf(Key::ServerURL).startsWith(root));
    QVERIFY(QFile::exists(p->sourceOf(Key::ServerURL)));
    for (const QString &file : p->files())
        QVERIFY2(file.endsWith(QStringLiteral(".conf")), qPrintable(file));
}

void TestPolicy::unknownKeyIgnored()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("unknown key.*Policy/FutureKey")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown key.*Colour")));
    const Result<policy::Policy> p =
            load({ { QStringLiteral("a.conf"),
                     "Colour=blue\n[Policy]\nFutureKey=1\nServerURL=h.example\n"
                     "[Managed]\nLoginName=device\n" } });
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->presentKeys(),
             (QStringList{ QStringLiteral("Managed/LoginName"),
                           QStringLiteral("Policy/ServerURL") }));
}

void TestPolicy::managedSource_data()
{
    QTest::addColumn<QByteArray>("first"); // 10-first.conf
    QTest::addColumn<QByteArray>("second"); // 20-second.conf
    QTest::addColumn<QString>("expected"); // file name, or empty

    const QByteArray managed = "[Managed]\nLoginName=device\n";
    const QByteArray other = "[Policy]\nSupportContact=desk\n";
    QTest::newRow("none") << other << other << QString();
    QTest::newRow("in the first file only") << managed << other << QStringLiteral("10-first.conf");
    QTest::newRow("in the second file only")
            << other << managed << QStringLiteral("20-second.conf");
    // As a whole from the last file: never a GUID of one file with a certificate of another.
    QTest::newRow("in both: the later file")
            << managed << managed << QStringLiteral("20-second.conf");
}

void TestPolicy::managedSource()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, expected);
    const Result<policy::Policy> p = load({ { QStringLiteral("10-first.conf"), first },
                                            { QStringLiteral("20-second.conf"), second } });
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    if (expected.isEmpty())
        QVERIFY(p->managedSource().isEmpty());
    else
        QVERIFY2(p->managedSource().endsWith(u'/' + expected), qPrintable(p->managedSource()));
}

void TestPolicy::noPolicy()
{
    const Result<policy::Policy> p = load({});
    QVERIFY(p);
    QVERIFY(p->isEmpty());
    QVERIFY(p->files().isEmpty());
    QVERIFY(p->serverUrl().isEmpty());
    QCOMPARE(p->allowedMethods().size(), 3);
    QCOMPARE(lockedNames(*p), QStringList());
    // An empty XDG_CONFIG_DIRS means /etc/xdg (the specification's default).
    QVERIFY(policy::systemPolicyFiles(QString()).isEmpty()
            || policy::systemPolicyFiles(QString()).constFirst().startsWith(
                    QStringLiteral("/etc/xdg/groove-enroll/")));
}

void TestPolicy::lockReason_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("without contact")
            << QByteArray("[Policy]\nServerURL=h.example\nLocked=ServerURL\n")
            << QStringLiteral("Set by your organisation's policy.");
    QTest::newRow("with contact")
            << QByteArray("[Policy]\nServerURL=h.example\nLocked=ServerURL\n"
                          "SupportContact=the service desk, phone 1234\n")
            << QStringLiteral("Set by your organisation's policy. To change it, contact the "
                              "service desk, phone 1234.");
}

void TestPolicy::lockReason()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const Result<policy::Policy> p = load({ { QStringLiteral("a.conf"), content } });
    QVERIFY(p);
    QVERIFY(p->isLocked(Key::ServerURL));
    QVERIFY(!p->isLocked(Key::Proxy));
    QCOMPARE(p->lockReason(), reason);
}

void TestPolicy::lockedErrorNamesTheFile()
{
    const Result<policy::Policy> p = load(
            { { QStringLiteral("a.conf"),
                "[Policy]\nServerURL=h.example\nLocked=ServerURL\nAllowedMethods=manual\n" } });
    QVERIFY(p);
    const Error locked = policy::lockedError(*p, Key::ServerURL, QStringLiteral("--server"));
    QCOMPARE(locked.kind, ErrorKind::Usage);
    QVERIFY(locked.message.contains(QStringLiteral("--server")));
    QVERIFY(locked.message.contains(QStringLiteral("locked by your organisation's policy")));
    QVERIFY(locked.message.contains(p->sourceOf(Key::ServerURL)));
    const Error method = policy::methodNotAllowedError(*p, engine::Flow::AutoConfiguration);
    QCOMPARE(method.kind, ErrorKind::Usage);
    QVERIFY(method.message.contains(QStringLiteral("auto-configuration")));
    QVERIFY(method.message.contains(p->sourceOf(Key::Method)));
}

void TestPolicy::exampleIsAccepted()
{
    QSettings example(QStringLiteral(GE_EXAMPLE_POLICY), QSettings::IniFormat);
    const Result<policy::Policy> p =
            policy::readPolicy({ policy::PolicySource{ QStringLiteral("example"), &example } });
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->serverUrl().toString(), QStringLiteral("https://gms.example.com/gms.dll"));
    QCOMPARE(methodNames(*p),
             (QStringList{ QStringLiteral("manual"), QStringLiteral("auto-configuration") }));
    QCOMPARE(lockedNames(*p),
             (QStringList{ QStringLiteral("ServerURL"), QStringLiteral("Method") }));
    QCOMPARE(p->supportContact(), QStringLiteral("the service desk, phone 1234"));
    // Only the uncommented keys: the comments are comments.
    QCOMPARE(p->presentKeys(),
             (QStringList{ QStringLiteral("Policy/AllowedMethods"), QStringLiteral("Policy/Locked"),
                           QStringLiteral("Policy/ServerURL"),
                           QStringLiteral("Policy/SupportContact") }));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
