#include "ui/wizard/ResultPage.h"

#include "ui/ErrorPresenter.h"
#include "ui/diag/DiagnosticsDialog.h"
#include "ui/wizard/DiagnosticsReport.h"
#include "ui/wizard/EnrollWizard.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPages.h"

#include <QtCore/QDir>
#include <QtGui/QClipboard>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

namespace {

QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

PageId inputPageOf(engine::Flow flow)
{
    switch (flow) {
    case engine::Flow::Manual:
        return ServerCodePageId;
    case engine::Flow::AutoConfiguration:
        return SignInPageId;
    case engine::Flow::AutoActivation:
        return ManagedPageId;
    }
    return ServerCodePageId;
}

} // namespace

ResultPage::ResultPage(EnrollmentController *controller, WizardModel *model, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_model(model),
      m_headline(wrapped(QStringLiteral("resultHeadline"), this)),
      m_message(wrapped(QStringLiteral("resultMessage"), this)),
      m_hint(wrapped(QStringLiteral("resultHint"), this)),
      m_change(new QPushButton(this)),
      m_noWayBack(wrapped(QStringLiteral("noWayBackLabel"), this)),
      m_detailsToggle(new QToolButton(this)),
      m_detailsBox(new QWidget(this)),
      m_details(new QPlainTextEdit(m_detailsBox)),
      m_copy(new QPushButton(tr("C&opy details"), m_detailsBox)),
      m_save(new QPushButton(tr("&Save diagnostics…"), m_detailsBox)),
      m_saveStatus(wrapped(QStringLiteral("saveStatus"), m_detailsBox))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(WizardPageNames::title(ResultPageId));
    setFinalPage(true);

    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setAccessibleName(tr("Result"));
    m_message->setAccessibleName(tr("What happened"));
    m_hint->setAccessibleName(tr("What to do"));
    m_noWayBack->setAccessibleName(tr("Why there is no way back"));

    m_change->setObjectName(QStringLiteral("changeInputButton"));
    connect(m_change, &QPushButton::clicked, this, &ResultPage::changeInput);

    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setAccessibleName(tr("Details"));
    m_detailsToggle->setAccessibleDescription(tr("Shows or hides the technical details."));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_detailsBox->setVisible(open);
    });

    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setTabChangesFocus(true);
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copy->setAccessibleName(tr("Copy details"));
    m_copy->setAccessibleDescription(tr("Copies the technical details to the clipboard."));
    connect(m_copy, &QPushButton::clicked, this, &ResultPage::copyDetails);
    m_save->setObjectName(QStringLiteral("saveDiagnosticsButton"));
    m_save->setAccessibleName(tr("Save diagnostics"));
    m_save->setAccessibleDescription(
            tr("Shows and saves an archive for your IT department with versions, the steps, "
               "the error and the log. It contains no code, password or key."));
    connect(m_save, &QPushButton::clicked, this, &ResultPage::openDiagnostics);
    m_saveStatus->setAccessibleName(tr("Diagnostics file"));

    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_change);
    changeRow->addStretch(1);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_copy);
    detailButtons->addWidget(m_save);
    detailButtons->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(m_detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(detailButtons);
    detailsLayout->addWidget(m_saveStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addLayout(changeRow);
    layout->addWidget(m_noWayBack);
    layout->addWidget(m_detailsToggle);
    layout->addWidget(m_detailsBox, 1);
    layout->addStretch(0);
    m_detailsBox->hide();
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    m_when = QDateTime::currentDateTimeUtc();
    m_saveStatus->clear();
    m_detailsToggle->setChecked(false);
    const std::optional<engine::EnrollmentResult> &result = m_controller->lastResult();
    if (result && result->ok())
        showSuccess(*result);
    else if (result)
        showProblem(*result);
}

void ResultPage::cleanupPage()
{
    m_detailsToggle->setChecked(false);
}

void ResultPage::showSuccess(const engine::EnrollmentResult &result)
{
    m_headline->setText(tr("This computer is enrolled."));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    QStringList lines;
    if (!result.account.memberName.isEmpty())
        lines << tr("Account: %1").arg(result.account.memberName);
    lines << tr("Domain: %1").arg(result.account.domainName);
    lines << tr("Management server: %1")
                     .arg(DiagnosticsReport::serverText(QUrl(result.account.serverUrl)));
    if (result.deviceAccount) {
        lines << tr("This computer's account: %1 in %2")
                         .arg(result.deviceAccount->deviceName, result.deviceAccount->domainName);
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setAccessibleName(tr("Enrollment summary"));
    m_hint->setText(tr("You can close this window now."));
    m_change->hide();
    m_noWayBack->hide();
    m_detailsToggle->hide();
    m_detailsBox->hide();
    m_details->setPlainText(detailsText());
}

void ResultPage::showProblem(const engine::EnrollmentResult &result)
{
    const Error &error = *result.error;
    const ErrorPresentation p = ErrorPresenter::present(error);
    m_headline->setText(p.title);
    m_message->setText(p.text);
    // Nothing was finished: the button only closes the window.
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_message->setAccessibleName(tr("What happened"));
    m_hint->setText(error.hint.isEmpty() ? defaultHint(error.kind) : error.hint);
    m_hint->setVisible(!m_hint->text().isEmpty());

    const bool manual = result.flow == engine::Flow::Manual;
    if (result.codeMayBeUsed) {
        m_change->hide();
        m_noWayBack->setText(
                manual ? tr("There is no way back to the code: the server may already have used "
                            "it up. Ask your IT department for a new code.")
                       : tr("There is no way back to the sign-in: the server may already have "
                            "used up the code it gave for it. Ask your IT department to reset "
                            "your enrollment, then start again."));
        m_noWayBack->show();
    } else {
        m_change->setText(manual ? tr("&Change the code") : tr("&Change the sign-in"));
        m_change->setAccessibleName(manual ? tr("Change the code") : tr("Change the sign-in"));
        m_change->setAccessibleDescription(
                tr("Goes back to the page where you entered it. Nothing was kept on this "
                   "computer."));
        m_change->show();
        m_noWayBack->hide();
    }
    m_detailsToggle->show();
    m_details->setPlainText(detailsText());
}

QString ResultPage::detailsText() const
{
    const std::optional<engine::EnrollmentResult> &result = m_controller->lastResult();
    if (!result)
        return {};
    return DiagnosticsReport(*result, m_model->serverUrl, m_when).details();
}

QString ResultPage::diagnosticsText() const
{
    const std::optional<engine::EnrollmentResult> &result = m_controller->lastResult();
    if (!result)
        return {};
    return DiagnosticsReport(*result, m_model->serverUrl, m_when).report();
}

void ResultPage::copyDetails()
{
    QGuiApplication::clipboard()->setText(detailsText());
    m_saveStatus->setText(tr("The details are on the clipboard."));
}

void ResultPage::openDiagnostics()
{
    diag::DiagnosticsInput input =
            diag::collectDiagnostics(*m_controller->context(), QStringLiteral("graphical (wizard)"),
                                     diag::systemPolicyKeys());
    input.report = diagnosticsText();
    if (const std::optional<engine::EnrollmentResult> &result = m_controller->lastResult();
        result && result->error)
        input.lastError = *result->error;
    auto *dialog = new DiagnosticsDialog(std::move(input), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiagnosticsDialog::saved, this, [this](const QString &path) {
        m_saveStatus->setText(
                tr("The diagnostics were saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void ResultPage::changeInput()
{
    const std::optional<engine::EnrollmentResult> &result = m_controller->lastResult();
    if (result && result->codeMayBeUsed)
        return;
    if (auto *w = qobject_cast<EnrollWizard *>(wizard()))
        w->returnTo(inputPageOf(m_model->flow));
}

} // namespace groove::ui
