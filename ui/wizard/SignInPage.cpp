#include "ui/wizard/SignInPage.h"

#include "SecretBytes.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/ServerField.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

SignInPage::SignInPage(EnrollmentController *controller, WizardModel *model,
                       const WizardPrefill *prefill, QWidget *parent)
    : InputPage(SignInPageId, controller, model, prefill, parent),
      m_server(new ServerField(ServerField::Policy::HttpsOnly, this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this))
{
    auto *intro = new QLabel(tr("Sign in with the user name and password of your organisation "
                                "account. The password is used only for this enrollment and is "
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

    connect(m_server, &ServerField::changed, this, [this] {
        updateCheckButton();
        emit completeChanged();
    });
    connect(m_login, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::completeChanged);

    applyPrefill();
}

void SignInPage::applyPrefill()
{
    m_server->setText(m_prefill->server);
    m_server->setLocked(m_prefill->serverLocked && !m_prefill->server.isEmpty(),
                        m_prefill->lockReason);
    m_login->setText(m_prefill->login);
    m_password->clear();
    updateCheckButton();
    emit completeChanged();
}

void SignInPage::initializePage()
{
    updateCheckButton();
}

void SignInPage::cleanupPage()
{
    // Back to the method choice: the password is not kept for later.
    clearSecretFields();
}

bool SignInPage::isComplete() const
{
    return m_server->isValid() && !m_login->text().trimmed().isEmpty()
            && !m_password->text().isEmpty();
}

bool SignInPage::validatePage()
{
    const EnrollWizard *w = enrollWizard();
    const bool checking = w && w->connectionCheckRequested();
    if (!isComplete() && !(checking && m_server->isValid()))
        return false;
    m_model->flow = engine::Flow::AutoConfiguration;
    m_model->serverUrl = m_server->url();
    m_model->authenticatedUrl = QUrl(); // the engine derives the https endpoint
    m_model->managed.reset();
    m_model->login = m_login->text().trimmed();
    wipe(m_model->password);
    m_model->password = m_password->text();
    return true;
}

void SignInPage::clearSecretFields()
{
    m_password->clear();
}

QList<QLineEdit *> SignInPage::fields() const
{
    return { m_server->lineEdit(), m_login, m_password };
}

bool SignInPage::canCheck() const
{
    return m_server->isValid();
}

} // namespace groove::ui
