#include "ui/wizard/ServerCodePage.h"

#include "SecretBytes.h"
#include "crypto/CodeKey.h"
#include "engine/EnrollmentLink.h"
#include "net/ServerUrl.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/FieldMessage.h"
#include "ui/wizard/ServerField.h"
#include "xml/CanonicalXml.h"

#include <QtCore/QDateTime>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

ServerCodePage::ServerCodePage(EnrollmentController *controller, WizardModel *model,
                               const WizardPrefill *prefill, QWidget *parent)
    : InputPage(ServerCodePageId, controller, model, prefill, parent),
      m_server(new ServerField(ServerField::Policy::PlainHttpWarned, this)),
      m_code(new QLineEdit(this)),
      m_codeMessage(new FieldMessage(QStringLiteral("codeMessage"), this)),
      m_codeLock(new FieldMessage(QStringLiteral("codeLocked"), this)),
      m_pasteButton(new QPushButton(tr("&Paste e-mail or link…"), this)),
      m_pasteMessage(new FieldMessage(QStringLiteral("pasteMessage"), this))
{
    auto *intro = new QLabel(tr("The address and the code are in the e-mail from your IT "
                                "department. Copy the whole e-mail or the enrollment link, then "
                                "paste it here to fill in both."),
                             this);
    intro->setWordWrap(true);

    m_pasteButton->setObjectName(QStringLiteral("pasteButton"));
    m_pasteButton->setAccessibleName(tr("Paste e-mail or link"));
    m_pasteButton->setAccessibleDescription(
            tr("Fills in the server address and the code from copied text: the e-mail of your "
               "IT department or an enrollment link."));
    m_pasteButton->setAutoDefault(false);

    auto *serverLabel = new QLabel(tr("&Management server:"), this);
    serverLabel->setBuddy(m_server->lineEdit());

    auto *codeLabel = new QLabel(tr("&Account configuration code:"), this);
    codeLabel->setBuddy(m_code);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    //: An example of the shape of a code; not a real code
    m_code->setPlaceholderText(tr("ABCD-EFGH-JKLM-NPQR"));
    m_code->setAccessibleName(tr("Account configuration code"));
    m_code->setAccessibleDescription(tr("The code from the e-mail of your IT department."));
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                | Qt::ImhNoAutoUppercase);

    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteButton);
    pasteRow->addStretch(1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkButton());
    checkRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pasteRow);
    layout->addWidget(m_pasteMessage);
    layout->addSpacing(layout->spacing() * 2);
    layout->addWidget(serverLabel);
    layout->addWidget(m_server);
    layout->addSpacing(layout->spacing());
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_codeMessage);
    layout->addWidget(m_codeLock);
    layout->addSpacing(layout->spacing() * 2);
    layout->addLayout(checkRow);
    layout->addStretch(1);

    setTabOrder(m_pasteButton, m_server->lineEdit());
    setTabOrder(m_server->lineEdit(), m_code);
    setTabOrder(m_code, checkButton());

    connect(m_server, &ServerField::changed, this, [this] {
        updateCheckButton();
        emit completeChanged();
    });
    connect(m_code, &QLineEdit::textChanged, this, &ServerCodePage::codeChanged);
    connect(m_code, &QLineEdit::editingFinished, this, [this] {
        m_codeTouched = !m_code->text().isEmpty();
        codeChanged();
    });
    connect(m_pasteButton, &QPushButton::clicked, this, [this] {
        QString text = QGuiApplication::clipboard()->text();
        pasteEnrollment(text);
        wipe(text);
    });

    applyPrefill();
}

QString ServerCodePage::codeProblem(const QString &code)
{
    const QString trimmed = crypto::trimCode(code);
    if (trimmed.isEmpty())
        return tr("The code is empty. Type it exactly as in the e-mail from your IT department.");
    // Code points by hand: toUcs4() would turn a lone surrogate into U+FFFD and hide it.
    qsizetype position = 0;
    for (qsizetype i = 0; i < trimmed.size(); ++i, ++position) {
        const QChar c = trimmed.at(i);
        char32_t point = c.unicode();
        if (c.isHighSurrogate() && i + 1 < trimmed.size() && trimmed.at(i + 1).isLowSurrogate())
            point = QChar::surrogateToUcs4(c, trimmed.at(++i));
        else if (c.isSurrogate())
            point = 0; // never an XML character
        if (!xml::isXmlChar(point)) {
            //: %1 is the position of the character in the code (1 = first)
            return tr("The code contains a character that cannot be sent (at position %1). Type "
                      "the code exactly as in the e-mail from your IT department.")
                    .arg(position + 1);
        }
    }
    return {};
}

void ServerCodePage::applyPrefill()
{
    m_server->setText(m_prefill->server);
    m_server->setLocked(m_prefill->serverLocked && !m_prefill->server.isEmpty(),
                        m_prefill->lockReason);
    m_code->setText(m_prefill->code);
    m_codeTouched = !m_prefill->code.isEmpty();
    setCodeLocked(m_prefill->codeLocked && !m_prefill->code.isEmpty(), m_prefill->lockReason);
    m_pinSha256 = m_prefill->pinSha256;
    m_pasteMessage->clear();
    codeChanged();
    updateCheckButton();
    emit completeChanged();
}

void ServerCodePage::initializePage()
{
    updateCheckButton();
}

bool ServerCodePage::isComplete() const
{
    return m_server->isValid() && codeProblem(m_code->text()).isEmpty();
}

bool ServerCodePage::validatePage()
{
    const EnrollWizard *w = enrollWizard();
    const bool checking = w && w->connectionCheckRequested();
    if (!isComplete() && !(checking && m_server->isValid()))
        return false;
    m_model->flow = engine::Flow::Manual;
    m_model->serverUrl = m_server->url();
    m_model->authenticatedUrl = QUrl();
    m_model->managed.reset();
    wipe(m_model->code);
    m_model->code = crypto::trimCode(m_code->text());
    m_model->pinSha256 = m_pinSha256;
    return true;
}

void ServerCodePage::pasteEnrollment(const QString &text)
{
    const engine::PastedEnrollment found =
            engine::extractEnrollment(text, QDateTime::currentDateTimeUtc());
    if (found.linkError) {
        m_pasteMessage->setMessage(IconId::Warning, tr("Problem"), found.linkError->message);
        return;
    }
    // A locked server (the organisation's policy, a link) is never replaced by pasted text; the
    // message says why instead of leaving the person to wonder.
    bool otherServer = false;
    if (!found.server.isEmpty() && m_server->isLocked()) {
        const Result<QUrl> pasted = engine::normalizeServerUrl(found.server);
        otherServer = !pasted || *pasted != m_server->url();
    }
    const bool serverUsable = !found.server.isEmpty() && !m_server->isLocked();
    const bool codeUsable = !found.code.isEmpty() && !m_code->isReadOnly();
    if (serverUsable)
        m_server->setText(found.server);
    if (codeUsable) {
        m_code->setText(found.code);
        m_codeTouched = true;
        codeChanged();
    }
    if (!found.pinSha256.isEmpty() && !otherServer) // a pin belongs to its link's server
        m_pinSha256 = found.pinSha256;

    if (otherServer) {
        //: %1 the server in the copied text, %2 the locked server, %3 why it is locked
        const QString why =
                tr("The copied text is for the server %1, but this computer must use %2. %3")
                        .arg(found.server, m_server->url().toString(), m_prefill->lockReason);
        m_pasteMessage->setMessage(IconId::Warning, tr("Server not changed"),
                                   codeUsable ? why + u' ' + tr("The code was filled in.") : why);
    } else if (found.server.isEmpty() && found.code.isEmpty()) {
        m_pasteMessage->setMessage(
                IconId::Information, tr("Nothing found"),
                tr("No server address and no code were found in the copied text. Copy the whole "
                   "e-mail or the enrollment link, then try again."));
    } else if (!serverUsable && !codeUsable) {
        m_pasteMessage->setMessage(
                IconId::Information, tr("Nothing changed"),
                tr("The copied text was not used, because the fields are locked."));
    } else if (serverUsable && codeUsable) {
        m_pasteMessage->setMessage(
                IconId::Information, tr("Filled in"),
                tr("The server address and the code were filled in from the copied text."));
    } else if (serverUsable) {
        m_pasteMessage->setMessage(IconId::Information, tr("Filled in"),
                                   tr("The server address was filled in. Type the code as it is "
                                      "in the e-mail."));
    } else {
        m_pasteMessage->setMessage(IconId::Information, tr("Filled in"),
                                   tr("The code was filled in. Type the server address as it is "
                                      "in the e-mail."));
    }
    focusFirstEmptyField();
}

QList<QLineEdit *> ServerCodePage::fields() const
{
    return { m_server->lineEdit(), m_code };
}

bool ServerCodePage::canCheck() const
{
    return m_server->isValid();
}

void ServerCodePage::codeChanged()
{
    const QString problem = codeProblem(m_code->text());
    // No problem on an empty field, and none while someone is still typing.
    if (m_code->text().isEmpty())
        m_codeTouched = false;
    if (!problem.isEmpty() && m_codeTouched)
        m_codeMessage->setMessage(IconId::Warning, tr("Problem"), problem);
    else
        m_codeMessage->clear();
    emit completeChanged();
}

void ServerCodePage::setCodeLocked(bool locked, const QString &reason)
{
    m_code->setReadOnly(locked);
    if (locked) {
        m_codeLock->setMessage(IconId::Locked, tr("Locked"), reason);
        m_code->setAccessibleDescription(reason);
    } else {
        m_codeLock->clear();
        m_code->setAccessibleDescription(tr("The code from the e-mail of your IT department."));
    }
}

} // namespace groove::ui
