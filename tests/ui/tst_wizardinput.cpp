// The wizard's input pages, offscreen and without a network (pages never touch it): what the
// server field makes of pasted addresses, the code check, Next, the plain-http warning, "Paste
// e-mail or link...", locked prefills, https-only sign-in, the managed page, the password.
#include "common/WizardFixture.h"
#include "net/ServerUrl.h"
#include "ui/wizard/ServerCodePage.h"
#include "ui/wizard/ServerField.h"

#include <QtGui/QClipboard>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>

using namespace groove;
using namespace groove::ui;
using groove::test::WizardFixture;

namespace {

using F = WizardFixture;

using Policy = ServerField::Policy;

} // namespace

class TestWizardInput final : public QObject
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
        F::choose(*w, "methodCode");
        auto *server = F::child<QLineEdit>(*w, "serverEdit");
        QTest::keyClicks(server, QStringLiteral("gms exa"));
        QVERIFY(!F::shown(*w, "serverMessage"));
        emit server->editingFinished();
        QVERIFY(F::shown(*w, "serverMessage"));
        // Once shown, it follows the text and goes when the address is right.
        server->setText(QStringLiteral("https://gms.example.com"));
        QVERIFY(!F::shown(*w, "serverMessage"));
        server->clear();
        QVERIFY(!F::shown(*w, "serverMessage"));
        QVERIFY(!F::shown(*w, "serverPreview"));
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
        F::choose(*w, "methodCode");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), server);
        QCOMPARE(F::shown(*w, "serverMessage"), warned);
        if (warned) {
            const QUrl url = *ServerField::normalize(server, Policy::PlainHttpWarned);
            QCOMPARE(F::child<QLabel>(*w, "serverMessage")->text(), engine::plainHttpWarning(url));
            QVERIFY(!F::child<QLabel>(*w, "serverMessageIcon")->accessibleDescription().isEmpty());
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
        F::choose(*w, "methodCode");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), QStringLiteral("https://gms.example.com"));
        auto *edit = F::child<QLineEdit>(*w, "codeEdit");
        F::enter(edit, code);
        QCOMPARE(w->button(QWizard::NextButton)->isEnabled(), valid);
        // No message for an empty field; one for what cannot be used.
        QCOMPARE(F::shown(*w, "codeMessage"), !valid && !code.isEmpty());
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
        F::choose(*w, "methodCode");
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w->button(QWizard::NextButton)->text().remove(u'&'), QStringLiteral("Enroll"));
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), server);
        F::enter(F::child<QLineEdit>(*w, "codeEdit"), code);
        QCOMPARE(w->button(QWizard::NextButton)->isEnabled(), enabled);
        QCOMPARE(w->currentPage()->isComplete(), enabled);
        // Check connection needs the server only.
        QCOMPARE(F::child<QAbstractButton>(*w, "checkButton")->isEnabled(),
                 ServerField::normalize(server, Policy::PlainHttpWarned).ok());
        if (enabled) {
            // What Enroll hands to the progress page (which would start the enrollment).
            QVERIFY(w->currentPage()->validatePage());
            QVERIFY(w->model().readyToEnroll());
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
        QTest::newRow("link") << F::link(secure, QStringLiteral("ABCD-EFGH")) << false << secure
                              << "ABCD-EFGH";
        QTest::newRow("link in an e-mail")
                << QStringLiteral("Hello Alice,\n\nto enroll, open %1 on your computer.\n\nIT")
                           .arg(F::link(secure, QStringLiteral("WXYZ-1234")))
                << false << secure << "WXYZ-1234";
        QTest::newRow("nothing found") << "Hello, see you tomorrow." << false << ""
                                       << "";
        QTest::newRow("empty clipboard") << "" << false << ""
                                         << "";
        QTest::newRow("expired link")
                << F::link(secure, QStringLiteral("ABCD"), QStringLiteral("&expires=1")) << false
                << ""
                << "";
        QTest::newRow("locked server kept")
                << F::link(secure, QStringLiteral("ABCD-EFGH")) << true << other << "ABCD-EFGH";
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
        F::choose(*w, "methodCode");
        QGuiApplication::clipboard()->setText(clipboard);
        QVERIFY(!F::shown(*w, "pasteMessage"));
        QTest::mouseClick(F::child<QAbstractButton>(*w, "pasteButton"), Qt::LeftButton);
        auto *page = w->currentPage();
        QCOMPARE(page->findChild<ServerField *>()->url().toString(), server);
        QCOMPARE(F::child<QLineEdit>(*w, "codeEdit")->text(), code);
        // Always an answer under the button: what was filled in, nothing found, or why a link
        // was refused.
        QVERIFY(F::shown(*w, "pasteMessage"));
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
        F::choose(*w, "methodCode");
        auto *server = F::child<QLineEdit>(*w, "serverEdit");
        auto *code = F::child<QLineEdit>(*w, "codeEdit");
        QVERIFY(server->isReadOnly());
        QVERIFY(code->isReadOnly());
        QCOMPARE(code->text(), prefill.code);
        QCOMPARE(F::child<QLabel>(*w, "serverLocked")->text(), prefill.lockReason);
        QCOMPARE(F::child<QLabel>(*w, "codeLocked")->text(), prefill.lockReason);
        QVERIFY(F::shown(*w, "serverLocked"));
        QVERIFY(!F::child<QLabel>(*w, "serverLockedIcon")->accessibleDescription().isEmpty());
        // The plain-http address of a link is warned about at once (no typing happens).
        QVERIFY(F::shown(*w, "serverMessage"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());

        // Unlocked prefill: editable, no lock line.
        WizardPrefill open;
        open.server = QStringLiteral("https://gms.example.com");
        auto w2 = wizard(open);
        F::choose(*w2, "methodCode");
        QVERIFY(!F::child<QLineEdit>(*w2, "serverEdit")->isReadOnly());
        QVERIFY(!F::shown(*w2, "serverLocked"));
    }

    void passwordNotKept()
    {
        auto w = wizard();
        F::choose(*w, "methodSignIn");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), QStringLiteral("gms.example.com"));
        F::child<QLineEdit>(*w, "loginEdit")->setText(QStringLiteral("alice"));
        auto *password = F::child<QLineEdit>(*w, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("secret"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->back();
        w->next();
        QCOMPARE(w->currentId(), int(SignInPageId));
        QVERIFY(F::child<QLineEdit>(*w, "passwordEdit")->text().isEmpty());
        QCOMPARE(F::child<QLineEdit>(*w, "loginEdit")->text(), QStringLiteral("alice"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());

        F::child<QLineEdit>(*w, "passwordEdit")->setText(QStringLiteral("secret"));
        QVERIFY(w->currentPage()->validatePage());
        QCOMPARE(w->model().flow, engine::Flow::AutoConfiguration);
        QCOMPARE(w->model().serverUrl, QUrl(QStringLiteral("https://gms.example.com/gms.dll")));
        QCOMPARE(w->model().login, QStringLiteral("alice"));
        QCOMPARE(w->model().password, QStringLiteral("secret"));
    }

    void signInRefusesHttp()
    {
        auto w = wizard();
        F::choose(*w, "methodSignIn");
        F::enter(F::child<QLineEdit>(*w, "serverEdit"), QStringLiteral("http://gms.example.com"));
        QVERIFY(F::shown(*w, "serverMessage"));
        QVERIFY(!F::shown(*w, "serverPreview"));
        QVERIFY(!F::child<QAbstractButton>(*w, "checkButton")->isEnabled());
    }

    void managedPage()
    {
        auto w = wizard(F::managedPrefill());
        F::choose(*w, "methodManaged");
        QCOMPARE(w->currentId(), int(ManagedPageId));
        auto *server = F::child<QLineEdit>(*w, "serverEdit");
        QVERIFY(server->isReadOnly());
        QCOMPARE(F::child<QLabel>(*w, "serverLocked")->text(),
                 QStringLiteral("Set by your organisation."));
        QCOMPARE(F::child<QLineEdit>(*w, "loginEdit")->text(), QStringLiteral("alice"));
        F::child<QLineEdit>(*w, "passwordEdit")->setText(QStringLiteral("secret"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->currentPage()->validatePage());
        QVERIFY(w->model().readyToEnroll());
        QCOMPARE(w->model().flow, engine::Flow::AutoActivation);
        QVERIFY(w->model().managed.has_value());
        QCOMPARE(w->model().request().managed.loginName, QStringLiteral("alice"));

        // A policy whose sign-in address is not https cannot be used.
        WizardPrefill bad = F::managedPrefill();
        bad.managed->authenticatedUrl =
                QUrl(QStringLiteral("http://gms.example.com/AutoActivate/gms.dll"));
        auto w2 = wizard(bad);
        F::choose(*w2, "methodManaged");
        F::child<QLineEdit>(*w2, "passwordEdit")->setText(QStringLiteral("secret"));
        QVERIFY(!w2->button(QWizard::NextButton)->isEnabled());
        QVERIFY(F::shown(*w2, "serverMessage"));
    }
};

QTEST_MAIN(TestWizardInput)
#include "tst_wizardinput.moc"
