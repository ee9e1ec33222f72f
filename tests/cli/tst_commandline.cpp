// parseCommandLine() on its own (CLI-CONTRACT.md): the graphical modes (no arguments, --tray, an
// enrollment link) next to the headless ones, and that a link never appears in a message.
#include "app/CommandLine.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace groove;
using groove::app::Invocation;
using Mode = groove::app::Invocation::Mode;

Q_DECLARE_METATYPE(groove::app::Invocation::Mode)

namespace {

const QString Link =
        QStringLiteral("groove-enroll://enroll?server=gms.example.com&code=K7QM-4XHT-93PD-ZWRB");

QStringList args(const QStringList &rest)
{
    return QStringList{ QStringLiteral("groove-enroll") } + rest;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void refused_data();
    void refused();
    void helpNamesTheGraphicalModes();
    void policy_data();
    void policy();
    void managedSettingsFromThePolicyFolder();
};

void TestCommandLine::modes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<QString>("link");

    QTest::newRow("nothing") << args({}) << Mode::Gui << true << QString();
    QTest::newRow("verbose") << args({ QStringLiteral("--verbose") }) << Mode::Gui << true
                             << QString();
    QTest::newRow("connection options")
            << args({ QStringLiteral("--ca-file"), QStringLiteral("/tmp/ca.pem"),
                      QStringLiteral("--timeout"), QStringLiteral("10") })
            << Mode::Gui << true << QString();
    QTest::newRow("tray") << args({ QStringLiteral("--tray") }) << Mode::Tray << true << QString();
    QTest::newRow("tray verbose") << args({ QStringLiteral("--tray"), QStringLiteral("--verbose") })
                                  << Mode::Tray << true << QString();
    QTest::newRow("link") << args({ Link }) << Mode::Gui << true << Link;
    QTest::newRow("link verbose") << args({ QStringLiteral("--verbose"), Link }) << Mode::Gui
                                  << true << Link;
    // Parsed later, by the wizard, so that it can say what is wrong with it.
    QTest::newRow("malformed link")
            << args({ QStringLiteral("GROOVE-ENROLL:whatever") }) << Mode::Gui << true
            << QStringLiteral("GROOVE-ENROLL:whatever");
    QTest::newRow("help") << args({ QStringLiteral("--help") }) << Mode::Help << false << QString();
    QTest::newRow("headless alone")
            << args({ QStringLiteral("--headless") }) << Mode::Help << false << QString();
    QTest::newRow("json alone") << args({ QStringLiteral("--json") }) << Mode::Help << false
                                << QString();
    QTest::newRow("version") << args({ QStringLiteral("--version") }) << Mode::Version << false
                             << QString();
    QTest::newRow("demo") << args({ QStringLiteral("--demo") }) << Mode::Demo << true << QString();
    QTest::newRow("demo headless")
            << args({ QStringLiteral("--demo"), QStringLiteral("--headless") }) << Mode::Demo
            << false << QString();
    QTest::newRow("demo json") << args({ QStringLiteral("--demo"), QStringLiteral("--json") })
                               << Mode::Demo << false << QString();
    QTest::newRow("enroll") << args({ QStringLiteral("--headless"), QStringLiteral("--server"),
                                      QStringLiteral("gms.example.com"),
                                      QStringLiteral("--code-stdin") })
                            << Mode::Enroll << false << QString();
    QTest::newRow("status") << args({ QStringLiteral("--status") }) << Mode::Status << false
                            << QString();
    QTest::newRow("heartbeat guid")
            << args({ QStringLiteral("--heartbeat"),
                      QStringLiteral("{01234567-89ab-cdef-0123-456789abcdef}") })
            << Mode::Heartbeat << false << QString();
    QTest::newRow("save diagnostics")
            << args({ QStringLiteral("--save-diagnostics"), QStringLiteral("/tmp/d.zip") })
            << Mode::SaveDiagnostics << false << QString();
    QTest::newRow("save diagnostics json")
            << args({ QStringLiteral("--json"), QStringLiteral("--save-diagnostics"),
                      QStringLiteral("d.zip") })
            << Mode::SaveDiagnostics << false << QString();
    QTest::newRow("save diagnostics verbose")
            << args({ QStringLiteral("--save-diagnostics=d.zip"), QStringLiteral("--verbose") })
            << Mode::SaveDiagnostics << false << QString();
}

void TestCommandLine::modes()
{
    QFETCH(QStringList, arguments);
    QFETCH(Mode, mode);
    QFETCH(bool, gui);
    QFETCH(QString, link);

    const Result<Invocation> parsed = app::parseCommandLine(arguments);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->mode, mode);
    QCOMPARE(app::wantsGui(*parsed), gui);
    QCOMPARE(parsed->link, link);
}

void TestCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("link headless") << args({ Link, QStringLiteral("--headless") });
    QTest::newRow("link json") << args({ Link, QStringLiteral("--json") });
    QTest::newRow("link tray") << args({ QStringLiteral("--tray"), Link });
    QTest::newRow("link server") << args(
            { Link, QStringLiteral("--server"), QStringLiteral("gms.example.com") });
    QTest::newRow("link code") << args(
            { Link, QStringLiteral("--code"), QStringLiteral("K7QM-4XHT-93PD-ZWRB") });
    QTest::newRow("link status") << args({ Link, QStringLiteral("--status") });
    QTest::newRow("link demo") << args({ QStringLiteral("--demo"), Link });
    QTest::newRow("link heartbeat") << args({ QStringLiteral("--heartbeat"), Link });
    QTest::newRow("two links") << args({ Link, Link });
    QTest::newRow("link second") << args({ QStringLiteral("extra"), Link });
    QTest::newRow("tray headless")
            << args({ QStringLiteral("--tray"), QStringLiteral("--headless") });
    QTest::newRow("tray json") << args({ QStringLiteral("--tray"), QStringLiteral("--json") });
    QTest::newRow("tray status") << args({ QStringLiteral("--tray"), QStringLiteral("--status") });
    QTest::newRow("tray demo") << args({ QStringLiteral("--tray"), QStringLiteral("--demo") });
    QTest::newRow("tray enroll") << args({ QStringLiteral("--tray"), QStringLiteral("--server"),
                                           QStringLiteral("gms.example.com"),
                                           QStringLiteral("--code-stdin") });
    QTest::newRow("not a link") << args({ QStringLiteral("gms.example.com") });
    QTest::newRow("save diagnostics without file")
            << args({ QStringLiteral("--save-diagnostics") });
    QTest::newRow("save diagnostics empty file")
            << args({ QStringLiteral("--save-diagnostics"), QString() });
    QTest::newRow("save diagnostics status")
            << args({ QStringLiteral("--save-diagnostics"), QStringLiteral("d.zip"),
                      QStringLiteral("--status") });
    QTest::newRow("save diagnostics heartbeat")
            << args({ QStringLiteral("--heartbeat"), QStringLiteral("--save-diagnostics"),
                      QStringLiteral("d.zip") });
    QTest::newRow("save diagnostics enroll")
            << args({ QStringLiteral("--save-diagnostics"), QStringLiteral("d.zip"),
                      QStringLiteral("--server"), QStringLiteral("gms.example.com"),
                      QStringLiteral("--code"), QStringLiteral("K7QM-4XHT-93PD-ZWRB") });
    QTest::newRow("save diagnostics link")
            << args({ Link, QStringLiteral("--save-diagnostics"), QStringLiteral("d.zip") });
    QTest::newRow("save diagnostics tray")
            << args({ QStringLiteral("--tray"), QStringLiteral("--save-diagnostics"),
                      QStringLiteral("d.zip") });
}

void TestCommandLine::refused()
{
    QFETCH(QStringList, arguments);

    const Result<Invocation> parsed = app::parseCommandLine(arguments);
    QVERIFY(!parsed.ok());
    const Error &e = parsed.error();
    QCOMPARE(e.kind, ErrorKind::Usage);
    for (const QString &text : { e.message, e.detail, e.hint }) {
        QVERIFY2(!text.contains(QStringLiteral("K7QM")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("ZWRB")), qPrintable(text));
    }
}

void TestCommandLine::helpNamesTheGraphicalModes()
{
    const Result<Invocation> parsed = app::parseCommandLine(args({ QStringLiteral("--help") }));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->helpText.contains(QStringLiteral("--tray")));
    QVERIFY(parsed->helpText.contains(QStringLiteral("[LINK]")));
    QVERIFY(parsed->helpText.contains(QStringLiteral("groove-enroll://enroll")));
    QVERIFY(parsed->helpText.contains(QStringLiteral("--save-diagnostics <FILE>")));
}

// The system policy as parseCommandLine() applies it: defaults, locks, methods, fail-closed.
void TestCommandLine::policy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // a fragment of the usage error; empty: accepted
    QTest::addColumn<QString>("server"); // the server of the invocation when accepted

    const QByteArray locked = "[Policy]\nServerURL=https://gms.example.com/gms.dll\n"
                              "Locked=ServerURL\n";
    const QStringList enroll{ QStringLiteral("--headless"), QStringLiteral("--code-stdin") };
    const QString server = QStringLiteral("--server");
    QTest::newRow("default server")
            << QByteArray("[Policy]\nServerURL=gms.example.com\n") << enroll << QString()
            << QStringLiteral("http://gms.example.com/gms.dll");
    QTest::newRow("unlocked server overridden")
            << QByteArray("[Policy]\nServerURL=gms.example.com\n")
            << enroll + QStringList{ server, QStringLiteral("other.example.com") } << QString()
            << QStringLiteral("other.example.com");
    QTest::newRow("locked server, same value written differently")
            << locked
            << enroll + QStringList{ server, QStringLiteral("https://GMS.Example.com/gms.dll") }
            << QString() << QStringLiteral("https://GMS.Example.com/gms.dll");
    QTest::newRow("locked server contradicted")
            << locked << enroll + QStringList{ server, QStringLiteral("other.example.com") }
            << QStringLiteral("locked by your organisation's policy") << QString();
    QTest::newRow("locked server, --check contradicted")
            << locked
            << QStringList{ QStringLiteral("--check"), server, QStringLiteral("other.example.com") }
            << QStringLiteral("--server") << QString();
    QTest::newRow("--check takes the policy's server")
            << locked << QStringList{ QStringLiteral("--check") } << QString()
            << QStringLiteral("https://gms.example.com/gms.dll");
    QTest::newRow("method not allowed")
            << QByteArray("[Policy]\nAllowedMethods=auto-configuration\n")
            << enroll + QStringList{ server, QStringLiteral("gms.example.com") }
            << QStringLiteral("does not allow") << QString();
    QTest::newRow("locked ca contradicted") << QByteArray("[Policy]\nCAFile=%CA%\nLocked=CAFile\n")
                                            << enroll
                    + QStringList{ server, QStringLiteral("gms.example.com"),
                                   QStringLiteral("--ca-file"), QStringLiteral("/tmp/other.pem") }
                                            << QStringLiteral("--ca-file") << QString();
    QTest::newRow("broken policy, enrollment")
            << QByteArray("[Policy]\nLocked=Proxy\n")
            << enroll + QStringList{ server, QStringLiteral("gms.example.com") }
            << QStringLiteral("key Locked") << QString();
    QTest::newRow("broken policy, heartbeat") << QByteArray("[Policy]\nLocked=Proxy\n")
                                              << QStringList{ QStringLiteral("--heartbeat") }
                                              << QStringLiteral("key Locked") << QString();
    QTest::newRow("broken policy, --status still lists")
            << QByteArray("[Policy]\nLocked=Proxy\n") << QStringList{ QStringLiteral("--status") }
            << QString() << QString();
}

void TestCommandLine::policy()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QFETCH(QString, server);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.close();
    content.replace("%CA%", ca.toUtf8());
    const QString file = dir.filePath(QStringLiteral("50-policy.conf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(content) == content.size());
    f.close();
    QSettings settings(file, QSettings::IniFormat);
    const Result<policy::Policy> loaded =
            policy::readPolicy({ policy::PolicySource{ file, &settings } });

    const Result<Invocation> parsed = app::parseCommandLine(args(arguments), loaded);
    if (!error.isEmpty()) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Usage);
        QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(file), qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->server, server);
}

// Without --policy, --managed reads the [Managed] group of whichever groove-enroll/*.conf has it;
// --policy names the file itself (CLI-CONTRACT.md).
void TestCommandLine::managedSettingsFromThePolicyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("60-device.conf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write("[Managed]\nLoginName=device\n") > 0);
    f.close();
    QSettings settings(file, QSettings::IniFormat);
    const Result<policy::Policy> loaded =
            policy::readPolicy({ policy::PolicySource{ file, &settings } });
    QVERIFY(loaded.ok());
    const QStringList managed{ QStringLiteral("--headless"), QStringLiteral("--managed"),
                               QStringLiteral("--password-stdin") };

    Result<Invocation> parsed = app::parseCommandLine(args(managed), loaded);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->policyPath, file);

    parsed = app::parseCommandLine(
            args(managed + QStringList{ QStringLiteral("--policy"), QStringLiteral("/x.conf") }),
            loaded);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->policyPath, QStringLiteral("/x.conf"));

    parsed = app::parseCommandLine(args(managed), Result<policy::Policy>(policy::Policy()));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->policyPath, QString::fromLatin1(app::DefaultPolicyPath));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
