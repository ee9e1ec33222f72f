// The graphical client under an organisation's policy (app/GuiApp basePrefill, WelcomePage,
// ServerCodePage): a locked server is shown read-only with the reason, methods the policy does
// not allow are not offered, a link or pasted e-mail for another server is refused with a
// message, and a broken policy offers no method at all.
#include "app/CommandLine.h"
#include "app/GuiApp.h"
#include "engine/ClientContext.h"
#include "store/AccountStore.h"
#include "ui/status/StatusWindow.h"
#include "policy/Policy.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/ServerCodePage.h"
#include "ui/wizard/WizardPages.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QWizardPage>

using namespace groove;
using namespace groove::app;

namespace {

const QString Server = QStringLiteral("https://gms.example.com/gms.dll");

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

class TestWizardPolicy final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    int m_round = 0;

    // The invocation as main() makes it, with the policy read from 'content'.
    Invocation invocation(const QByteArray &content, const QStringList &arguments = {})
    {
        const QString file = m_home.filePath(QStringLiteral("policy%1.conf").arg(++m_round));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file));
        f.close();
        QSettings settings(file, QSettings::IniFormat);
        const Result<policy::Policy> policy =
                policy::readPolicy({ policy::PolicySource{ file, &settings } });
        Result<Invocation> parsed = parseCommandLine(
                QStringList{ QStringLiteral("groove-enroll") } + arguments, policy);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().toLogString()));
        Invocation inv = *parsed;
        inv.policyPath = m_home.filePath(QStringLiteral("no-managed.conf"));
        inv.insecureKeystore = true; // no keychain in these tests
        return inv;
    }

    static QRadioButton *method(ui::EnrollWizard *w, const char *name)
    {
        return w->page(ui::WelcomePageId)->findChild<QRadioButton *>(QLatin1StringView(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
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

    void server_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<QString>("reason");
        QTest::newRow("locked, with contact")
                << ("[Policy]\nServerURL=" + Server.toUtf8()
                    + "\nLocked=ServerURL\nSupportContact=the service desk, phone 1234\n")
                << true
                << QStringLiteral("Set by your organisation's policy. To change it, contact the "
                                  "service desk, phone 1234.");
        QTest::newRow("a default only")
                << ("[Policy]\nServerURL=" + Server.toUtf8() + '\n') << false << QString();
    }

    void server()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, locked);
        QFETCH(QString, reason);
        GuiApp app(invocation(content));
        app.start();
        ui::EnrollWizard *w = app.wizard();
        QVERIFY(w);
        QCOMPARE(w->prefill().server, Server);
        QCOMPARE(w->prefill().serverLocked, locked);
        QCOMPARE(w->currentId(), int(ui::WelcomePageId));
        method(w, "methodCode")->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(ui::ServerCodePageId));
        auto *edit = w->currentPage()->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->text(), Server);
        QCOMPARE(edit->isReadOnly(), locked);
        // FieldMessage: its text label carries the name.
        auto *lock = w->currentPage()->findChild<QLabel *>(QStringLiteral("serverLocked"));
        QVERIFY(lock);
        QCOMPARE(lock->isVisibleTo(w->currentPage()), locked);
        if (locked)
            QVERIFY2(lock->text().contains(reason), qPrintable(lock->text()));
    }

    void methods_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("code");
        QTest::addColumn<bool>("signIn");
        QTest::addColumn<QString>("checked");
        QTest::newRow("all") << QByteArray("[Policy]\n") << true << true
                             << QStringLiteral("methodCode");
        QTest::newRow("only sign-in, preselected")
                << QByteArray("[Policy]\nAllowedMethods=auto-configuration\n") << false << true
                << QStringLiteral("methodSignIn");
        QTest::newRow("only code")
                << QByteArray("[Policy]\nAllowedMethods=manual, auto-activation\n") << true << false
                << QStringLiteral("methodCode");
    }

    void methods()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, code);
        QFETCH(bool, signIn);
        QFETCH(QString, checked);
        GuiApp app(invocation(content));
        app.start();
        ui::EnrollWizard *w = app.wizard();
        QVERIFY(w);
        QWizardPage *welcome = w->page(ui::WelcomePageId);
        QCOMPARE(method(w, "methodCode")->isVisibleTo(welcome), code);
        QCOMPARE(method(w, "methodSignIn")->isVisibleTo(welcome), signIn);
        QVERIFY(!method(w, "methodManaged")->isVisibleTo(welcome)); // no managed settings
        QVERIFY(method(w, checked.toLatin1().constData())->isChecked());
        QVERIFY(welcome->isComplete());
        QVERIFY(!welcome->findChild<QLabel *>(QStringLiteral("policyMessage"))
                         ->isVisibleTo(welcome));
    }

    void nothingAllowedSaysWhy()
    {
        // Only auto activation, but this computer has no managed-device settings.
        GuiApp app(invocation("[Policy]\nAllowedMethods=auto-activation\n"));
        app.start();
        ui::EnrollWizard *w = app.wizard();
        QVERIFY(w);
        QWizardPage *welcome = w->page(ui::WelcomePageId);
        QVERIFY(!welcome->isComplete());
        QVERIFY(welcome->findChild<QLabel *>(QStringLiteral("policyMessage"))
                        ->isVisibleTo(welcome));
    }

    void brokenPolicyFailsClosed()
    {
        const Invocation inv = invocation("[Policy]\nLocked=Colour\n");
        QVERIFY(inv.policyError);
        GuiApp app(inv);
        app.start();
        ui::EnrollWizard *w = app.wizard();
        QVERIFY(w);
        QWizardPage *welcome = w->page(ui::WelcomePageId);
        QVERIFY(!welcome->isComplete());
        auto *message = welcome->findChild<QLabel *>(QStringLiteral("policyMessage"));
        QVERIFY(message->isVisibleTo(welcome));
        QVERIFY2(message->text().contains(QStringLiteral("key Locked")),
                 qPrintable(message->text()));
        for (const char *name : { "methodCode", "methodSignIn", "methodManaged" })
            QVERIFY(!method(w, name)->isVisibleTo(welcome));
    }

    void linkRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another server than the locked one")
                << ("[Policy]\nServerURL=" + Server.toUtf8() + "\nLocked=ServerURL\n")
                << QStringLiteral("other.example.com");
        QTest::newRow("code method not allowed")
                << QByteArray("[Policy]\nAllowedMethods=auto-configuration\n")
                << QStringLiteral("does not allow");
    }

    void linkRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString link = QStringLiteral(
                "groove-enroll://enroll?server=https%3A%2F%2Fother.example.com%2Fgms.dll&code="
                "ABCD-EFGH-JKLM-NPQR");
        GuiApp app(invocation(content, { link }));
        app.start();
        QVERIFY(!app.wizard());
        QTRY_VERIFY(visibleMessage());
        const QString text = visibleMessage()->text() + visibleMessage()->informativeText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("ABCD-EFGH-JKLM-NPQR")));
    }

    void linkForTheLockedServerIsUsed()
    {
        const QString link = QStringLiteral(
                "groove-enroll://enroll?server=https%3A%2F%2Fgms.example.com%2Fgms.dll&code="
                "ABCD-EFGH-JKLM-NPQR");
        GuiApp app(invocation("[Policy]\nServerURL=" + Server.toUtf8() + "\nLocked=ServerURL\n",
                              { link }));
        app.start();
        QVERIFY(app.wizard());
        QCOMPARE(app.wizard()->prefill().server, Server);
        QCOMPARE(app.wizard()->prefill().code, QStringLiteral("ABCD-EFGH-JKLM-NPQR"));
    }

    void pastedOtherServerRefused()
    {
        GuiApp app(invocation("[Policy]\nServerURL=" + Server.toUtf8() + "\nLocked=ServerURL\n"));
        app.start();
        ui::EnrollWizard *w = app.wizard();
        QVERIFY(w);
        method(w, "methodCode")->setChecked(true);
        w->next();
        auto *page = qobject_cast<ui::ServerCodePage *>(w->currentPage());
        QVERIFY(page);
        page->pasteEnrollment(QStringLiteral("Server: https://other.example.com/gms.dll\n"
                                             "Code: ABCD-EFGH-JKLM-NPQR\n"));
        auto *edit = page->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QCOMPARE(edit->text(), Server);
        auto *pasteMessage = page->findChild<QLabel *>(QStringLiteral("pasteMessage"));
        QVERIFY(pasteMessage);
        QVERIFY2(pasteMessage->text().contains(QStringLiteral("other.example.com")),
                 qPrintable(pasteMessage->text()));
    }

    // "Re-enroll..." of an account on another server: the locked server stays.
    void reenrollKeepsTheLockedServer()
    {
        const QString file = engine::ClientContext::defaultAccountFile();
        store::AccountStore accounts(file);
        store::AccountRecord r;
        r.accountGuid = QStringLiteral("{6A1F1D52-4C43-4E1B-9C9E-1D2B3C4D5E6F}");
        r.domainGuid = QStringLiteral("{0D9B5E2A-7F6C-4E1B-8A3D-2C1B0A998877}");
        r.domainName = QStringLiteral("fabrikam");
        r.memberName = QStringLiteral("Alice Example");
        r.serverUrl = QStringLiteral("https://old.example.com/gms.dll");
        r.enrolledAt = QDateTime::currentDateTimeUtc();
        QVERIFY(accounts.put(r).ok());
        GuiApp app(invocation("[Policy]\nServerURL=" + Server.toUtf8() + "\nLocked=ServerURL\n"));
        app.start();
        QVERIFY(app.statusWindow());
        emit app.statusWindow()->reenrollRequested(r.serverUrl);
        QVERIFY(app.wizard());
        QCOMPARE(app.wizard()->prefill().server, Server);
        QVERIFY(app.wizard()->prefill().serverLocked);
        QVERIFY(QFile::remove(file));
    }
};

QTEST_MAIN(TestWizardPolicy)
#include "tst_wizardpolicy.moc"
