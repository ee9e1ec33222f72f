// The real wizard, driven as a person would (fields typed, buttons clicked), through all three
// flows against the in-process devserver over real HTTP and HTTPS: success, cancel while
// running, a passing failure and "Try again", a wrong code and "Change the code", the trust
// prompt answered both ways, and the connection check.
#include "common/ServerFixture.h"
#include "devserver/DevServer.h"
#include "devserver/FaultInjector.h"
#include "devserver/HttpServer.h"
#include "engine/ClientContext.h"
#include "net/TrustStore.h"
#include "store/AccountStore.h"
#include "store/SecretStore.h"
#include "ui/diag/DiagnosticsDialog.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/ProgressPage.h"
#include "ui/wizard/ResultPage.h"
#include "ui/wizard/TrustDialog.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTreeWidget>

#include <memory>

using namespace groove;
using namespace groove::ui;

Q_DECLARE_METATYPE(groove::engine::EnrollmentResult)

namespace {

constexpr int Timeout = 60000;

QString codeOf(devserver::DevServer &server, const QString &login)
{
    const devserver::MemberState *m = server.state().memberByLogin(login);
    return m ? m->code : QString();
}

// The same length and alphabet, one character different: a code no server issued.
QString wrongCode(const QString &code)
{
    QString wrong = code;
    for (qsizetype i = wrong.size() - 1; i >= 0; --i) {
        if (wrong.at(i).isLetterOrNumber()) {
            wrong[i] = wrong.at(i) == u'A' ? u'B' : u'A';
            break;
        }
    }
    return wrong;
}

} // namespace

class TestEnrollWizard final : public QObject
{
    Q_OBJECT

    testing::ServerFixture m_fixture;
    std::unique_ptr<devserver::DevServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<engine::ClientContext> m_context;
    std::unique_ptr<EnrollmentController> m_controller;
    std::unique_ptr<EnrollWizard> m_wizard;
    int m_requests = 0;

    void startServer()
    {
        m_server = m_fixture.start();
        QVERIFY2(m_server, qPrintable(m_fixture.lastError()));
        m_requests = 0;
        connect(&m_server->http(), &devserver::HttpServer::requestServed, this,
                [this] { ++m_requests; });
    }

    // A client as the application makes it, the stores in a temporary folder; 'trustCa' false:
    // the devserver's CA is unknown (the trust prompt).
    void openWizard(const WizardPrefill &prefill = {}, bool trustCa = true)
    {
        m_home = std::make_unique<QTemporaryDir>();
        engine::ClientOptions o;
        o.requestTimeout = std::chrono::seconds(10);
        o.keyStore = store::KeyStoreKind::Memory;
        o.accountFile = m_home->filePath(QStringLiteral("accounts.json"));
        o.trustFile = m_home->filePath(QStringLiteral("trusted-servers.conf"));
        if (trustCa)
            o.caFile = m_server->caPath();
        m_context = std::make_unique<engine::ClientContext>(o);
        m_controller = std::make_unique<EnrollmentController>(m_context.get());
        m_wizard = std::make_unique<EnrollWizard>(m_controller.get(), prefill);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return m_wizard->currentPage() ? m_wizard->currentPage()->findChild<T *>(name) : nullptr;
    }

    void type(const QString &field, const QString &text)
    {
        auto *edit = find<QLineEdit>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void choose(const QString &method, PageId expected)
    {
        auto *radio = find<QRadioButton>(method);
        QVERIFY2(radio, qPrintable(method));
        radio->click();
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(expected));
    }

    void clickNext()
    {
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // Welcome -> "Server and code" filled in.
    void fillManual(const QString &server, const QString &code)
    {
        choose(QStringLiteral("methodCode"), ServerCodePageId);
        type(QStringLiteral("serverEdit"), server);
        type(QStringLiteral("codeEdit"), code);
    }

    void waitForResult()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ResultPageId), Timeout);
    }

    [[nodiscard]] QString resultText(const QString &label) const
    {
        const auto *l = find<QLabel>(label);
        return l ? l->text() : QString();
    }

    [[nodiscard]] qsizetype storedAccounts() const
    {
        const auto accounts = m_context->accounts()->load();
        return accounts ? accounts->size() : -1;
    }

    [[nodiscard]] QString httpsUrl() const
    {
        return QStringLiteral("https://127.0.0.1:%1/gms.dll").arg(m_server->port());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<engine::EnrollmentResult>();
        QVERIFY2(m_fixture.prepare(), qPrintable(m_fixture.lastError()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_controller.reset();
        m_context.reset();
        m_home.reset();
        m_server.reset();
    }

    void enrollsInEveryFlow_data()
    {
        QTest::addColumn<int>("flow");
        QTest::addColumn<int>("records");
        QTest::newRow("configuration code (http)") << int(engine::Flow::Manual) << 1;
        QTest::newRow("sign-in (https)") << int(engine::Flow::AutoConfiguration) << 1;
        QTest::newRow("managed computer") << int(engine::Flow::AutoActivation) << 2;
    }

    void enrollsInEveryFlow()
    {
        QFETCH(int, flow);
        QFETCH(int, records);
        startServer();
        WizardPrefill prefill;
        if (engine::Flow(flow) == engine::Flow::AutoActivation) {
            const devserver::DomainState *d = m_server->state().deviceDomain();
            engine::ManagedSettings managed;
            managed.serverUrl = QUrl(m_server->serverUrl());
            managed.deviceDomainGuid = d->guid;
            managed.deviceDomainCertificate = d->certificate.der();
            prefill.managed = managed;
        }
        openWizard(prefill);
        QSignalSpy enrolled(m_wizard.get(), &EnrollWizard::enrolled);
        QString member;
        switch (engine::Flow(flow)) {
        case engine::Flow::Manual:
            member = QStringLiteral("bob");
            fillManual(m_server->serverUrl(), codeOf(*m_server, member));
            break;
        case engine::Flow::AutoConfiguration:
            member = QStringLiteral("alice");
            choose(QStringLiteral("methodSignIn"), SignInPageId);
            type(QStringLiteral("serverEdit"), httpsUrl());
            type(QStringLiteral("loginEdit"), member);
            type(QStringLiteral("passwordEdit"), QStringLiteral("correct horse"));
            break;
        case engine::Flow::AutoActivation:
            member = QStringLiteral("carol");
            choose(QStringLiteral("methodManaged"), ManagedPageId);
            type(QStringLiteral("loginEdit"), member);
            type(QStringLiteral("passwordEdit"), QStringLiteral("tr0ub4dor"));
            break;
        }
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
        auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
        QVERIFY(steps);
        QCOMPARE(steps->topLevelItemCount(), engine::stepsOf(engine::Flow(flow)).size());
        // Not complete while running: no way on before the result.
        QVERIFY(!m_wizard->currentPage()->isComplete());
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled()
                || !m_wizard->button(QWizard::BackButton)->isVisible());

        waitForResult();
        const auto &result = m_controller->lastResult();
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error->toLogString()));
        QCOMPARE(enrolled.size(), 1);
        QCOMPARE(resultText(QStringLiteral("resultHeadline")), tr("This computer is enrolled."));
        QVERIFY(resultText(QStringLiteral("resultMessage")).contains(result->account.domainName));
        QCOMPARE(storedAccounts(), records);
        QVERIFY(m_server->state().memberByLogin(member)->enrolled);
        // Every step done, and the list says so.
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QVERIFY(!steps->topLevelItem(i)->text(1).isEmpty());
        // The model's secrets are gone once enrolled.
        QVERIFY(m_wizard->model().code.isEmpty());
        QVERIFY(m_wizard->model().password.isEmpty());
    }

    void cancelWhileRunningStoresNothing()
    {
        startServer();
        // DomainEnrollment never answers: the run is in its last network step when cancelled,
        // with the account's keys already in the keychain.
        m_server->service().faults().add(
                devserver::FaultRule::parse(QStringLiteral("DomainEnrollment:stall")).value());
        openWizard();
        fillManual(m_server->serverUrl(), codeOf(*m_server, QStringLiteral("bob")));
        clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(
                m_server->service().faults().count(QStringLiteral("DomainEnrollment")), 1, Timeout);
        QVERIFY(m_controller->isRunning());
        QSignalSpy finished(m_controller.get(), &EnrollmentController::finished);
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        // Not closed before the engine has removed what it stored.
        QVERIFY(m_wizard->isVisible());
        QVERIFY(finished.wait(Timeout));
        QTRY_VERIFY(!m_wizard->isVisible());
        const auto &result = m_controller->lastResult();
        QVERIFY(result && result->error);
        QCOMPARE(result->error->kind, ErrorKind::Cancelled);
        QCOMPARE(storedAccounts(), 0);
        QVERIFY(m_context->accounts()->pending()->isEmpty());
        auto *secrets = dynamic_cast<store::MemorySecretStore *>(m_context->secrets());
        QVERIFY(secrets);
        QVERIFY(secrets->names().isEmpty());
    }

    // The transport sends a message again by itself after a cut connection: the page says so
    // while it waits ("Trying again in N s (attempt K)").
    void announcesAutomaticRetry()
    {
        startServer();
        m_server->service().faults().add(
                devserver::FaultRule::parse(QStringLiteral("CreateAccount:close-mid-body:1"))
                        .value());
        openWizard();
        fillManual(m_server->serverUrl(), codeOf(*m_server, QStringLiteral("bob")));
        QStringList shown;
        // Connected after the page: sees what the page made of the signal.
        connect(m_controller.get(), &EnrollmentController::retryScheduled, this, [&] {
            shown << find<QLabel>(QStringLiteral("progressStatus"))->text()
                  << find<QTreeWidget>(QStringLiteral("stepList"))->accessibleDescription();
        });
        clickNext();
        waitForResult();
        QVERIFY(m_controller->lastResult() && m_controller->lastResult()->ok());
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).contains(QStringLiteral("(attempt 1)")), qPrintable(shown.at(0)));
        QCOMPARE(shown.at(1), shown.at(0)); // announced
    }

    void tryAgainAfterPassingFailure()
    {
        startServer();
        m_server->service().faults().add(
                devserver::FaultRule::parse(QStringLiteral("CreateAccount:http-500:1")).value());
        openWizard();
        fillManual(m_server->serverUrl(), codeOf(*m_server, QStringLiteral("bob")));
        clickNext();
        auto *retry = find<QPushButton>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), Timeout);
        QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
        const auto &failed = m_controller->lastResult();
        QVERIFY(failed && failed->retryable);
        QCOMPARE(failed->failedStep, engine::Step::CreateAccount);
        QVERIFY(!find<QLabel>(QStringLiteral("progressStatus"))->text().isEmpty());
        // The failed step is marked.
        auto *steps = find<QTreeWidget>(QStringLiteral("stepList"));
        const int row =
                int(engine::stepsOf(engine::Flow::Manual).indexOf(engine::Step::CreateAccount));
        QCOMPARE(steps->topLevelItem(row)->data(0, Qt::UserRole).toInt(), 3); // failed
        QCOMPARE(storedAccounts(), 0);

        QTest::mouseClick(retry, Qt::LeftButton);
        waitForResult();
        QVERIFY(m_controller->lastResult() && m_controller->lastResult()->ok());
        QCOMPARE(storedAccounts(), 1);
        // Resumed from the failed step: KeyActivation was not sent again.
        QCOMPARE(m_server->service().faults().count(QStringLiteral("KeyActivation")), 1);
        QCOMPARE(m_server->service().faults().count(QStringLiteral("CreateAccount")), 2);
    }

    void wrongCodeShowsProblemAndGoesBack()
    {
        startServer();
        openWizard();
        const QString typed = wrongCode(codeOf(*m_server, QStringLiteral("bob")));
        fillManual(m_server->serverUrl(), typed);
        clickNext();
        waitForResult();
        const auto &result = m_controller->lastResult();
        QVERIFY(result && result->error);
        QCOMPARE(result->error->kind, ErrorKind::ServerFault);
        QVERIFY(!result->codeMayBeUsed);
        QCOMPARE(resultText(QStringLiteral("resultMessage")).section(u'\n', 0, 0),
                 result->error->message);
        QVERIFY(!resultText(QStringLiteral("resultHint")).isEmpty());
        auto *details = find<QPlainTextEdit>(QStringLiteral("detailsText"));
        QVERIFY(details);
        QVERIFY(!details->isVisible()); // collapsed
        QVERIFY(details->toPlainText().contains(
                QStringLiteral("Fault code: %1").arg(result->error->faultCode)));
        QVERIFY(details->toPlainText().contains(QStringLiteral("KeyActivation")));
        QVERIFY(!details->toPlainText().contains(typed));

        auto *page = qobject_cast<ResultPage *>(m_wizard->currentPage());
        QVERIFY(page);
        const QString report = page->diagnosticsText();
        QVERIFY(report.contains(QStringLiteral("OpenSSL")));
        QVERIFY(!report.contains(typed));
        // "Save diagnostics…" shows the archive's files first, the report among them.
        page->openDiagnostics();
        auto *diagnostics = page->findChild<DiagnosticsDialog *>();
        QVERIFY(diagnostics);
        QVERIFY(diagnostics->fileNames().contains(QStringLiteral("report.txt")));
        diagnostics->close();

        auto *change = find<QPushButton>(QStringLiteral("changeInputButton"));
        QVERIFY(change && change->isVisible());
        QTest::mouseClick(change, Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ServerCodePageId));
        // The code is still there to fix the typo.
        QCOMPARE(find<QLineEdit>(QStringLiteral("codeEdit"))->text(), typed);
        QCOMPARE(storedAccounts(), 0);
    }

    // DomainEnrollment was sent: the code may be used up, so there is no way back to it, and the
    // page says why.
    void noWayBackOnceTheCodeMayBeUsed()
    {
        startServer();
        m_server->service().faults().add(
                devserver::FaultRule::parse(QStringLiteral("DomainEnrollment:http-500")).value());
        openWizard();
        fillManual(m_server->serverUrl(), codeOf(*m_server, QStringLiteral("bob")));
        clickNext();
        waitForResult();
        const auto &result = m_controller->lastResult();
        QVERIFY(result && result->error);
        QVERIFY(result->codeMayBeUsed);
        QVERIFY(!result->retryable);
        QVERIFY(!find<QPushButton>(QStringLiteral("changeInputButton"))->isVisible());
        QVERIFY(find<QLabel>(QStringLiteral("noWayBackLabel"))->isVisible());
        QVERIFY(!resultText(QStringLiteral("noWayBackLabel")).isEmpty());
        QAbstractButton *back = m_wizard->button(QWizard::BackButton);
        QVERIFY(!back->isVisible() || !back->isEnabled());
        QCOMPARE(storedAccounts(), 0);
    }

    void trustPrompt_data()
    {
        QTest::addColumn<bool>("trust");
        QTest::newRow("trusted") << true;
        QTest::newRow("not trusted") << false;
    }

    void trustPrompt()
    {
        QFETCH(bool, trust);
        startServer();
        openWizard({}, false);
        fillManual(httpsUrl(), codeOf(*m_server, QStringLiteral("bob")));
        clickNext();
        auto *dialog = m_wizard->findChild<TrustDialog *>(QStringLiteral("trustDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), Timeout);
        QCOMPARE(m_requests, 0);
        // What IT reads out on the phone: the key's hash, the value --pin-sha256 takes.
        const QString pin = QString::fromLatin1(m_server->serverSpkiSha256().toHex());
        auto *key = dialog->findChild<QLabel *>(QStringLiteral("trustKey"));
        QVERIFY(key);
        QCOMPARE(key->text(), pin);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("distrustButton"))->isDefault());
        QTest::mouseClick(
                dialog->findChild<QPushButton *>(trust ? QStringLiteral("trustButton")
                                                       : QStringLiteral("distrustButton")),
                Qt::LeftButton);
        waitForResult();
        const auto &result = m_controller->lastResult();
        QVERIFY(result.has_value());
        if (trust) {
            QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error->toLogString()));
            QCOMPARE(storedAccounts(), 1);
            QCOMPARE(m_context->trust()
                             ->pinFor(QStringLiteral("127.0.0.1"), m_server->port())
                             .toHex(),
                     pin.toLatin1());
        } else {
            QVERIFY(result->error);
            QCOMPARE(result->error->errorClass(), ErrorClass::Tls);
            QCOMPARE(m_requests, 0);
            QCOMPARE(storedAccounts(), 0);
            QVERIFY(m_context->trust()
                            ->pinFor(QStringLiteral("127.0.0.1"), m_server->port())
                            .isEmpty());
            QVERIFY(find<QPushButton>(QStringLiteral("changeInputButton"))->isVisible());
        }
    }

    void connectionCheckShowsEachItem()
    {
        startServer();
        openWizard();
        fillManual(m_server->serverUrl(), codeOf(*m_server, QStringLiteral("bob")));
        auto *check = find<QPushButton>(QStringLiteral("checkButton"));
        QVERIFY(check && check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(CheckPageId));
        auto *page = qobject_cast<CheckPage *>(m_wizard->currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), Timeout);
        auto *list = find<QTreeWidget>(QStringLiteral("checkList"));
        QCOMPARE(list->topLevelItemCount(), 4); // DNS, TCP, TLS, server
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(list->topLevelItem(i)->data(0, Qt::UserRole).toInt(), 1); // passed
            QVERIFY(list->topLevelItem(i)->text(0).contains(u'\n')); // what was found
            QVERIFY(list->topLevelItem(i)->text(1).endsWith(QStringLiteral(" ms")));
        }
        QCOMPARE(resultText(QStringLiteral("checkResult")),
                 CheckPage::tr("The management server can be reached. You can enroll now."));
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), CheckPage::tr("&Enroll"));
        QCOMPARE(storedAccounts(), 0);

        // A server that is not there: the first item fails, the rest are not checked.
        m_server.reset();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("checkAgainButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), Timeout);
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toInt(), 1); // 127.0.0.1: no lookup
        QCOMPARE(list->topLevelItem(1)->data(0, Qt::UserRole).toInt(), -1); // TCP failed
        QVERIFY(!resultText(QStringLiteral("checkHint")).isEmpty()
                || !resultText(QStringLiteral("checkResult")).isEmpty());
    }
};

QTEST_MAIN(TestEnrollWizard)
#include "tst_enrollwizard.moc"
