#include "ui/wizard/ProgressPage.h"

#include "SecretBytes.h"
#include "ui/ErrorPresenter.h"
#include "ui/Icons.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/TrustDialog.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPages.h"

#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

namespace {

QString timeText(qint64 ms)
{
    if (ms < 1000)
        //: a duration in milliseconds
        return ProgressPage::tr("%1 ms").arg(ms);
    //: a duration in seconds, e.g. "1.4 s"
    return ProgressPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// The engine could resume any failure before DomainEnrollment, but the same request again only
// helps when the failure was passing (network, timeout, the keychain): a refused code or
// password, an unexpected answer or an untrusted server go to the result page, whose advice is
// to change the input or to call IT.
bool worthRetrying(const engine::EnrollmentResult &result)
{
    if (result.ok() || !result.retryable)
        return false;
    switch (result.error->errorClass()) {
    case ErrorClass::Network:
    case ErrorClass::Timeout:
    case ErrorClass::Storage:
        return true;
    default:
        return false;
    }
}

} // namespace

ProgressPage::ProgressPage(EnrollmentController *controller, WizardModel *model, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_model(model),
      m_intro(new QLabel(this)),
      m_steps(new QTreeWidget(this)),
      m_status(new QLabel(this)),
      m_retry(new QPushButton(tr("&Try again"), this)),
      m_trustDialog(new TrustDialog(this))
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(WizardPageNames::title(ProgressPageId));

    m_intro->setObjectName(QStringLiteral("progressIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("This computer is being enrolled. This usually takes a few seconds."));

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Enrollment steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderHidden(true);
    m_steps->setRootIsDecorated(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    // Not interactive: its changes are announced through its accessible description, and the
    // keyboard stays on Cancel.
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Enrollment status"));

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->setAccessibleDescription(
            tr("Continues the enrollment from the step that failed, with the same code."));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ProgressPage::retry);

    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);
    layout->addLayout(retryRow);

    connect(m_controller, &EnrollmentController::stepStarted, this,
            [this](engine::Step step, int, int) { onStepStarted(step); });
    connect(m_controller, &EnrollmentController::stepFinished, this, &ProgressPage::onStepFinished);
    connect(m_controller, &EnrollmentController::stepFailed, this, &ProgressPage::onStepFailed);
    connect(m_controller, &EnrollmentController::retryScheduled, this,
            &ProgressPage::onRetryScheduled);
    connect(m_controller, &EnrollmentController::trustRequested, this,
            &ProgressPage::onTrustRequested);
    connect(m_controller, &EnrollmentController::finished, this, &ProgressPage::onFinished);
    connect(m_trustDialog, &TrustDialog::answered, m_controller,
            &EnrollmentController::answerTrust);
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::initializePage()
{
    m_flowSteps = engine::stepsOf(m_model->flow);
    m_states = QList<State>(m_flowSteps.size(), State::Waiting);
    m_steps->clear();
    for (qsizetype i = 0; i < m_flowSteps.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_steps);
        //: %1 is the step's number, %2 what the step does
        item->setText(0, tr("%1. %2").arg(i + 1).arg(engine::stepTitle(m_flowSteps.at(i))));
        QFont small = item->font(1);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        item->setFont(1, small);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        setState(m_flowSteps.at(i), State::Waiting);
    }
    m_status->clear();
    m_retry->hide();
    m_stopping = false;

    setRunning(true);
    m_controller->start(m_model->request());
    // The engine keeps its own copy for retry(); the password is typed again when the person
    // goes back. The code stays in the model so that "Change the code" shows it to fix a typo.
    wipe(m_model->password);
    announce(tr("The enrollment has started."));
    // Escape or Enter then stops the run; the step list shows no focus frame on its first row.
    if (QAbstractButton *cancel = wizard()->button(QWizard::CancelButton))
        cancel->setFocus();
}

void ProgressPage::cleanupPage()
{
    // Back is not offered while running; a wizard going back by other means (returnTo) must not
    // leave a run behind.
    if (m_running)
        stop();
    m_trustDialog->withdraw();
    m_retry->hide();
    setRunning(false);
}

bool ProgressPage::isComplete() const
{
    return !m_running && m_controller->lastResult().has_value();
}

int ProgressPage::nextId() const
{
    return ResultPageId;
}

void ProgressPage::stop()
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_status->setText(tr("Stopping the enrollment and removing what was stored so far…"));
    announce(m_status->text());
    m_trustDialog->withdraw();
    m_controller->cancel();
}

void ProgressPage::retry()
{
    if (m_running || !m_controller->retry())
        return;
    m_retry->hide();
    m_status->clear();
    m_stopping = false;
    setRunning(true);
    announce(tr("Trying again."));
}

int ProgressPage::rowOf(engine::Step step) const
{
    return int(m_flowSteps.indexOf(step));
}

void ProgressPage::setState(engine::Step step, State state, qint64 ms)
{
    const int row = rowOf(step);
    if (row < 0)
        return;
    m_states[row] = state;
    QTreeWidgetItem *item = m_steps->topLevelItem(row);
    QFont font = item->font(0);
    font.setBold(state == State::Running);
    item->setFont(0, font);
    switch (state) {
    case State::Waiting:
        item->setIcon(0, icon(IconId::StepWaiting));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("Waiting"));
        item->setText(1, QString());
        break;
    case State::Running:
        item->setIcon(0, icon(IconId::StepRunning));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("In progress"));
        item->setText(1, QString());
        break;
    case State::Done:
        item->setIcon(0, icon(IconId::StepDone));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("Done"));
        break;
    case State::Failed:
        item->setIcon(0, icon(IconId::StepFailed));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("Failed"));
        break;
    }
    if (ms >= 0)
        item->setText(1, timeText(ms));
    item->setData(0, Qt::UserRole, int(state));
}

void ProgressPage::onStepStarted(engine::Step step)
{
    if (rowOf(step) < 0)
        return;
    setState(step, State::Running);
    m_status->clear();
    //: %1 and %2 are numbers, %3 what the step does
    announce(tr("Step %1 of %2: %3.")
                     .arg(rowOf(step) + 1)
                     .arg(m_flowSteps.size())
                     .arg(engine::stepTitle(step)));
}

void ProgressPage::onStepFinished(engine::Step step, qint64 ms)
{
    if (rowOf(step) < 0)
        return;
    setState(step, State::Done, ms);
    m_status->clear();
    //: %1 is what the step does, %2 how long it took
    announce(tr("Done: %1 (%2).").arg(engine::stepTitle(step), timeText(ms)));
}

void ProgressPage::onStepFailed(engine::Step step, const Error &error)
{
    if (rowOf(step) < 0)
        return;
    setState(step, State::Failed);
    //: %1 is what the step does
    announce(tr("Failed: %1.").arg(engine::stepTitle(step)));
    Q_UNUSED(error) // shown once the run is over (onFinished), with the hint
}

void ProgressPage::onRetryScheduled(engine::Step step, int attempt, int delaySeconds)
{
    Q_UNUSED(step)
    //: %n is a number of seconds, %1 counts the attempts from 1
    m_status->setText(tr("The server did not answer as expected. Trying again in %n s "
                         "(attempt %1).",
                         nullptr, delaySeconds)
                              .arg(attempt));
    announce(m_status->text());
}

void ProgressPage::onTrustRequested(const engine::UntrustedCertificate &certificate)
{
    if (!m_running || m_stopping)
        return;
    announce(tr("The server's security certificate needs your decision."));
    m_trustDialog->ask(certificate);
}

void ProgressPage::onFinished(const engine::EnrollmentResult &result)
{
    if (!m_running)
        return;
    m_trustDialog->withdraw();
    setRunning(false);
    m_stopping = false;
    if (result.ok()) {
        m_model->clearSecrets();
        announce(tr("This computer is enrolled."));
    } else {
        // A step that was running when the run ended (a cancel, a deadline) did not finish.
        for (qsizetype i = 0; i < m_states.size(); ++i) {
            if (m_states.at(i) == State::Running)
                setState(m_flowSteps.at(i), State::Failed);
        }
        setState(result.failedStep, State::Failed);
    }
    if (worthRetrying(result) && m_controller->canRetry()) {
        const ErrorPresentation p = ErrorPresenter::present(*result.error);
        //: %1 says what went wrong (a whole sentence)
        m_status->setText(tr("%1 You can try again: the steps already done are kept.").arg(p.text));
        m_retry->show();
        m_retry->setFocus();
        announce(m_status->text());
        return;
    }
    if (QWizard *w = wizard(); w && w->currentPage() == this)
        w->next();
}

void ProgressPage::setRunning(bool running)
{
    m_running = running;
    emit completeChanged();
}

void ProgressPage::announce(const QString &text)
{
    // Screen readers follow the list's description (UX.md "Accessibility").
    m_steps->setAccessibleDescription(text);
}

} // namespace groove::ui
