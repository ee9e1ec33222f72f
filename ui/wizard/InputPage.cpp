#include "ui/wizard/InputPage.h"

#include "ui/wizard/EnrollWizard.h"

#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

namespace groove::ui {

InputPage::InputPage(PageId id, EnrollmentController *controller, WizardModel *model,
                     const WizardPrefill *prefill, QWidget *parent)
    : QWizardPage(parent),
      m_id(id),
      m_controller(controller),
      m_model(model),
      m_prefill(prefill),
      m_checkButton(new QPushButton(tr("&Check connection"), this))
{
    setTitle(WizardPageNames::title(id));
    // Buttons are verbs (UX.md "Words"): Next on an input page starts the enrollment.
    setButtonText(QWizard::NextButton, tr("&Enroll"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAccessibleName(tr("Check connection"));
    m_checkButton->setAccessibleDescription(
            tr("Tries the connection to the management server without enrolling."));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setEnabled(false);
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        if (EnrollWizard *w = enrollWizard())
            w->showConnectionCheck();
    });
}

int InputPage::nextId() const
{
    const EnrollWizard *w = enrollWizard();
    return w && w->connectionCheckRequested() ? CheckPageId : ProgressPageId;
}

void InputPage::focusFirstEmptyField()
{
    const QList<QLineEdit *> edits = fields();
    for (QLineEdit *edit : edits) {
        if (edit->isVisible() && !edit->isReadOnly() && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    // Everything is filled in (a link, the policy): Enroll is the next thing to do.
    if (wizard() && wizard()->button(QWizard::NextButton)->isEnabled())
        wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
}

void InputPage::updateCheckButton()
{
    m_checkButton->setEnabled(canCheck());
}

EnrollWizard *InputPage::enrollWizard() const
{
    return qobject_cast<EnrollWizard *>(wizard());
}

} // namespace groove::ui
