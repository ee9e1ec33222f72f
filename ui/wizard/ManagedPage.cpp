#include "ui/wizard/ManagedPage.h"

#include "SecretBytes.h"
#include "net/ServerUrl.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/ServerField.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

ManagedPage::ManagedPage(EnrollmentController *controller, WizardModel *model,
                         const WizardPrefill *prefill, QWidget *parent)
    : InputPage(ManagedPageId, controller, model, prefill, parent),
      m_server(new ServerField(ServerField::Policy::PlainHttpWarned, this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this))
{
    auto *intro = new QLabel(tr("Your organisation manages this computer and has set the "
                                "management server. Sign in with your organisation account to "
                                "enroll it. The password is used only for this enrollment and is "
                                "not stored."),
                             this);
    intro->setWordWrap(true);

    auto *serverLabel = new QLabel(tr("&Management server:"), this);
    serverLabel->setBuddy(m_server->lineEdit());

    auto *loginLabel = new QLabel(tr("&User name:"), this);
    loginLabel->setBuddy(m_login);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("User name"));
    m_login->setAccessibleDescription(tr("The user name of your organisation account."));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(
            tr("The password of your organisation account. It is not stored."));

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkButton());
    checkRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(serverLabel);
    layout->addWidget(m_server);
    layout->addSpacing(layout->spacing());
    layout->addWidget(loginLabel);
    layout->addWidget(m_login);
    layout->addSpacing(layout->spacing());
    layout->addWidget(passwordLabel);
    layout->addWidget(m_password);
    layout->addSpacing(layout->spacing() * 2);
    layout->addLayout(checkRow);
    layout->addStretch(1);

    setTabOrder(m_server->lineEdit(), m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, checkButton());

    connect(m_login, &QLineEdit::textChanged, this, &ManagedPage::completeChanged);
    connect(m_password, &QLineEdit::textChanged, this, &ManagedPage::completeChanged);

    applyPrefill();
}

void ManagedPage::applyPrefill()
{
    const std::optional<engine::ManagedSettings> &managed = m_prefill->managed;
    m_server->setText(managed ? managed->serverUrl.toString() : QString());
    m_server->setLocked(managed.has_value(), tr("Set by your organisation."));
    m_authenticatedUrl = QUrl();
    if (managed) {
        m_authenticatedUrl = managed->authenticatedUrl.isEmpty()
                ? engine::deriveAuthenticatedUrl(m_server->url())
                : managed->authenticatedUrl;
        if (m_server->isValid() && !endpointUsable()) {
            //: %1 is the sign-in address from the organisation's settings
            m_server->showProblem(
                    tr("Your organisation's settings send the password to %1, which is not an "
                       "encrypted (https) address. Ask your IT department to correct the "
                       "settings of this computer.")
                            .arg(m_authenticatedUrl.toString()));
        }
    }
    const QString login =
            managed && !managed->loginName.isEmpty() ? managed->loginName : m_prefill->login;
    m_login->setText(login);
    m_password->clear();
    updateCheckButton();
    emit completeChanged();
}

void ManagedPage::initializePage()
{
    updateCheckButton();
}

void ManagedPage::cleanupPage()
{
    clearSecretFields();
}

bool ManagedPage::isComplete() const
{
    return canCheck() && !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

bool ManagedPage::validatePage()
{
    const EnrollWizard *w = enrollWizard();
    const bool checking = w && w->connectionCheckRequested();
    if (!isComplete() && !(checking && canCheck()))
        return false;
    m_model->flow = engine::Flow::AutoActivation;
    m_model->managed = m_prefill->managed;
    m_model->serverUrl = m_server->url();
    m_model->authenticatedUrl = m_prefill->managed->authenticatedUrl;
    m_model->login = m_login->text().trimmed();
    wipe(m_model->password);
    m_model->password = m_password->text();
    return true;
}

void ManagedPage::clearSecretFields()
{
    m_password->clear();
}

QList<QLineEdit *> ManagedPage::fields() const
{
    return { m_server->lineEdit(), m_login, m_password };
}

bool ManagedPage::canCheck() const
{
    return m_prefill->managed.has_value() && m_server->isValid() && endpointUsable();
}

bool ManagedPage::endpointUsable() const
{
    return m_authenticatedUrl.scheme() == u"https";
}

} // namespace groove::ui
