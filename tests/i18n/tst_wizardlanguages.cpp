// The wizard in every shipped language, at the size it opens with: on every page (the three
// input pages, the connection check, a problem with its details open, done) each visible label
// and button gets at least the room its text asks for (sizeHint, or heightForWidth for wrapped
// labels). A translation that is longer than the English text must not be cut off.
#include "app/Translator.h"
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "engine/ClientContext.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/ProgressPage.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/WizardPages.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
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

constexpr int Timeout = 60000;

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
            .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                           : w->objectName(),
                 text.left(60));
}

// Every visible label and button of 'window' that has less room than its text needs, and
// everything that sticks out of the window.
QStringList clipped(QWidget *window)
{
    QStringList problems;
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        QString text;
        QSize needed;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            text = label->text();
            needed = label->sizeHint();
            if (label->wordWrap()) {
                needed = QSize(0, label->heightForWidth(label->width()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
            needed = button->sizeHint();
        } else {
            continue;
        }
        const QRect where(w->mapTo(window, QPoint(0, 0)), w->size());
        if (needed.width() > w->width() || needed.height() > w->height()) {
            problems << QStringLiteral("%1 needs %2x%3, has %4x%5")
                                .arg(describe(w, text))
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(w->width())
                                .arg(w->height());
        } else if (!inside.contains(where)) {
            problems << QStringLiteral("%1 lies outside the window").arg(describe(w, text));
        }
    }
    return problems;
}

} // namespace

// In the test function itself, so that a failure ends the test there.
#define VERIFY_FITS(where) \
  do { \
    const QString problems = clippedOn(where); \
    QVERIFY2(problems.isEmpty(), qPrintable(problems)); \
  } while (false)

class TestWizardLanguages final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<devserver::DevServer> m_server;
    QTemporaryDir m_home;
    std::unique_ptr<engine::ClientContext> m_context;
    std::unique_ptr<EnrollmentController> m_controller;
    std::unique_ptr<EnrollWizard> m_wizard;
    int m_accounts = 0;

    static void removeTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void openWizard(const WizardPrefill &prefill)
    {
        m_wizard.reset();
        m_controller.reset();
        m_context.reset();
        engine::ClientOptions o;
        o.requestTimeout = std::chrono::seconds(10);
        o.keyStore = store::KeyStoreKind::Memory;
        // A file per wizard: the "done" enrollment of one language is not the next one's.
        o.accountFile = m_home.filePath(QStringLiteral("accounts-%1.json").arg(++m_accounts));
        o.trustFile = m_home.filePath(QStringLiteral("trusted-servers.conf"));
        o.caFile = m_server->caPath();
        m_context = std::make_unique<engine::ClientContext>(o);
        m_controller = std::make_unique<EnrollmentController>(m_context.get());
        m_wizard = std::make_unique<EnrollWizard>(m_controller.get(), prefill);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    template<typename T>
    T *find(const char *name) const
    {
        return m_wizard->currentPage()->findChild<T *>(QLatin1StringView(name));
    }

    // Empty when everything fits, else what does not.
    QString clippedOn(const char *where)
    {
        QApplication::processEvents(); // layouts settle
        const QStringList problems = clipped(m_wizard.get());
        return problems.isEmpty()
                ? QString()
                : QStringLiteral("%1: %2").arg(QLatin1StringView(where),
                                               problems.join(QStringLiteral("; ")));
    }

    void choose(const char *radio, PageId expected)
    {
        QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
        auto *button = find<QRadioButton>(radio);
        QVERIFY(button);
        button->click();
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(expected));
    }

    void type(const char *field, const QString &text)
    {
        auto *edit = find<QLineEdit>(field);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
        emit edit->editingFinished(); // problems are shown after input
    }

    void back() { QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
        QVERIFY(m_home.isValid());
    }

    // A fresh server per language: a code is used once.
    void init()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_controller.reset();
        m_context.reset();
        m_server.reset();
        removeTranslators();
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        // Every language we ship (a .ts file), so that a new one is checked without a change here.
        const QStringList files =
                QDir(QStringLiteral(GE_TS_DIR)).entryList({ QStringLiteral("groove-enroll_*.ts") });
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            const QString language = file.mid(14, file.size() - 14 - 3);
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyPageFits()
    {
        QFETCH(QString, language);
        QCOMPARE(app::installTranslators(*qApp, QLocale(language), QStringLiteral(GE_QM_DIR)),
                 language);
        if (language != QLatin1String("en")) {
            // The wizard really speaks the language: its page names and Qt's own Next button.
            QVERIFY(WizardPageNames::name(WelcomePageId) != QLatin1String("Welcome"));
            QVERIFY(QCoreApplication::translate("QWizard", "&Next >") != QLatin1String("&Next >"));
        }

        // Managed-device settings: the welcome page offers all three methods.
        WizardPrefill prefill;
        const devserver::DomainState *domain = m_server->state().deviceDomain();
        engine::ManagedSettings managed;
        managed.serverUrl = QUrl(m_server->serverUrl());
        managed.deviceDomainGuid = domain->guid;
        managed.deviceDomainCertificate = domain->certificate.der();
        managed.loginName = QStringLiteral("alice");
        prefill.managed = managed;
        openWizard(prefill);
        VERIFY_FITS("Welcome");

        choose("methodSignIn", SignInPageId);
        type("serverEdit", QStringLiteral("http://127.0.0.1:1")); // refused: a message
        VERIFY_FITS("Server and sign-in");
        back();
        choose("methodManaged", ManagedPageId);
        VERIFY_FITS("Managed sign-in");
        back();

        choose("methodCode", ServerCodePageId);
        type("serverEdit", QStringLiteral("http://127.0.0.1:1")); // the plain-http warning
        type("codeEdit", QStringLiteral("ABCD-EFGH-JKLM-NPQR"));
        VERIFY_FITS("Server and code");

        QTest::mouseClick(find<QAbstractButton>("checkButton"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(CheckPageId));
        auto *check = qobject_cast<CheckPage *>(m_wizard->currentPage());
        QVERIFY(check);
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), Timeout);
        VERIFY_FITS("Connection check (failed)");

        // Enroll: the server is not there, a passing failure offers "Try again".
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
        auto *retry = find<QAbstractButton>("retryButton");
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), Timeout);
        VERIFY_FITS("Progress (try again)");

        // A problem: a code the server never issued.
        const devserver::MemberState *member =
                m_server->state().memberByLogin(QStringLiteral("bob"));
        QVERIFY(member);
        openWizard({});
        choose("methodCode", ServerCodePageId);
        type("serverEdit", m_server->serverUrl());
        QString wrong = member->code;
        wrong[0] = wrong.at(0) == u'A' ? u'B' : u'A';
        type("codeEdit", wrong);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ResultPageId), Timeout);
        VERIFY_FITS("Result (problem)");
        auto *details = find<QAbstractButton>("detailsToggle");
        QVERIFY(details);
        details->click();
        VERIFY_FITS("Result (problem, details)");

        // Done: a real enrollment with a code of the devserver.
        openWizard({});
        choose("methodCode", ServerCodePageId);
        type("serverEdit", m_server->serverUrl());
        type("codeEdit", member->code);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ResultPageId), Timeout);
        QVERIFY2(m_context->accounts()->load()->size() == 1, "the enrollment did not succeed");
        VERIFY_FITS("Result (done)");
    }
};

QTEST_MAIN(TestWizardLanguages)
#include "tst_wizardlanguages.moc"
