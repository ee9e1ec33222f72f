#pragma once

#include "ui/wizard/InputPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace groove::ui {

class FieldMessage;
class ServerField;

// "Server and code" (method "account configuration code"): the management server, the code,
// and "Paste e-mail or link..." that fills both from the administrator's e-mail or an
// enrollment link. Next ("Enroll") is enabled once both are valid.
class ServerCodePage final : public InputPage
{
    Q_OBJECT

public:
    ServerCodePage(EnrollmentController *controller, WizardModel *model,
                   const WizardPrefill *prefill, QWidget *parent = nullptr);

    // Empty when 'code' is acceptable, else what is wrong with it (translated). Codes are used
    // exactly as issued after trimming (WIRE-PROFILE 6.1); only what cannot be sent is refused.
    [[nodiscard]] static QString codeProblem(const QString &code);

    void applyPrefill() override;
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

    // Fills the unlocked fields from pasted text (an e-mail or a groove-enroll:// link).
    void pasteEnrollment(const QString &text);

protected:
    [[nodiscard]] QList<QLineEdit *> fields() const override;
    [[nodiscard]] bool canCheck() const override;

private:
    void codeChanged();
    void setCodeLocked(bool locked, const QString &reason);

    ServerField *m_server;
    QLineEdit *m_code;
    FieldMessage *m_codeMessage;
    FieldMessage *m_codeLock;
    QPushButton *m_pasteButton;
    FieldMessage *m_pasteMessage;
    QByteArray m_pinSha256; // from a link (prefill or pasted)
    bool m_codeTouched = false;
};

} // namespace groove::ui
