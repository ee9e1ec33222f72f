#pragma once

#include "ui/wizard/InputPage.h"

class QLineEdit;

namespace groove::ui {

class ServerField;

// "Managed sign-in" (method "this computer is managed"): the server set by the organisation's
// policy (locked), the user name (prefilled from the policy) and the password. The password
// goes to the authenticated endpoint, which must be https.
class ManagedPage final : public InputPage
{
    Q_OBJECT

public:
    ManagedPage(EnrollmentController *controller, WizardModel *model, const WizardPrefill *prefill,
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
    [[nodiscard]] bool endpointUsable() const;

    ServerField *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QUrl m_authenticatedUrl; // from the policy, else derived from the server
};

} // namespace groove::ui
