#pragma once

#include "Error.h"
#include "app/CommandLine.h"
#include "ui/status/StatusWindow.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/WizardModel.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace groove::devserver {
class DevServer;
}

namespace groove::engine {
class ClientContext;
class HeartbeatMonitor;
struct EnrollmentResult;
struct EnrollmentLink;
} // namespace groove::engine

namespace groove::ui {
class EnrollmentController;
class TrayController;
} // namespace groove::ui

namespace groove::app {

// The graphical client (CLI-CONTRACT "graphical"): one ClientContext, the heartbeat monitor, the
// tray, and the wizard and status window made when they are needed.
//   Mode::Gui without a link: the wizard when no account exists, else the status window.
//   Mode::Gui with a link:    the wizard prefilled from the link (a refused link: a message).
//   Mode::Tray:               the tray icon only; without a tray host the status window;
//                             without an account it quits at once (exit code 0).
//   Mode::Demo:               the wizard at once, on an in-process demo server that makes its
//                             keys in the background and fills the wizard in when it is ready.
class GuiApp final : public QObject
{
    Q_OBJECT

public:
    explicit GuiApp(const Invocation &invocation, QObject *parent = nullptr);
    ~GuiApp() override;

    void start();
    // The arguments a second start handed over (ui::SingleInstance, the program name first).
    void handleArguments(const QStringList &arguments);
    // Quits; a running enrollment is cancelled first (SIGTERM, the tray's "Quit").
    void quit();

    // For tests and the benchmarks.
    [[nodiscard]] ui::EnrollWizard *wizard() const { return m_wizard; }
    [[nodiscard]] ui::StatusWindow *statusWindow() const { return m_status; }
    [[nodiscard]] ui::TrayController *tray() const { return m_tray; }
    [[nodiscard]] engine::ClientContext *context() const { return m_context; }
    [[nodiscard]] devserver::DevServer *demoServer() const { return m_demoServer.get(); }
    // How "Open log folder" opens a folder (default QDesktopServices::openUrl); tests record it.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

signals:
    // The demo server is serving and the wizard has its prefill (Mode::Demo only).
    void demoReady();

private:
    void route(const Invocation &invocation, bool handedOver);
    void openLink(const QString &link);
    void startDemo();
    void onDemoServer(Result<std::unique_ptr<devserver::DevServer>> server);

    [[nodiscard]] bool hasAccounts() const;
    // The organisation's policy (server, lock, methods) and the managed-device settings, if any.
    [[nodiscard]] ui::WizardPrefill basePrefill() const;
    // Why the policy does not let 'link' be used (translated); empty when it may be.
    [[nodiscard]] QString policyRefusesLink(const engine::EnrollmentLink &link) const;
    // Shows the wizard with 'prefill'; an open wizard takes it over unless it is enrolling (then
    // the user is told, and false comes back).
    bool showWizard(const ui::WizardPrefill &prefill);
    void closeWizard();
    void showStatusWindow();
    void raise(QWidget *window);
    void showMessage(const QString &title, const QString &text, bool warning);
    void showAbout();
    void quitWhenNothingIsShown();
    void openLogFolder();

    void onEnrolled(const engine::EnrollmentResult &result);
    void refreshAccounts();
    void updateTrayVisibility();

    Invocation m_inv;
    engine::ClientContext *m_context = nullptr;
    engine::HeartbeatMonitor *m_monitor = nullptr;
    ui::TrayController *m_tray = nullptr;
    QPointer<ui::StatusWindow> m_status;

    // The wizard and what it runs on: a link with a pin gets a context of its own, whose
    // ClientOptions::pinSha256 is the link's pin, for this one enrollment.
    QPointer<ui::EnrollWizard> m_wizard;
    ui::EnrollmentController *m_controller = nullptr;
    engine::ClientContext *m_wizardContext = nullptr; // owned when != m_context
    QByteArray m_wizardPin;
    bool m_quitting = false;
    std::function<bool(const QUrl &)> m_openUrl;

    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<devserver::DevServer> m_demoServer;
};

} // namespace groove::app
