#pragma once

#include "engine/EnrollmentTypes.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace groove::ui {

class EnrollmentController;
class WizardModel;

// "Result": Done (what was enrolled) or Problem in three parts (UX.md "Words"): what happened,
// what to do, and collapsed "Details" with "Copy details" and "Save diagnostics…". Before the
// code may have been used, "Change the code" goes back to the input page (as the wizard's Back
// does here); after that the page says why there is no way back.
class ResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    ResultPage(EnrollmentController *controller, WizardModel *model, QWidget *parent = nullptr);
    ~ResultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] int nextId() const override { return -1; }

    [[nodiscard]] QString detailsText() const;
    // The report.txt of the diagnostics archive.
    [[nodiscard]] QString diagnosticsText() const;

public slots:
    void copyDetails();
    // Opens the diagnostics dialog (ui/diag/DiagnosticsDialog, not modal): what the archive
    // holds, then where to save it.
    void openDiagnostics();
    // Back to the page where the code or the sign-in was typed.
    void changeInput();

private:
    void showSuccess(const engine::EnrollmentResult &result);
    void showProblem(const engine::EnrollmentResult &result);

    EnrollmentController *m_controller;
    WizardModel *m_model;
    QDateTime m_when;
    QLabel *m_headline;
    QLabel *m_message; // success summary, or what happened
    QLabel *m_hint; // what to do
    QPushButton *m_change;
    QLabel *m_noWayBack;
    QToolButton *m_detailsToggle;
    QWidget *m_detailsBox;
    QPlainTextEdit *m_details;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_saveStatus;
};

} // namespace groove::ui
