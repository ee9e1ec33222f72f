#include "app/GuiApp.h"

#include "app/AppLogging.h"
#include "app/GuiSupport.h"
#include "app/ResultPrinter.h"
#include "devserver/DevServer.h"
#include "diag/LogFile.h"
#include "engine/ClientContext.h"
#include "engine/EnrollmentLink.h"
#include "engine/HeartbeatMonitor.h"
#include "store/AccountStore.h"
#include "ui/Icons.h"
#include "ui/status/StatusWindow.h"
#include "ui/tray/TrayController.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"

#include <QtCore/QUrl>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTemporaryDir>
#include <QtGui/QDesktopServices>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QWizardPage>

namespace groove::app {

namespace {

// The demo server's state folder inside the demo's temporary folder: its CA file is known
// before the keys exist, so the demo's context can name it from the start.
const QString DemoServerFolder = QStringLiteral("server");

} // namespace

GuiApp::GuiApp(const Invocation &invocation, QObject *parent) : QObject(parent), m_inv(invocation)
{
    engine::ClientOptions options = clientOptions(m_inv);
    if (m_inv.mode == Invocation::Mode::Demo) {
        // Like the headless demo: a throw-away server, keys in memory, nothing kept afterwards.
        m_demoDir = std::make_unique<QTemporaryDir>();
        options.keyStore = store::KeyStoreKind::Memory;
        options.accountFile = m_demoDir->filePath(QStringLiteral("accounts.json"));
        options.trustFile = m_demoDir->filePath(QStringLiteral("trusted-servers.conf"));
        options.caFile =
                QDir(m_demoDir->filePath(DemoServerFolder)).filePath(QStringLiteral("tls/ca.pem"));
        m_context = new engine::ClientContext(options, this);
        return;
    }
    m_context = new engine::ClientContext(options, this);
    m_monitor = m_context->createHeartbeatMonitor(this);
    m_tray = new ui::TrayController(this);
    connect(m_monitor, &engine::HeartbeatMonitor::accountChecked, this, &GuiApp::refreshAccounts);
    connect(m_tray, &ui::TrayController::statusWindowRequested, this, &GuiApp::showStatusWindow);
    connect(m_tray, &ui::TrayController::enrollRequested, this,
            [this] { showWizard(basePrefill()); });
    connect(m_tray, &ui::TrayController::checkNowRequested, m_monitor,
            [this] { m_monitor->checkNow(); });
    connect(m_tray, &ui::TrayController::aboutRequested, this, &GuiApp::showAbout);
    connect(m_tray, &ui::TrayController::diagnosticsRequested, this, [this] {
        showStatusWindow();
        m_status->openDiagnostics();
    });
    connect(m_tray, &ui::TrayController::openLogFolderRequested, this, &GuiApp::openLogFolder);
    connect(m_tray, &ui::TrayController::quitRequested, this, &GuiApp::quit);
    // Without a visible tray nobody would see the notification: the status window says it.
    connect(m_tray, &ui::TrayController::attentionNeeded, this, [this] {
        if (!m_tray->isVisible())
            showStatusWindow();
    });
}

GuiApp::~GuiApp()
{
    // The wizard uses the controller, the controller the context: in this order.
    delete m_wizard.data();
    delete m_status.data();
}

void GuiApp::start()
{
    route(m_inv, false);
}

void GuiApp::handleArguments(const QStringList &arguments)
{
    const Result<Invocation> parsed = parseCommandLine(arguments);
    if (!parsed) {
        showMessage(tr("Groove Enroll"), parsed.error().message, true);
        return;
    }
    route(*parsed, true);
}

void GuiApp::route(const Invocation &inv, bool handedOver)
{
    if (inv.mode == Invocation::Mode::Demo) {
        if (!handedOver)
            startDemo();
        return;
    }
    if (inv.mode == Invocation::Mode::Tray && !handedOver && !hasAccounts()) {
        // The autostart entry runs this at every login: before the first enrollment there is
        // nothing to watch, and a window nobody asked for would greet every new user.
        qCInfo(lcApp) << "--tray: no account yet, nothing to show; exiting";
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    if (!handedOver) {
        refreshAccounts();
        m_monitor->start();
        updateTrayVisibility();
    }
    if (inv.mode == Invocation::Mode::Tray) {
        // A second "--tray" (the autostart entry while the user already runs the program)
        // changes nothing.
        if (handedOver)
            return;
        // Without a tray host an invisible process would help nobody.
        if (!m_tray->isVisible())
            showStatusWindow();
        return;
    }
    if (inv.mode != Invocation::Mode::Gui)
        return;
    if (!inv.link.isEmpty()) {
        openLink(inv.link);
        return;
    }
    if (handedOver && (m_wizard || m_status)) {
        if (m_wizard)
            raise(m_wizard);
        if (m_status)
            raise(m_status);
        return;
    }
    if (hasAccounts())
        showStatusWindow();
    else
        showWizard(basePrefill());
}

void GuiApp::openLink(const QString &link)
{
    const Result<engine::EnrollmentLink> parsed =
            engine::parseEnrollmentLink(link, QDateTime::currentDateTimeUtc());
    if (!parsed) {
        // The message names what is wrong with the link, never the code in it.
        printErr(humanFailure(parsed.error()));
        QString text = parsed.error().message;
        if (!parsed.error().hint.isEmpty())
            text = tr("%1\n\n%2").arg(text, parsed.error().hint);
        showMessage(tr("The enrollment link cannot be used"), text, true);
        return;
    }
    // A link never overrides the organisation's policy: it says why it is not used instead.
    if (const QString refusal = policyRefusesLink(*parsed); !refusal.isEmpty()) {
        showMessage(tr("The enrollment link cannot be used"), refusal, true);
        return;
    }
    ui::WizardPrefill prefill = basePrefill();
    // The server (with its pin) is what the link vouches for, so it stays as given; the code
    // stays editable: a code mistyped in the e-mail's link can be corrected from its text.
    prefill.server = parsed->serverUrl.toString();
    prefill.serverLocked = true;
    prefill.code = parsed->code;
    prefill.codeLocked = false;
    prefill.pinSha256 = parsed->pinSha256;
    prefill.flow = engine::Flow::Manual;
    prefill.lockReason = tr("From the enrollment link.");
    showWizard(prefill);
}

void GuiApp::startDemo()
{
    // The wizard is on the screen at once; the server makes its keys meanwhile and fills in its
    // address and Bob's code when it listens (long before anyone has read the first page).
    ui::WizardPrefill prefill;
    prefill.serverLocked = true;
    prefill.codeLocked = false;
    prefill.flow = engine::Flow::Manual;
    prefill.lockReason = tr("Demo server on this computer.");
    showWizard(prefill);
    devserver::DevServer::Options options;
    options.stateDir = m_demoDir->filePath(DemoServerFolder);
    devserver::DevServer::startInBackground(
            std::move(options), this, [this](Result<std::unique_ptr<devserver::DevServer>> server) {
                onDemoServer(std::move(server));
            });
}

void GuiApp::onDemoServer(Result<std::unique_ptr<devserver::DevServer>> server)
{
    if (!server) {
        printErr(humanFailure(server.error()));
        showMessage(tr("The demo server could not start"), server.error().message, true);
        return;
    }
    m_demoServer = std::move(server).value();
    ui::WizardPrefill prefill;
    // The same port speaks TLS with the demo CA the context trusts: the demo shows the secure
    // path, without the plain-http warning a real deployment should never need.
    QUrl demoUrl(m_demoServer->serverUrl());
    demoUrl.setScheme(QStringLiteral("https"));
    prefill.server = demoUrl.toString();
    prefill.serverLocked = true;
    prefill.flow = engine::Flow::Manual;
    prefill.lockReason = tr("Demo server on this computer.");
    for (const devserver::MemberState &m : m_demoServer->state().members()) {
        if (m.login == u"bob")
            prefill.code = m.code;
    }
    // With a method, applyPrefill() moves on to its input page: right for someone who is there
    // already (waiting for the address), a jump for someone still reading the first page.
    if (m_wizard && m_wizard->currentId() == ui::WelcomePageId)
        prefill.flow.reset();
    if (m_wizard && !m_wizard->applyPrefill(prefill))
        qCWarning(lcApp) << "the wizard refused the demo server's prefill";
    traceForScripts("demo-ready");
    emit demoReady();
}

QString GuiApp::policyRefusesLink(const engine::EnrollmentLink &link) const
{
    const policy::Policy &policy = m_inv.policy;
    if (m_inv.policyError)
        return m_inv.policyError->message;
    if (!policy.allows(engine::Flow::Manual))
        return policy::methodNotAllowedError(policy, engine::Flow::Manual).message;
    if (policy.isLocked(policy::Key::ServerURL) && link.serverUrl != policy.serverUrl()) {
        //: %1 the server of the link, %2 the server the organisation's policy sets
        return tr("The link is for the server %1, but your organisation's policy sets %2 for "
                  "this computer. The link was not used.\n\n%3")
                .arg(link.serverUrl.toString(), policy.serverUrl().toString(), policy.lockReason());
    }
    if (policy.isLocked(policy::Key::PinSha256) && !link.pinSha256.isEmpty()
        && link.pinSha256 != policy.pinSha256())
        return policy::lockedError(policy, policy::Key::PinSha256, QStringLiteral("pin")).message;
    return {};
}

bool GuiApp::hasAccounts() const
{
    const Result<QList<store::AccountRecord>> records = m_context->accounts()->load();
    return records && !records->isEmpty();
}

ui::WizardPrefill GuiApp::basePrefill() const
{
    ui::WizardPrefill prefill;
    if (m_inv.mode == Invocation::Mode::Demo)
        return prefill;
    // A broken organisation policy fails closed: the wizard says why and offers no method.
    if (m_inv.policyError) {
        prefill.policyRefusal = m_inv.policyError->hint.isEmpty()
                ? m_inv.policyError->message
                : tr("%1\n\n%2").arg(m_inv.policyError->message, m_inv.policyError->hint);
        return prefill;
    }
    const policy::Policy &policy = m_inv.policy;
    if (!policy.serverUrl().isEmpty()) {
        prefill.server = policy.serverUrl().toString();
        prefill.serverLocked = policy.isLocked(policy::Key::ServerURL);
        prefill.lockReason = policy.lockReason();
    }
    prefill.allowedMethods = policy.allowedMethods();
    if (!QFile::exists(m_inv.policyPath) || !policy.allows(engine::Flow::AutoActivation))
        return prefill;
    Result<engine::ManagedSettings> managed = engine::ManagedSettings::fromFile(m_inv.policyPath);
    if (!managed) {
        // A broken policy only hides the managed method; the administrator sees why in the log.
        qCWarning(lcApp).noquote() << managed.error().toLogString();
        return prefill;
    }
    if (policy.isLocked(policy::Key::ServerURL) && managed->serverUrl != policy.serverUrl()) {
        qCWarning(lcApp).noquote()
                << policy::lockedError(policy, policy::Key::ServerURL, m_inv.policyPath)
                           .toLogString();
        return prefill;
    }
    prefill.managed = std::move(managed).value();
    prefill.flow = engine::Flow::AutoActivation;
    prefill.login = prefill.managed->loginName;
    return prefill;
}

bool GuiApp::showWizard(const ui::WizardPrefill &prefill)
{
    if (m_wizard) {
        if (m_controller->isRunning()) {
            showMessage(tr("An enrollment is running"),
                        tr("Wait until the running enrollment has finished or cancel it, then "
                           "try again."),
                        false);
            raise(m_wizard);
            return false;
        }
        // A pin belongs to the context the controller was made with: another pin needs a new
        // wizard on a new context.
        if (prefill.pinSha256 == m_wizardPin) {
            m_wizard->applyPrefill(prefill);
            raise(m_wizard);
            return true;
        }
        closeWizard();
    }
    m_wizardPin = prefill.pinSha256;
    m_wizardContext = m_context;
    if (!m_wizardPin.isEmpty() && m_wizardPin != m_context->options().pinSha256) {
        // The link's pin for this enrollment only, through the same pin check as --pin-sha256
        // (it replaces the CA check of the server certificate, never the host name check).
        // Saved nowhere: the account file does not remember how it was enrolled.
        engine::ClientOptions options = m_context->options();
        options.pinSha256 = m_wizardPin;
        m_wizardContext = new engine::ClientContext(options, this);
    }
    m_controller = new ui::EnrollmentController(m_wizardContext, this);
    if (m_tray) {
        connect(m_controller, &ui::EnrollmentController::stepStarted, m_tray,
                [this](engine::Step step) { m_tray->setEnrolling(step); });
        connect(m_controller, &ui::EnrollmentController::finished, m_tray,
                [this] { m_tray->setEnrolling(std::nullopt); });
    }
    auto *wizard = new ui::EnrollWizard(m_controller, prefill);
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ui::EnrollWizard::enrolled, this, &GuiApp::onEnrolled);
    connect(wizard, &QDialog::finished, wizard, &QObject::deleteLater);
    // The controller (and a context of its own) must outlive the wizard: they go after it.
    ui::EnrollmentController *controller = m_controller;
    engine::ClientContext *context = m_wizardContext == m_context ? nullptr : m_wizardContext;
    connect(wizard, &QObject::destroyed, this, [this, controller, context] {
        controller->deleteLater();
        if (context)
            context->deleteLater();
        if (m_controller == controller) {
            m_controller = nullptr;
            m_wizardContext = nullptr;
            m_wizardPin.clear();
        }
        QMetaObject::invokeMethod(this, &GuiApp::quitWhenNothingIsShown, Qt::QueuedConnection);
    });
    connect(wizard, &QWizard::currentIdChanged, this, [wizard](int id) {
        if (id < 0)
            return;
        // The title as shown, in the user's language: scripts/walkthrough.sh names the pages.
        if (const QWizardPage *page = wizard->page(id))
            traceForScripts("wizard-title " + QByteArray::number(id) + ' '
                            + page->title().toUtf8());
        traceForScripts("wizard-page " + QByteArray::number(id));
    });
    watchFirstPaint(wizard);
    wizard->show();
    return true;
}

void GuiApp::closeWizard()
{
    if (m_wizard)
        delete m_wizard.data(); // the destroyed() handler above releases its controller
}

void GuiApp::showStatusWindow()
{
    if (!m_status) {
        auto *status = new ui::StatusWindow(m_context, m_monitor);
        m_status = status;
        status->setAttribute(Qt::WA_DeleteOnClose);
        connect(status, &ui::StatusWindow::reenrollRequested, this, [this](const QString &server) {
            ui::WizardPrefill prefill = basePrefill();
            if (!prefill.serverLocked) // the organisation's locked server stays
                prefill.server = server;
            prefill.flow.reset(); // the method is the user's choice again
            showWizard(prefill);
        });
        connect(status, &ui::StatusWindow::enrollRequested, this,
                [this] { showWizard(basePrefill()); });
        connect(status, &QObject::destroyed, this, [this] {
            QMetaObject::invokeMethod(this, &GuiApp::quitWhenNothingIsShown, Qt::QueuedConnection);
        });
        connect(status, &ui::StatusWindow::openLogFolderRequested, this, &GuiApp::openLogFolder);
        connect(status, &ui::StatusWindow::accountRemoved, this, [this] {
            refreshAccounts();
            m_monitor->start();
        });
    }
    raise(m_status);
    traceForScripts("status-window");
}

void GuiApp::openLogFolder()
{
    const QString folder = diag::LogFile::defaultFolder();
    QDir().mkpath(folder); // before the first line is logged, so that the folder opens
    const QUrl url = QUrl::fromLocalFile(folder);
    if (!(m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url)))
        qCWarning(lcApp).noquote() << "could not open the log folder" << folder;
}

void GuiApp::raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

void GuiApp::showMessage(const QString &title, const QString &text, bool warning)
{
    QWidget *parent = m_wizard && m_wizard->isVisible() ? m_wizard.data() : nullptr;
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("guiMessage"));
    box->open();
}

void GuiApp::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Groove Enroll"),
                                tr("Groove Enroll %1\n\nEnrolls this computer with a Groove "
                                   "management server.")
                                        .arg(applicationVersion()),
                                QMessageBox::Close);
    box->setIconPixmap(ui::icon(ui::IconId::App).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->open();
}

void GuiApp::quit()
{
    // A running enrollment is cancelled first, so that it removes what it already stored.
    if (m_controller && m_controller->isRunning()) {
        if (!m_quitting) {
            m_quitting = true;
            connect(m_controller, &ui::EnrollmentController::finished, qApp,
                    &QCoreApplication::quit, Qt::QueuedConnection);
            m_controller->cancel();
        }
        return;
    }
    QCoreApplication::quit();
}

void GuiApp::quitWhenNothingIsShown()
{
    // QApplication's own rule covers windows that are closed; a wizard that finished is hidden
    // and deleted, which that rule does not always see.
    if (m_quitting || (m_tray && m_tray->isVisible()))
        return;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *w : windows) {
        if (w->isVisible())
            return;
    }
    QCoreApplication::quit();
}

void GuiApp::onEnrolled(const engine::EnrollmentResult &result)
{
    Q_UNUSED(result)
    refreshAccounts();
    if (m_status)
        m_status->reload();
    if (m_monitor)
        m_monitor->start();
    updateTrayVisibility();
}

void GuiApp::refreshAccounts()
{
    if (!m_tray)
        return;
    const Result<QList<store::AccountRecord>> records = m_context->accounts()->load();
    if (records)
        m_tray->setAccounts(*records);
    else
        qCWarning(lcApp).noquote() << records.error().toLogString();
}

void GuiApp::updateTrayVisibility()
{
    if (!m_tray)
        return;
    // --tray always has its icon (when there is a tray); a plain start only once something is
    // enrolled, so that closing the first wizard without enrolling ends the program.
    // Asking for a tray host talks to the session bus: only when an icon would be wanted.
    const bool wanted = (m_inv.mode == Invocation::Mode::Tray || hasAccounts())
            && ui::TrayController::isAvailable();
    if (wanted && !m_tray->isVisible())
        m_tray->show();
    // With a tray icon, closing the windows keeps the program in the tray.
    QApplication::setQuitOnLastWindowClosed(!m_tray->isVisible());
}

} // namespace groove::app
