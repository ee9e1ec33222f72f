// The wizard's shell and navigation, offscreen: the method choice, nextId() branches and the
// connection check request, titles, accessible names and mnemonics, tab order, the first focus,
// Back, and a prefill handed over while the wizard is open.
#include "common/WizardFixture.h"

#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>

using namespace groove;
using namespace groove::ui;
using groove::test::WizardFixture;

namespace {

using F = WizardFixture;

QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

} // namespace

class TestWizardPages final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WizardFixture> m_fixture;

    std::unique_ptr<EnrollWizard> wizard(const WizardPrefill &prefill = {})
    {
        return m_fixture->wizard(prefill);
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<WizardFixture>();
        QVERIFY(m_fixture->isValid());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void managedOffered_data()
    {
        QTest::addColumn<bool>("managed");
        QTest::addColumn<int>("flow"); // -1: none given
        QTest::addColumn<QString>("checked");
        QTest::newRow("plain") << false << -1 << "methodCode";
        QTest::newRow("managed settings") << true << -1 << "methodManaged";
        QTest::newRow("link says code") << false << int(engine::Flow::Manual) << "methodCode";
        QTest::newRow("sign in asked")
                << false << int(engine::Flow::AutoConfiguration) << "methodSignIn";
        QTest::newRow("managed asked without settings")
                << false << int(engine::Flow::AutoActivation) << "methodCode";
        QTest::newRow("code asked with settings")
                << true << int(engine::Flow::Manual) << "methodCode";
    }
    void managedOffered()
    {
        QFETCH(bool, managed);
        QFETCH(int, flow);
        QFETCH(QString, checked);
        WizardPrefill prefill = managed ? F::managedPrefill() : WizardPrefill();
        if (flow >= 0)
            prefill.flow = static_cast<engine::Flow>(flow);
        EnrollWizard w(m_fixture->controller(), prefill);
        w.restart();
        QCOMPARE(w.currentId(), int(WelcomePageId));
        auto *radio = F::child<QRadioButton>(w, "methodManaged");
        QCOMPARE(radio->isVisibleTo(w.currentPage()), managed);
        QVERIFY(F::child<QRadioButton>(w, qPrintable(checked))->isChecked());
    }

    void nextIdBranches_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("page");
        QTest::newRow("code") << "methodCode" << int(ServerCodePageId);
        QTest::newRow("sign in") << "methodSignIn" << int(SignInPageId);
        QTest::newRow("managed") << "methodManaged" << int(ManagedPageId);
    }
    void nextIdBranches()
    {
        QFETCH(QString, method);
        QFETCH(int, page);
        auto w = wizard(F::managedPrefill());
        F::choose(*w, qPrintable(method));
        QCOMPARE(w->currentId(), page);
        QCOMPARE(w->currentPage()->nextId(), int(ProgressPageId));
        QVERIFY(!w->connectionCheckRequested());

        // Check connection: only with a usable server, then the check page; leaving it
        // forgets the request.
        auto *check = F::child<QAbstractButton>(*w, "checkButton");
        if (page != ManagedPageId) {
            QVERIFY(!check->isEnabled());
            F::enter(F::child<QLineEdit>(*w, "serverEdit"), F::Unreachable);
        }
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(CheckPageId));
        QVERIFY(w->connectionCheckRequested());
        // The server was enough for the check; the page is not filled in for enrolling.
        QVERIFY(!w->model().serverUrl.isEmpty());
        QVERIFY(!w->model().readyToEnroll());
        w->back();
        QCOMPARE(w->currentId(), page);
        QVERIFY(!w->connectionCheckRequested());
        QCOMPARE(w->currentPage()->nextId(), int(ProgressPageId));

        // Back to the method choice, which was kept.
        QVERIFY(w->returnTo(WelcomePageId));
        QVERIFY(F::child<QRadioButton>(*w, qPrintable(method))->isChecked());
        QVERIFY(!w->returnTo(ResultPageId));
    }

    void pageTitles_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("title");
        QTest::newRow("welcome") << int(WelcomePageId) << QStringLiteral("Step 1 of 4 · Welcome");
        QTest::newRow("code") << int(ServerCodePageId)
                              << QStringLiteral("Step 2 of 4 · Server and code");
        QTest::newRow("sign in") << int(SignInPageId)
                                 << QStringLiteral("Step 2 of 4 · Server and sign-in");
        QTest::newRow("managed") << int(ManagedPageId)
                                 << QStringLiteral("Step 2 of 4 · Managed sign-in");
        QTest::newRow("check") << int(CheckPageId)
                               << QStringLiteral("Step 2 of 4 · Connection check");
        QTest::newRow("progress") << int(ProgressPageId)
                                  << QStringLiteral("Step 3 of 4 · Progress");
        QTest::newRow("result") << int(ResultPageId) << QStringLiteral("Step 4 of 4 · Result");
    }
    void pageTitles()
    {
        QFETCH(int, page);
        QFETCH(QString, title);
        EnrollWizard w(m_fixture->controller(), {});
        QCOMPARE(w.page(page)->title(), title);
        QCOMPARE(WizardPageNames::title(static_cast<PageId>(page)), title);
        QCOMPARE(w.windowTitle(), QStringLiteral("Enroll this computer"));
    }

    void accessibility_data()
    {
        QTest::addColumn<QString>("method"); // empty: the welcome page
        QTest::addColumn<QStringList>("order"); // the fields in tab order
        QTest::newRow("welcome") << "" << QStringList();
        QTest::newRow("code") << "methodCode"
                              << names("pasteButton serverEdit codeEdit checkButton");
        QTest::newRow("sign in") << "methodSignIn"
                                 << names("serverEdit loginEdit passwordEdit checkButton");
        QTest::newRow("managed") << "methodManaged"
                                 << names("serverEdit loginEdit passwordEdit checkButton");
    }
    void accessibility()
    {
        QFETCH(QString, method);
        QFETCH(QStringList, order);
        auto w = wizard(F::managedPrefill());
        if (!method.isEmpty()) {
            F::choose(*w, qPrintable(method));
            if (method != u"methodManaged")
                F::enter(F::child<QLineEdit>(*w, "serverEdit"), F::Unreachable);
        }
        QWidget *page = w->currentPage();
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *widget : widgets) {
            if (!widget->isVisibleTo(page) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= order.size());
        // Every label that names a field is its buddy, for the mnemonic.
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        if (order.isEmpty())
            return;

        // Tab walks the fields in reading order.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QWidget *first = page->findChild<QWidget *>(order.first());
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), order.at(i));
        }
    }

    void firstFocus_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<WizardPrefill>("prefill");
        QTest::addColumn<QString>("focus");
        WizardPrefill none;
        WizardPrefill server;
        server.server = QStringLiteral("gms.example.com");
        WizardPrefill serverLogin = server;
        serverLogin.login = QStringLiteral("alice");
        QTest::newRow("code, empty") << "methodCode" << none << "serverEdit";
        QTest::newRow("code, server given") << "methodCode" << server << "codeEdit";
        QTest::newRow("sign in, empty") << "methodSignIn" << none << "serverEdit";
        QTest::newRow("sign in, server given") << "methodSignIn" << server << "loginEdit";
        QTest::newRow("sign in, server and login")
                << "methodSignIn" << serverLogin << "passwordEdit";
        QTest::newRow("managed") << "methodManaged" << F::managedPrefill() << "passwordEdit";
    }
    void firstFocus()
    {
        QFETCH(QString, method);
        QFETCH(WizardPrefill, prefill);
        QFETCH(QString, focus);
        auto w = wizard(prefill);
        // On the welcome page the chosen method has the focus.
        auto *radio = qobject_cast<QRadioButton *>(w->focusWidget());
        QVERIFY(radio && radio->isChecked());
        F::choose(*w, qPrintable(method));
        QVERIFY(w->focusWidget());
        QCOMPARE(w->focusWidget()->objectName(), focus);
    }

    void back()
    {
        auto w = wizard();
        F::choose(*w, "methodCode");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), F::Unreachable);
        F::enter(F::child<QLineEdit>(*w, "codeEdit"), QStringLiteral("ABCD"));
        QAbstractButton *back = w->button(QWizard::BackButton);
        w->next();
        QCOMPARE(w->currentId(), int(ProgressPageId));
        QVERIFY(m_fixture->controller()->isRunning());
        QVERIFY(!back->isEnabled()); // not while the enrollment runs
        // Nobody listens on the port: a network failure, before the code could be used.
        QTRY_VERIFY(!m_fixture->controller()->isRunning());
        QVERIFY(m_fixture->controller()->lastResult());
        QVERIFY(!m_fixture->controller()->lastResult()->codeMayBeUsed);
        if (w->currentId() == ResultPageId) // the progress page may offer "Try again" instead
            QVERIFY(back->isVisible());
        QTRY_VERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton); // to the input page, in one click
        QCOMPARE(w->currentId(), int(ServerCodePageId));
        QCOMPARE(F::child<QLineEdit>(*w, "codeEdit")->text(), QStringLiteral("ABCD"));

        QTest::mouseClick(F::child<QAbstractButton>(*w, "checkButton"), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(CheckPageId));
        QVERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ServerCodePageId));
        QVERIFY(!m_fixture->controller()->isChecking());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(WelcomePageId));
    }

    void closeWhileRunning()
    {
        auto w = wizard();
        F::choose(*w, "methodCode");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), F::Unreachable);
        F::enter(F::child<QLineEdit>(*w, "codeEdit"), QStringLiteral("ABCD"));
        w->next();
        QVERIFY(m_fixture->controller()->isRunning());
        // A link handed over now waits: the run is not thrown away under the person's eyes.
        QVERIFY(!w->applyPrefill(WizardPrefill()));
        QCOMPARE(w->currentId(), int(ProgressPageId));
        // Closing cancels first and closes once the engine has finished (rolled back).
        w->reject();
        QVERIFY(w->isVisible());
        QVERIFY(!w->button(QWizard::CancelButton)->isEnabled());
        QTRY_VERIFY(!w->isVisible());
        QVERIFY(!m_fixture->controller()->isRunning());
        QCOMPARE(m_fixture->controller()->lastResult()->error->kind, ErrorKind::Cancelled);
    }

    // The window icon follows the first paint (ui::icon loads nothing before it is drawn).
    void windowIconAfterFirstPaint()
    {
        auto w = wizard();
        QVERIFY(w->windowIcon().isNull());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(!w->windowIcon().isNull());
        QVERIFY(!w->windowIcon().pixmap(QSize(32, 32), 2.0).isNull());
    }

    void applyPrefill()
    {
        auto w = wizard();
        F::choose(*w, "methodSignIn");
        WizardPrefill fromLink;
        fromLink.server = QStringLiteral("https://gms.example.com/gms.dll");
        fromLink.serverLocked = true;
        fromLink.code = QStringLiteral("ABCD-EFGH");
        fromLink.codeLocked = true;
        fromLink.flow = engine::Flow::Manual;
        fromLink.lockReason = QStringLiteral("From the enrollment link.");
        QVERIFY(w->applyPrefill(fromLink));
        QCOMPARE(w->currentId(), int(ServerCodePageId));
        QCOMPARE(F::child<QLineEdit>(*w, "codeEdit")->text(), QStringLiteral("ABCD-EFGH"));
        QVERIFY(F::child<QLineEdit>(*w, "serverEdit")->isReadOnly());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w->visitedIds(), (QList<int>{ WelcomePageId, ServerCodePageId }));
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
