#pragma once

#include "engine/EnrollmentTypes.h"
#include "net/UntrustedCertificate.h"

#include <QtCore/QList>
#include <QtWidgets/QWizard>
#include <QtWidgets/QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace groove::ui {

class EnrollmentController;
class TrustDialog;
class WizardModel;

// "Progress": the numbered steps of the flow with live state icons and timings (UX.md). It starts
// the enrollment when shown; success or a failure that cannot be retried moves on to the result
// by itself, a passing failure the engine can resume (network, timeout, keychain) stays here with
// "Try again".
//
// Cancel while running belongs to the wizard (EnrollWizard::reject() cancels the run and closes
// once the engine has removed what it stored); stop() cancels without closing. Back is not
// offered while running (EnrollWizard::updateBackButton()); isComplete() is false until the run
// is over.
class ProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    ProgressPage(EnrollmentController *controller, WizardModel *model, QWidget *parent = nullptr);
    ~ProgressPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] TrustDialog *trustDialog() const { return m_trustDialog; }

public slots:
    // Cancels the run; the page stays until the engine has removed what it stored, then shows
    // the result (cancelled).
    void stop();
    // "Try again" after a retryable failure.
    void retry();

private:
    enum class State { Waiting, Running, Done, Failed };

    void onStepStarted(engine::Step step);
    void onStepFinished(engine::Step step, qint64 ms);
    void onStepFailed(engine::Step step, const Error &error);
    void onRetryScheduled(engine::Step step, int attempt, int delaySeconds);
    void onTrustRequested(const engine::UntrustedCertificate &certificate);
    void onFinished(const engine::EnrollmentResult &result);
    void setState(engine::Step step, State state, qint64 ms = -1);
    void setRunning(bool running);
    void announce(const QString &text);
    [[nodiscard]] int rowOf(engine::Step step) const;

    EnrollmentController *m_controller;
    WizardModel *m_model;
    QLabel *m_intro;
    QTreeWidget *m_steps;
    QLabel *m_status;
    QPushButton *m_retry;
    TrustDialog *m_trustDialog;
    QList<engine::Step> m_flowSteps;
    QList<State> m_states;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace groove::ui
