#include "ui/wizard/WelcomePage.h"

#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/WizardPages.h"

#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QLabel>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

WelcomePage::WelcomePage(EnrollmentController *controller, WizardModel *model,
                         const WizardPrefill *prefill, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_model(model),
      m_prefill(prefill),
      m_methods(new QButtonGroup(this))
{
    setTitle(WizardPageNames::title(WelcomePageId));

    auto *intro = new QLabel(tr("This assistant connects this computer to the management server "
                                "of your organisation. You need the e-mail from your IT "
                                "department or your organisation account. It takes about a "
                                "minute."),
                             this);
    intro->setWordWrap(true);
    auto *question = new QLabel(tr("How do you want to enroll this computer?"), this);
    question->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(question);

    m_code = addMethod(engine::Flow::Manual, QStringLiteral("methodCode"),
                       tr("I have an account &configuration code"),
                       tr("The server address and the code are in the e-mail from your IT "
                          "department."));
    m_signIn = addMethod(engine::Flow::AutoConfiguration, QStringLiteral("methodSignIn"),
                         tr("&Sign in with my organisation account"),
                         tr("Use the user name and password of your organisation account. The "
                            "password is not stored."));
    m_managed = addMethod(engine::Flow::AutoActivation, QStringLiteral("methodManaged"),
                          tr("This computer is &managed by my organisation"),
                          tr("Your organisation has set this computer up for enrollment. You "
                             "sign in with your organisation account."));
    m_managedExplanation = findChild<QLabel *>(QStringLiteral("methodManagedExplanation"));
    layout->addStretch(1);
}

QRadioButton *WelcomePage::addMethod(engine::Flow flow, const QString &name, const QString &text,
                                     const QString &explanation)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(name);
    radio->setAccessibleName(QString(text).remove(u'&'));
    radio->setAccessibleDescription(explanation);
    auto *label = new QLabel(explanation, this);
    label->setObjectName(name + QStringLiteral("Explanation"));
    label->setWordWrap(true);
    // Indented under the radio button's text, so it reads as the button's explanation.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
            + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio);
    label->setContentsMargins(indent, 0, 0, 0);
    m_methods->addButton(radio, static_cast<int>(flow));
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(radio);
    layout->addWidget(label);
    return radio;
}

void WelcomePage::initializePage()
{
    const bool managed = m_prefill->managed.has_value();
    m_managed->setVisible(managed);
    m_managedExplanation->setVisible(managed);
    engine::Flow flow = managed ? engine::Flow::AutoActivation : engine::Flow::Manual;
    if (m_prefill->flow && (*m_prefill->flow != engine::Flow::AutoActivation || managed))
        flow = *m_prefill->flow;
    m_methods->button(static_cast<int>(flow))->setChecked(true);
}

int WelcomePage::nextId() const
{
    switch (method()) {
    case engine::Flow::Manual:
        return ServerCodePageId;
    case engine::Flow::AutoConfiguration:
        return SignInPageId;
    case engine::Flow::AutoActivation:
        return ManagedPageId;
    }
    return ServerCodePageId;
}

bool WelcomePage::validatePage()
{
    m_model->flow = method();
    // The RSA keys take a moment; they are made while the person types (KeyPool).
    m_controller->prepareKeys(m_model->flow == engine::Flow::AutoActivation);
    return true;
}

engine::Flow WelcomePage::method() const
{
    const int id = m_methods->checkedId();
    if (id == static_cast<int>(engine::Flow::AutoConfiguration))
        return engine::Flow::AutoConfiguration;
    if (id == static_cast<int>(engine::Flow::AutoActivation) && m_prefill->managed)
        return engine::Flow::AutoActivation;
    return engine::Flow::Manual;
}

void WelcomePage::focusMethod()
{
    if (QAbstractButton *checked = m_methods->checkedButton())
        checked->setFocus(Qt::OtherFocusReason);
}

} // namespace groove::ui
