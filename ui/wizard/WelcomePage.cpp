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
    m_policyMessage = new QLabel(this);
    m_policyMessage->setObjectName(QStringLiteral("policyMessage"));
    m_policyMessage->setWordWrap(true);
    m_policyMessage->setTextFormat(Qt::PlainText);
    m_policyMessage->setVisible(false);
    layout->addWidget(m_policyMessage);
    layout->addStretch(1);
}

bool WelcomePage::offered(engine::Flow flow) const
{
    if (!m_prefill->policyRefusal.isEmpty())
        return false;
    if (!m_prefill->allowedMethods.isEmpty() && !m_prefill->allowedMethods.contains(flow))
        return false;
    return flow != engine::Flow::AutoActivation || m_prefill->managed.has_value();
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
    // Methods the organisation does not allow are not offered at all: a disabled choice would
    // only invite questions the help desk then has to answer.
    QList<engine::Flow> offeredFlows;
    for (engine::Flow flow :
         { engine::Flow::Manual, engine::Flow::AutoConfiguration, engine::Flow::AutoActivation }) {
        auto *radio = m_methods->button(static_cast<int>(flow));
        const bool show = offered(flow);
        radio->setVisible(show);
        if (auto *label = findChild<QLabel *>(radio->objectName() + QStringLiteral("Explanation")))
            label->setVisible(show);
        if (show)
            offeredFlows.append(flow);
    }
    QString refusal = m_prefill->policyRefusal;
    if (refusal.isEmpty() && offeredFlows.isEmpty())
        refusal = tr("Your organisation's policy does not allow any way to enroll that this "
                     "computer is set up for. Ask your IT department.");
    m_policyMessage->setText(refusal);
    m_policyMessage->setVisible(!refusal.isEmpty());
    m_policyMessage->setAccessibleName(refusal);
    if (offeredFlows.isEmpty()) {
        if (QAbstractButton *checked = m_methods->checkedButton()) {
            m_methods->setExclusive(false);
            checked->setChecked(false);
            m_methods->setExclusive(true);
        }
        emit completeChanged();
        return;
    }
    engine::Flow flow = offered(engine::Flow::AutoActivation) ? engine::Flow::AutoActivation
                                                              : offeredFlows.constFirst();
    if (m_prefill->flow && offered(*m_prefill->flow))
        flow = *m_prefill->flow;
    m_methods->button(static_cast<int>(flow))->setChecked(true);
    emit completeChanged();
}

bool WelcomePage::isComplete() const
{
    const int id = m_methods->checkedId();
    return id >= 0 && offered(static_cast<engine::Flow>(id));
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
