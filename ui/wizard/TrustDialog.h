#pragma once

#include "net/UntrustedCertificate.h"

#include <QtWidgets/QDialog>

class QFormLayout;
class QPushButton;

namespace groove::ui {

// The question of the engine's trust prompt: a server presented a certificate this computer
// does not trust. It shows what the person compares with what IT reads out on the phone (UX.md):
// host and port, subject, issuer, validity and the SHA-256 of the public key (the value
// --pin-sha256 takes). Shown with open(), never exec(); "Do not trust" is the default, Escape
// and closing the window answer no as well. answered() comes exactly once per question.
class TrustDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TrustDialog(QWidget *parent = nullptr);

    // Fills the dialog for a new question (the previous one must have been answered).
    void ask(const engine::UntrustedCertificate &certificate);
    // Closes the dialog without an answer (the run ended while it was open).
    void withdraw();

signals:
    void answered(bool trust);

protected:
    void done(int result) override;

private:
    void addRow(const QString &label, const QString &text, const QString &objectName,
                bool monospace = false);

    QFormLayout *m_form;
    QPushButton *m_trust;
    QPushButton *m_distrust;
    bool m_open = false; // a question is waiting for its answer
};

} // namespace groove::ui
