// GuiApp: what each graphical start shows (CLI-CONTRACT "graphical"): the wizard without an
// account, --tray (nothing without an account), the wizard prefilled from a link (server locked,
// code editable, the link's pin on a context of its own), a refused link as a message, a link
// handed over by a second start, and the demo's wizard at once with its server filled in when the
// keys are ready.
#include "app/GuiApp.h"

#include "devserver/DevServer.h"
#include "diag/LogFile.h"
#include "engine/ClientContext.h"
#include "store/AccountStore.h"
#include "ui/diag/DiagnosticsDialog.h"
#include "ui/status/StatusWindow.h"
#include "ui/tray/TrayController.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

using namespace groove;
using namespace groove::app;

namespace {

const QString Pin =
        QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QString link(const QString &query)
{
    return QStringLiteral("groove-enroll://enroll?") + query;
}

QMessageBox *visibleMessage()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestGuiApp final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // An enrolled account in the test mode's account file; returns that file.
    static QString putAccount()
    {
        const QString file = engine::ClientContext::defaultAccountFile();
        store::AccountStore accounts(file);
        store::AccountRecord r;
        r.accountGuid = QStringLiteral("{6A1F1D52-4C43-4E1B-9C9E-1D2B3C4D5E6F}");
        r.domainGuid = QStringLiteral("{0D9B5E2A-7F6C-4E1B-8A3D-2C1B0A998877}");
        r.domainName = QStringLiteral("fabrikam");
        r.memberName = QStringLiteral("Alice Example");
        r.serverUrl = QStringLiteral("https://gms.example.com/gms.dll");
        r.enrolledAt = QDateTime::currentDateTimeUtc();
        if (!accounts.put(r).ok())
            qFatal("cannot write the account file %s", qPrintable(file));
        return file;
    }

    Invocation invocation(const QStringList &arguments)
    {
        Result<Invocation> parsed =
                parseCommandLine(QStringList{ QStringLiteral("groove-enroll") } + arguments);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().toLogString()));
        Invocation inv = *parsed;
        inv.policyPath = m_home.filePath(QStringLiteral("no-policy.conf"));
        inv.insecureKeystore = true; // no keychain in these tests
        return inv;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The account file and the trusted servers of the test mode's folders, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanup()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows)
            w->deleteLater();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void noAccountOpensTheWizard()
    {
        GuiApp app(invocation({}));
        app.start();
        QVERIFY(app.wizard());
        QVERIFY(app.wizard()->isVisible());
        QVERIFY(!app.statusWindow());
        QVERIFY(!app.wizard()->prefill().serverLocked);
    }

    // CLI-CONTRACT "graphical": with an account, a plain start is the status window.
    void accountsOpenTheStatusWindow()
    {
        const QString file = putAccount();
        GuiApp app(invocation({}));
        app.start();
        QVERIFY(!app.wizard());
        QVERIFY(app.statusWindow());
        QVERIFY(app.statusWindow()->isVisible());
        QVERIFY(QFile::remove(file));
    }

    // --tray is what the autostart entry runs at every login. With an account but no tray host
    // (offscreen has none): the status window, so nothing is lost. Without an account: nothing
    // at all, and the program ends with exit code 0.
    void trayStart_data()
    {
        QTest::addColumn<bool>("account");
        QTest::newRow("account, no tray host: status window") << true;
        QTest::newRow("no account: exits quietly") << false;
    }

    void trayStart()
    {
        QFETCH(bool, account);
        QVERIFY(!ui::TrayController::isAvailable());
        const QString file = account ? putAccount() : QString();
        if (!account)
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("no account yet")));
        GuiApp app(invocation({ QStringLiteral("--tray") }));
        app.start();
        QVERIFY(!app.tray() || !app.tray()->isVisible());
        QVERIFY(!app.wizard());
        if (account) {
            QVERIFY(app.statusWindow());
            QVERIFY(app.statusWindow()->isVisible());
            QVERIFY(QFile::remove(file));
            return;
        }
        QVERIFY(!app.statusWindow());
        // The quit is queued for the event loop main() starts; the timer only ends a hang.
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        guard.start(60000);
        QCOMPARE(QCoreApplication::exec(), 0);
        QVERIFY(guard.isActive());
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (const QWidget *w : windows)
            QVERIFY(!w->isVisible());
    }

    // "Open log folder" of the tray and of the status window opens the log folder through the
    // application's opener (replaced here, so that nothing opens); "Save diagnostics…" of the
    // tray shows the status window with the diagnostics dialog.
    void logFolderAndDiagnostics()
    {
        // --tray shows something only once an account exists.
        const QString file = putAccount();
        auto removeAccount = qScopeGuard([&file] { QFile::remove(file); });
        GuiApp app(invocation({ QStringLiteral("--tray") }));
        QList<QUrl> opened;
        app.setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        app.start();
        QVERIFY(app.tray());
        emit app.tray()->openLogFolderRequested();
        QVERIFY(app.statusWindow());
        emit app.statusWindow()->openLogFolderRequested();
        QCOMPARE(opened.size(), 2);
        for (const QUrl &url : std::as_const(opened)) {
            QCOMPARE(url.toLocalFile(), diag::LogFile::defaultFolder());
            QVERIFY(QFileInfo(url.toLocalFile()).isDir());
        }
        emit app.tray()->diagnosticsRequested();
        QVERIFY(app.statusWindow()->findChild<ui::DiagnosticsDialog *>());
    }

    void linkPrefillsTheWizard()
    {
        GuiApp app(invocation({ link(QStringLiteral(
                "server=https%3A%2F%2Fgms.example.com%2Fgms.dll&code=ABCD-EFGH-JKLM-NPQR")) }));
        app.start();
        QVERIFY(app.wizard());
        const ui::WizardPrefill &p = app.wizard()->prefill();
        QVERIFY(p.server.contains(QLatin1StringView("gms.example.com")));
        QVERIFY(p.serverLocked);
        QCOMPARE(p.code, QStringLiteral("ABCD-EFGH-JKLM-NPQR"));
        QVERIFY(!p.codeLocked);
        QCOMPARE(p.flow, std::optional<engine::Flow>(engine::Flow::Manual));
        QVERIFY(!p.lockReason.isEmpty());
        // Without a pin the wizard uses the application's context.
        QCOMPARE(app.wizard()->controller()->context(), app.context());
    }

    void linkPinGetsAContextOfItsOwn()
    {
        GuiApp app(invocation(
                { link(QStringLiteral("server=https%3A%2F%2Fgms.example.com%2Fgms.dll&code="
                                      "ABCD-EFGH-JKLM-NPQR&pin=")
                       + Pin) }));
        app.start();
        QVERIFY(app.wizard());
        engine::ClientContext *wizardContext = app.wizard()->controller()->context();
        QVERIFY(wizardContext != app.context());
        QCOMPARE(wizardContext->options().pinSha256, QByteArray::fromHex(Pin.toLatin1()));
        QVERIFY(app.context()->options().pinSha256.isEmpty()); // for this enrollment only
        QCOMPARE(wizardContext->options().accountFile, app.context()->options().accountFile);
    }

    void refusedLinkIsAMessage()
    {
        GuiApp app(invocation({ link(QStringLiteral("code=ABCD-EFGH-JKLM-NPQR")) }));
        app.start();
        QVERIFY(!app.wizard());
        QTRY_VERIFY(visibleMessage());
        QVERIFY(!visibleMessage()->text().contains(QLatin1StringView("ABCD-EFGH-JKLM-NPQR")));
    }

    void handedOverLinkReplacesThePrefill()
    {
        GuiApp app(invocation({}));
        app.start();
        QPointer<ui::EnrollWizard> first = app.wizard();
        QVERIFY(first);
        app.handleArguments(
                { QStringLiteral("groove-enroll"),
                  link(QStringLiteral("server=https%3A%2F%2Fother.example.com%2Fgms.dll&code="
                                      "ABCD-EFGH-JKLM-NPQR")) });
        QCOMPARE(app.wizard(), first.data()); // the same window, not a second one
        QVERIFY(first->prefill().server.contains(QLatin1StringView("other.example.com")));
        QVERIFY(first->prefill().serverLocked);

        // Another pin needs another context: a new wizard.
        app.handleArguments(
                { QStringLiteral("groove-enroll"),
                  link(QStringLiteral("server=https%3A%2F%2Fother.example.com%2Fgms.dll&code="
                                      "ABCD-EFGH-JKLM-NPQR&pin=")
                       + Pin) });
        QVERIFY(app.wizard());
        QVERIFY(app.wizard()->controller()->context() != app.context());
    }

    void demoWizardAtOnceThenItsServer()
    {
        GuiApp app(invocation({ QStringLiteral("--demo") }));
        QSignalSpy ready(&app, &GuiApp::demoReady);
        app.start();
        // On the screen before the demo server has its keys.
        QVERIFY(app.wizard());
        QVERIFY(app.wizard()->isVisible());
        QVERIFY(!app.demoServer());
        QVERIFY(app.wizard()->prefill().server.isEmpty());
        QVERIFY(ready.wait(60000));
        QVERIFY(app.demoServer());
        const ui::WizardPrefill &p = app.wizard()->prefill();
        // The demo shows the secure path: https on the demo server's port, its CA trusted.
        QUrl expected(app.demoServer()->serverUrl());
        expected.setScheme(QStringLiteral("https"));
        QCOMPARE(p.server, expected.toString());
        QCOMPARE(app.context()->options().caFile.isEmpty(), false);
        QVERIFY(p.serverLocked);
        QVERIFY(!p.code.isEmpty());
        QCOMPARE(app.context()->options().keyStore, store::KeyStoreKind::Memory);
    }
};

QTEST_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
