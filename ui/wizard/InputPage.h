#pragma once

#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPages.h"

#include <QtWidgets/QWizardPage>

class QLineEdit;
class QPushButton;

namespace groove::ui {

class EnrollWizard;
class EnrollmentController;

// What the three input pages (server and code, sign-in, managed sign-in) share: the title, the
// "Enroll" button, the optional "Check connection" and the branch to the check or the progress
// page. Pages write the WizardModel in validatePage() and never touch the network (STYLE 10).
class InputPage : public QWizardPage
{
    Q_OBJECT

public:
    InputPage(PageId id, EnrollmentController *controller, WizardModel *model,
              const WizardPrefill *prefill, QWidget *parent = nullptr);

    [[nodiscard]] int nextId() const override;
    // (Re)fills the fields from the wizard's prefill: at construction and when a link arrives.
    virtual void applyPrefill() = 0;
    // Focus into the first field that is empty (UX.md "Accessibility"); called by the wizard
    // once the page is shown, because QWizard moves the focus after initializePage().
    void focusFirstEmptyField();
    // Empties the password field (after a run, and when the page is left with Back).
    virtual void clearSecretFields() { }

protected:
    // The editable fields in tab order; the first empty one gets the focus.
    [[nodiscard]] virtual QList<QLineEdit *> fields() const = 0;
    // Whether what the page holds is enough for the connection check (the server).
    [[nodiscard]] virtual bool canCheck() const = 0;
    // "Check connection": its enabled state follows canCheck().
    [[nodiscard]] QPushButton *checkButton() const { return m_checkButton; }
    void updateCheckButton();
    [[nodiscard]] EnrollWizard *enrollWizard() const;

    PageId m_id;
    EnrollmentController *m_controller;
    WizardModel *m_model;
    const WizardPrefill *m_prefill;

private:
    QPushButton *m_checkButton;
};

} // namespace groove::ui
