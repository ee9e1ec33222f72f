// The wizard's input pages and its navigation, offscreen and without a network (pages never
// touch it): what the server field makes of pasted addresses, the code check, Next, the
// plain-http warning, "Paste e-mail or link...", locked prefills, the method choice, nextId()
// branches, titles, accessible names, tab order and the first focus.
#include "engine/ClientContext.h"
#include "net/ServerUrl.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/ServerCodePage.h"
#include "ui/wizard/ServerField.h"

#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>

#include <memory>

using namespace groove;
using namespace groove::ui;

namespace {

using Policy = ServerField::Policy;

const QString ManagedServer = QStringLiteral("https://gms.example.com/gms.dll");

WizardPrefill managedPrefill()
{
    WizardPrefill p;
    engine::ManagedSettings m;
    m.serverUrl = QUrl(ManagedServer);
    m.deviceDomainGuid = QStringLiteral("grooveDomain://device.example");
    m.loginName = QStringLiteral("alice");
    p.managed = m;
    return p;
}

QString link(const QString &server, const QString &code, const QString &extra = {})
{
    return QStringLiteral("groove-enroll://enroll?server=%1&code=%2%3")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(server)),
                 QString::fromUtf8(QUrl::toPercentEncoding(code)), extra);
}

QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ');
}

} // namespace

class TestWizardPages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<engine::ClientContext> m_context;
    std::unique_ptr<EnrollmentController> m_controller;

    std::unique_ptr<EnrollWizard> wizard(const WizardPrefill &prefill = {})
    {
        auto w = std::make_unique<EnrollWizard>(m_controller.get(), prefill);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("wizard not exposed");
        return w;
    }
    // From the welcome page to the input page of the method 'radio'.
    static void choose(EnrollWizard &w, const char *radio)
    {
        QCOMPARE(w.currentId(), int(WelcomePageId));
        auto *button = w.currentPage()->findChild<QRadioButton *>(QLatin1StringView(radio));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(w.currentPage()));
        button->setChecked(true);
        w.next();
    }
    template<typename T>
    static T *child(EnrollWizard &w, const char *name)
    {
        return w.currentPage()->findChild<T *>(QLatin1StringView(name));
    }
    // Typed and finished (Tab away): problems are shown after input.
    static void enter(QLineEdit *edit, const QString &text)
    {
        edit->setText(text);
        emit edit->editingFinished();
    }
    static bool shown(EnrollWizard &w, const char *label)
    {
        auto *l = child<QLabel>(w, label);
        return l && l->isVisibleTo(w.currentPage()) && !l->text().isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        engine::ClientOptions o;
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_dir.filePath(QStringLiteral("accounts.json"));
        o.trustFile = m_dir.filePath(QStringLiteral("trusted-servers.conf"));
        m_context = std::make_unique<engine::ClientContext>(o);
        m_controller = std::make_unique<EnrollmentController>(m_context.get());
    }
    void cleanupTestCase()
    {
        m_controller.reset();
        m_context.reset();
    }

    void serverNormalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Policy>("policy");
        QTest::addColumn<QString>("expected"); // empty: refused

        const Policy code = Policy::PlainHttpWarned;
        const Policy https = Policy::HttpsOnly;
        const QString plain = QStringLiteral("http://gms.example.com/gms.dll");
        const QString secure = QStringLiteral("https://gms.example.com/gms.dll");
        QTest::newRow("bare host") << "gms.example.com" << code << plain;
        QTest::newRow("spaces") << "  gms.example.com \t" << code << plain;
        QTest::newRow("trailing slash") << "gms.example.com/" << code << plain;
        QTest::newRow("host:port")
                << "gms.example.com:8080" << code << "http://gms.example.com:8080/gms.dll";
        QTest::newRow("full URL") << secure << code << secure;
        QTest::newRow("no gms.dll") << "https://gms.example.com" << code << secure;
        QTest::newRow("no gms.dll, slash") << "https://gms.example.com/" << code << secure;
        QTest::newRow("gms.dll and slash") << "https://gms.example.com/gms.dll/" << code << secure;
        QTest::newRow("upper case") << "HTTPS://GMS.Example.COM/gms.dll" << code << secure;
        QTest::newRow("deeper path") << "https://gms.example.com/groove" << code
                                     << "https://gms.example.com/groove/gms.dll";
        QTest::newRow("no scheme, path") << "gms.example.com/gms.dll" << code << plain;
        QTest::newRow("angle brackets") << "<https://gms.example.com/gms.dll>" << code << secure;
        QTest::newRow("default port") << "http://gms.example.com:80/" << code << plain;
        QTest::newRow("IPv6 host:port")
                << "[2001:db8::1]:8080" << code << "http://[2001:db8::1]:8080/gms.dll";
        QTest::newRow("empty") << "" << code << "";
        QTest::newRow("blank") << "   " << code << "";
        QTest::newRow("space inside") << "gms example com" << code << "";
        QTest::newRow("ftp") << "ftp://gms.example.com/gms.dll" << code << "";
        QTest::newRow("user name") << "https://bob@gms.example.com/gms.dll" << code << "";
        QTest::newRow("query") << "https://gms.example.com/gms.dll?x=1" << code << "";
        QTest::newRow("port 0") << "gms.example.com:0" << code << "";
        QTest::newRow("sign-in: bare host is https") << "gms.example.com" << https << secure;
        QTest::newRow("sign-in: host:port is https")
                << "gms.example.com:8443" << https << "https://gms.example.com:8443/gms.dll";
        QTest::newRow("sign-in: https") << secure << https << secure;
        QTest::newRow("sign-in: http refused") << plain << https << "";
        QTest::newRow("sign-in: http host refused") << "http://gms.example.com" << https << "";
    }
    void serverNormalisation()
    {
        QFETCH(QString, input);
        QFETCH(Policy, policy);
        QFETCH(QString, expected);

        ServerField field(policy);
        field.setText(input);
        QCOMPARE(field.isValid(), !expected.isEmpty());
        QCOMPARE(field.url().toString(), expected);
        auto *preview = field.findChild<QLabel *>(QStringLiteral("serverPreview"));
        auto *message = field.findChild<QLabel *>(QStringLiteral("serverMessage"));
        QVERIFY(preview && message);
        QCOMPARE(preview->isVisibleTo(&field), !expected.isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(preview->text().contains(expected), qPrintable(preview->text()));
        // A problem is shown for what was entered, never for an empty field.
        if (expected.isEmpty())
            QCOMPARE(message->isVisibleTo(&field), !input.trimmed().isEmpty());
        QCOMPARE(ServerField::normalize(input, policy).ok(), !expected.isEmpty());
    }

    void noProblemWhileTyping()
    {
        auto w = wizard();
        choose(*w, "methodCode");
        auto *server = child<QLineEdit>(*w, "serverEdit");
        QTest::keyClicks(server, QStringLiteral("gms exa"));
        QVERIFY(!shown(*w, "serverMessage"));
        emit server->editingFinished();
        QVERIFY(shown(*w, "serverMessage"));
        // Once shown, it follows the text and goes when the address is right.
        server->setText(QStringLiteral("https://gms.example.com"));
        QVERIFY(!shown(*w, "serverMessage"));
        server->clear();
        QVERIFY(!shown(*w, "serverMessage"));
        QVERIFY(!shown(*w, "serverPreview"));
    }

    void plainHttpWarning_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("warned");
        QTest::newRow("bare host (http)") << "gms.example.com" << true;
        QTest::newRow("http URL") << "http://gms.example.com/gms.dll" << true;
        QTest::newRow("https URL") << "https://gms.example.com/gms.dll" << false;
        QTest::newRow("https without gms.dll") << "https://gms.example.com" << false;
    }
    void plainHttpWarning()
    {
        QFETCH(QString, server);
        QFETCH(bool, warned);
        auto w = wizard();
        choose(*w, "methodCode");
        enter(child<QLineEdit>(*w, "serverEdit"), server);
        QCOMPARE(shown(*w, "serverMessage"), warned);
        if (warned) {
            const QUrl url = *ServerField::normalize(server, Policy::PlainHttpWarned);
            QCOMPARE(child<QLabel>(*w, "serverMessage")->text(), engine::plainHttpWarning(url));
            QVERIFY(!child<QLabel>(*w, "serverMessageIcon")->accessibleDescription().isEmpty());
        }
    }

    void codeValidation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("example") << "ABCD-EFGH-JKLM-NPQR" << true;
        QTest::newRow("spaces around") << "  ABCD-EFGH \t" << true;
        QTest::newRow("any letters") << QStringLiteral("äöü-ß-Ω") << true;
        QTest::newRow("inner space kept") << "ABCD EFGH" << true;
        QTest::newRow("non-breaking space is part") << QStringLiteral("\u00a0") << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("only spaces") << "   " << false;
        QTest::newRow("control character") << QStringLiteral("AB\u0001CD") << false;
        QTest::newRow("non-character") << QStringLiteral("AB\uFFFECD") << false;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
    }
    void codeValidation()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(ServerCodePage::codeProblem(code).isEmpty(), valid);

        auto w = wizard();
        choose(*w, "methodCode");
        enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("https://gms.example.com"));
        auto *edit = child<QLineEdit>(*w, "codeEdit");
        enter(edit, code);
        QCOMPARE(w->button(QWizard::NextButton)->isEnabled(), valid);
        // No message for an empty field; one for what cannot be used.
        QCOMPARE(shown(*w, "codeMessage"), !valid && !code.isEmpty());
    }

    void nextEnabled_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("nothing") << ""
                                 << "" << false;
        QTest::newRow("server only") << "gms.example.com"
                                     << "" << false;
        QTest::newRow("code only") << ""
                                   << "ABCD" << false;
        QTest::newRow("bad server") << "gms example"
                                    << "ABCD" << false;
        QTest::newRow("both") << "gms.example.com"
                              << "ABCD" << true;
        QTest::newRow("both, pasted forms") << " https://gms.example.com/ "
                                            << " ABCD\n"
                                            << true;
    }
    void nextEnabled()
    {
        QFETCH(QString, server);
        QFETCH(QString, code);
        QFETCH(bool, enabled);
        auto w = wizard();
        choose(*w, "methodCode");
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w->button(QWizard::NextButton)->text().remove(u'&'), QStringLiteral("Enroll"));
        enter(child<QLineEdit>(*w, "serverEdit"), server);
        enter(child<QLineEdit>(*w, "codeEdit"), code);
        QCOMPARE(w->button(QWizard::NextButton)->isEnabled(), enabled);
        QCOMPARE(w->currentPage()->isComplete(), enabled);
        // Check connection needs the server only.
        QCOMPARE(child<QAbstractButton>(*w, "checkButton")->isEnabled(),
                 ServerField::normalize(server, Policy::PlainHttpWarned).ok());
        if (enabled) {
            w->next();
            QCOMPARE(w->currentId(), int(ProgressPageId));
            QCOMPARE(w->model().flow, engine::Flow::Manual);
            QCOMPARE(w->model().code, code.trimmed());
            QCOMPARE(w->model().serverUrl,
                     *ServerField::normalize(server, Policy::PlainHttpWarned));
        }
    }

    void paste_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::addColumn<bool>("serverLocked");
        QTest::addColumn<QString>("server"); // the field's normalised URL afterwards
        QTest::addColumn<QString>("code");
        const QString secure = QStringLiteral("https://gms.example.com/gms.dll");
        const QString other = QStringLiteral("https://other.example.com/gms.dll");
        QTest::newRow("link") << link(secure, QStringLiteral("ABCD-EFGH")) << false << secure
                              << "ABCD-EFGH";
        QTest::newRow("link in an e-mail")
                << QStringLiteral("Hello Alice,\n\nto enroll, open %1 on your computer.\n\nIT")
                           .arg(link(secure, QStringLiteral("WXYZ-1234")))
                << false << secure << "WXYZ-1234";
        QTest::newRow("nothing found") << "Hello, see you tomorrow." << false << ""
                                       << "";
        QTest::newRow("empty clipboard") << "" << false << ""
                                         << "";
        QTest::newRow("expired link")
                << link(secure, QStringLiteral("ABCD"), QStringLiteral("&expires=1")) << false << ""
                << "";
        QTest::newRow("locked server kept")
                << link(secure, QStringLiteral("ABCD-EFGH")) << true << other << "ABCD-EFGH";
    }
    void paste()
    {
        QFETCH(QString, clipboard);
        QFETCH(bool, serverLocked);
        QFETCH(QString, server);
        QFETCH(QString, code);
        WizardPrefill prefill;
        if (serverLocked) {
            prefill.server = QStringLiteral("https://other.example.com");
            prefill.serverLocked = true;
            prefill.lockReason = QStringLiteral("Set by your organisation.");
        }
        auto w = wizard(prefill);
        choose(*w, "methodCode");
        QGuiApplication::clipboard()->setText(clipboard);
        QVERIFY(!shown(*w, "pasteMessage"));
        QTest::mouseClick(child<QAbstractButton>(*w, "pasteButton"), Qt::LeftButton);
        auto *page = w->currentPage();
        QCOMPARE(page->findChild<ServerField *>()->url().toString(), server);
        QCOMPARE(child<QLineEdit>(*w, "codeEdit")->text(), code);
        // Always an answer under the button: what was filled in, nothing found, or why a link
        // was refused.
        QVERIFY(shown(*w, "pasteMessage"));
        QCOMPARE(w->button(QWizard::NextButton)->isEnabled(), !server.isEmpty() && !code.isEmpty());
        QGuiApplication::clipboard()->clear();
    }

    void lockedPrefill()
    {
        WizardPrefill prefill;
        prefill.server = QStringLiteral("gms.example.com");
        prefill.serverLocked = true;
        prefill.code = QStringLiteral("ABCD-EFGH-JKLM-NPQR");
        prefill.codeLocked = true;
        prefill.flow = engine::Flow::Manual;
        prefill.lockReason = QStringLiteral("From the enrollment link.");
        auto w = wizard(prefill);
        choose(*w, "methodCode");
        auto *server = child<QLineEdit>(*w, "serverEdit");
        auto *code = child<QLineEdit>(*w, "codeEdit");
        QVERIFY(server->isReadOnly());
        QVERIFY(code->isReadOnly());
        QCOMPARE(code->text(), prefill.code);
        QCOMPARE(child<QLabel>(*w, "serverLocked")->text(), prefill.lockReason);
        QCOMPARE(child<QLabel>(*w, "codeLocked")->text(), prefill.lockReason);
        QVERIFY(shown(*w, "serverLocked"));
        QVERIFY(!child<QLabel>(*w, "serverLockedIcon")->accessibleDescription().isEmpty());
        // The plain-http address of a link is warned about at once (no typing happens).
        QVERIFY(shown(*w, "serverMessage"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());

        // Unlocked prefill: editable, no lock line.
        WizardPrefill open;
        open.server = QStringLiteral("https://gms.example.com");
        auto w2 = wizard(open);
        choose(*w2, "methodCode");
        QVERIFY(!child<QLineEdit>(*w2, "serverEdit")->isReadOnly());
        QVERIFY(!shown(*w2, "serverLocked"));
    }

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
        WizardPrefill prefill = managed ? managedPrefill() : WizardPrefill();
        if (flow >= 0)
            prefill.flow = static_cast<engine::Flow>(flow);
        EnrollWizard w(m_controller.get(), prefill);
        w.restart();
        QCOMPARE(w.currentId(), int(WelcomePageId));
        auto *radio = child<QRadioButton>(w, "methodManaged");
        QCOMPARE(radio->isVisibleTo(w.currentPage()), managed);
        QVERIFY(child<QRadioButton>(w, qPrintable(checked))->isChecked());
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
        auto w = wizard(managedPrefill());
        choose(*w, qPrintable(method));
        QCOMPARE(w->currentId(), page);
        QCOMPARE(w->currentPage()->nextId(), int(ProgressPageId));
        QVERIFY(!w->connectionCheckRequested());

        // Check connection: only with a usable server, then the check page; leaving it
        // forgets the request.
        auto *check = child<QAbstractButton>(*w, "checkButton");
        if (page != ManagedPageId) {
            QVERIFY(!check->isEnabled());
            enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("gms.example.com"));
        }
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(CheckPageId));
        QVERIFY(w->connectionCheckRequested());
        w->back();
        QCOMPARE(w->currentId(), page);
        QVERIFY(!w->connectionCheckRequested());
        QCOMPARE(w->currentPage()->nextId(), int(ProgressPageId));

        // Back to the method choice, which was kept.
        QVERIFY(w->returnTo(WelcomePageId));
        QVERIFY(child<QRadioButton>(*w, qPrintable(method))->isChecked());
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
        EnrollWizard w(m_controller.get(), {});
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
        auto w = wizard(managedPrefill());
        if (!method.isEmpty()) {
            choose(*w, qPrintable(method));
            if (method != u"methodManaged")
                enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("gms.example.com"));
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
        QTest::newRow("managed") << "methodManaged" << managedPrefill() << "passwordEdit";
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
        choose(*w, qPrintable(method));
        QVERIFY(w->focusWidget());
        QCOMPARE(w->focusWidget()->objectName(), focus);
    }

    void passwordNotKept()
    {
        auto w = wizard();
        choose(*w, "methodSignIn");
        enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("gms.example.com"));
        child<QLineEdit>(*w, "loginEdit")->setText(QStringLiteral("alice"));
        auto *password = child<QLineEdit>(*w, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("secret"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->back();
        w->next();
        QCOMPARE(w->currentId(), int(SignInPageId));
        QVERIFY(child<QLineEdit>(*w, "passwordEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(*w, "loginEdit")->text(), QStringLiteral("alice"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());

        child<QLineEdit>(*w, "passwordEdit")->setText(QStringLiteral("secret"));
        w->next();
        QCOMPARE(w->currentId(), int(ProgressPageId));
        QCOMPARE(w->model().flow, engine::Flow::AutoConfiguration);
        QCOMPARE(w->model().serverUrl, QUrl(QStringLiteral("https://gms.example.com/gms.dll")));
        QCOMPARE(w->model().login, QStringLiteral("alice"));
        QCOMPARE(w->model().password, QStringLiteral("secret"));
    }

    void signInRefusesHttp()
    {
        auto w = wizard();
        choose(*w, "methodSignIn");
        enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("http://gms.example.com"));
        QVERIFY(shown(*w, "serverMessage"));
        QVERIFY(!shown(*w, "serverPreview"));
        QVERIFY(!child<QAbstractButton>(*w, "checkButton")->isEnabled());
    }

    void managedPage()
    {
        auto w = wizard(managedPrefill());
        choose(*w, "methodManaged");
        QCOMPARE(w->currentId(), int(ManagedPageId));
        auto *server = child<QLineEdit>(*w, "serverEdit");
        QVERIFY(server->isReadOnly());
        QCOMPARE(child<QLabel>(*w, "serverLocked")->text(),
                 QStringLiteral("Set by your organisation."));
        QCOMPARE(child<QLineEdit>(*w, "loginEdit")->text(), QStringLiteral("alice"));
        child<QLineEdit>(*w, "passwordEdit")->setText(QStringLiteral("secret"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QCOMPARE(w->model().flow, engine::Flow::AutoActivation);
        QVERIFY(w->model().managed.has_value());
        QCOMPARE(w->model().request().managed.loginName, QStringLiteral("alice"));

        // A policy whose sign-in address is not https cannot be used.
        WizardPrefill bad = managedPrefill();
        bad.managed->authenticatedUrl =
                QUrl(QStringLiteral("http://gms.example.com/AutoActivate/gms.dll"));
        auto w2 = wizard(bad);
        choose(*w2, "methodManaged");
        child<QLineEdit>(*w2, "passwordEdit")->setText(QStringLiteral("secret"));
        QVERIFY(!w2->button(QWizard::NextButton)->isEnabled());
        QVERIFY(shown(*w2, "serverMessage"));
    }

    void backSkipsProgress()
    {
        auto w = wizard();
        choose(*w, "methodCode");
        enter(child<QLineEdit>(*w, "serverEdit"), QStringLiteral("gms.example.com"));
        enter(child<QLineEdit>(*w, "codeEdit"), QStringLiteral("ABCD"));
        QAbstractButton *back = w->button(QWizard::BackButton);
        w->next();
        QCOMPARE(w->currentId(), int(ProgressPageId));
        QTest::mouseClick(back, Qt::LeftButton); // one page, exactly
        QCOMPARE(w->currentId(), int(ServerCodePageId));

        QTest::mouseClick(child<QAbstractButton>(*w, "checkButton"), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(CheckPageId));
        w->next();
        QCOMPARE(w->currentId(), int(ProgressPageId));
        // Back from the progress (or result) page leads to the input page, not to the check.
        QVERIFY(back->isVisible() && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ServerCodePageId));
        QCOMPARE(child<QLineEdit>(*w, "codeEdit")->text(), QStringLiteral("ABCD"));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(w->currentId(), int(WelcomePageId));
    }

    void applyPrefill()
    {
        auto w = wizard();
        choose(*w, "methodSignIn");
        WizardPrefill fromLink;
        fromLink.server = QStringLiteral("https://gms.example.com/gms.dll");
        fromLink.serverLocked = true;
        fromLink.code = QStringLiteral("ABCD-EFGH");
        fromLink.codeLocked = true;
        fromLink.flow = engine::Flow::Manual;
        fromLink.lockReason = QStringLiteral("From the enrollment link.");
        QVERIFY(w->applyPrefill(fromLink));
        QCOMPARE(w->currentId(), int(ServerCodePageId));
        QCOMPARE(child<QLineEdit>(*w, "codeEdit")->text(), QStringLiteral("ABCD-EFGH"));
        QVERIFY(child<QLineEdit>(*w, "serverEdit")->isReadOnly());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w->visitedIds(), (QList<int>{ WelcomePageId, ServerCodePageId }));
    }
};

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
