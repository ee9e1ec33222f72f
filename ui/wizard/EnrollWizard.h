#pragma once

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPages.h"

#include <QtWidgets/QWizard>

namespace groove::ui {

class EnrollmentController;
class InputPage;

// The enrollment wizard (UX.md "Page flow"): one QWizardPage subclass per page, nextId() for
// the branches. It owns the WizardModel the input pages fill; the controller (owned by the
// caller, must outlive the wizard) does all network work.
class EnrollWizard final : public QWizard
{
    Q_OBJECT

public:
    EnrollWizard(EnrollmentController *controller, const WizardPrefill &prefill,
                 QWidget *parent = nullptr);
    ~EnrollWizard() override;

    [[nodiscard]] WizardModel &model() { return m_model; }
    [[nodiscard]] EnrollmentController *controller() const { return m_controller; }
    [[nodiscard]] const WizardPrefill &prefill() const { return m_prefill; }

    // Replaces the prefill (a link handed over by a second instance) and goes back to the
    // first input page; refused (false) while an enrollment runs.
    bool applyPrefill(const WizardPrefill &prefill);
    // Goes back (QWizard::back(), page by page) until 'page' is current; false when it is not
    // in the history.
    bool returnTo(PageId page);
    // From an input page: show the connection check before enrolling.
    void showConnectionCheck();
    [[nodiscard]] bool connectionCheckRequested() const { return m_checkRequested; }

    // Cancel, Escape and the window's close button: while an enrollment runs it is cancelled
    // first, and the wizard closes once the engine has finished (rolled back), so that nothing
    // half-done is left behind when the application quits with its last window.
    void reject() override;

protected:
    bool event(QEvent *event) override;

signals:
    // Success: the account was enrolled (the status window and tray update).
    void enrolled(const groove::engine::EnrollmentResult &result);

private:
    void pageChanged(int id);
    void runFinished(const groove::engine::EnrollmentResult &result);
    // The Back button: from the result page back to the input page (not to the progress page),
    // gone once the code may have been used; disabled while an enrollment runs.
    void goBack();
    void updateBackButton();
    [[nodiscard]] QList<InputPage *> inputPages() const;

    EnrollmentController *m_controller;
    WizardPrefill m_prefill;
    WizardModel m_model;
    bool m_checkRequested = false;
    bool m_closeAfterCancel = false;
    bool m_iconSet = false;
};

} // namespace groove::ui
