#pragma once

#include "ui/wizard/InputPage.h"

class QLineEdit;

namespace groove::ui {

class ServerField;

// "Server and sign-in" (method "sign in with my organisation account"): the management server,
// the user name and the password. The password goes only over https (the authenticated
// endpoint), so an http address is refused and an address without a scheme means https. The
// password is never stored: the field is emptied when the page is left and after a run.
class SignInPage final : public InputPage
{
    Q_OBJECT

public:
    SignInPage(EnrollmentController *controller, WizardModel *model, const WizardPrefill *prefill,
               QWidget *parent = nullptr);

    void applyPrefill() override;
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    void clearSecretFields() override;

protected:
    [[nodiscard]] QList<QLineEdit *> fields() const override;
    [[nodiscard]] bool canCheck() const override;

private:
    ServerField *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
};

} // namespace groove::ui
