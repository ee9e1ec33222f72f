#pragma once

#include "engine/EnrollmentTypes.h"
#include "ui/wizard/WizardModel.h"

#include <QtWidgets/QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace groove::ui {

class EnrollmentController;

// "Welcome": what will happen, and the choice of method. "This computer is managed" is offered
// (and preselected) only when managed-device settings exist. Choosing a method starts making the
// keys, so that they are ready before the person has finished typing.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    WelcomePage(EnrollmentController *controller, WizardModel *model, const WizardPrefill *prefill,
                QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] int nextId() const override;
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] engine::Flow method() const;
    // The checked radio button gets the focus (called by the wizard once the page is shown).
    void focusMethod();

private:
    [[nodiscard]] bool offered(engine::Flow flow) const;
    QRadioButton *addMethod(engine::Flow flow, const QString &name, const QString &text,
                            const QString &explanation);

    EnrollmentController *m_controller;
    WizardModel *m_model;
    const WizardPrefill *m_prefill;
    QButtonGroup *m_methods;
    QRadioButton *m_code = nullptr;
    QRadioButton *m_signIn = nullptr;
    QRadioButton *m_managed = nullptr;
    QLabel *m_managedExplanation = nullptr;
    QLabel *m_policyMessage = nullptr; // "policyMessage": a broken policy, or no method left
};

} // namespace groove::ui
