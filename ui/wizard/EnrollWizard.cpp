#include "ui/wizard/EnrollWizard.h"

#include "ui/Icons.h"
#include "ui/wizard/CheckPage.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/ManagedPage.h"
#include "ui/wizard/ProgressPage.h"
#include "ui/wizard/ResultPage.h"
#include "ui/wizard/ServerCodePage.h"
#include "ui/wizard/SignInPage.h"
#include "ui/wizard/WelcomePage.h"

#include <QtCore/QTimer>
#include <QtWidgets/QAbstractButton>

namespace groove::ui {

EnrollWizard::EnrollWizard(EnrollmentController *controller, const WizardPrefill &prefill,
                           QWidget *parent)
    : QWizard(parent),
      m_controller(controller),
      m_prefill(prefill)
{
    setWindowTitle(tr("Enroll this computer"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true); // nothing is left to cancel there

    setPage(WelcomePageId, new WelcomePage(controller, &m_model, &m_prefill, this));
    setPage(ServerCodePageId, new ServerCodePage(controller, &m_model, &m_prefill, this));
    setPage(SignInPageId, new SignInPage(controller, &m_model, &m_prefill, this));
    setPage(ManagedPageId, new ManagedPage(controller, &m_model, &m_prefill, this));
    setPage(CheckPageId, new CheckPage(controller, &m_model, this));
    setPage(ProgressPageId, new ProgressPage(controller, &m_model, this));
    setPage(ResultPageId, new ResultPage(controller, &m_model, this));
    setStartId(WelcomePageId);

    // Room for the longest translation (German) without clipping; in font units, so that it
    // scales with the font and the screen (200 %). Only the width is fixed here: QWizard makes
    // the minimum height fit the tallest page once the text has wrapped at that width.
    const QFontMetrics metrics(font());
    setMinimumWidth(metrics.averageCharWidth() * 90);
    resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 38);

    // QWizard's own Back goes one page back in the history, which from the result page would
    // be the progress page; Back is ours (see goBack()).
    QAbstractButton *backButton = button(QWizard::BackButton);
    disconnect(backButton, &QAbstractButton::clicked, this, nullptr);
    connect(backButton, &QAbstractButton::clicked, this, &EnrollWizard::goBack);

    connect(this, &QWizard::currentIdChanged, this, &EnrollWizard::pageChanged);
    // QWizard recomputes its buttons whenever a page's completeness changes; the Back rule is
    // applied again after it (connected later, so called later).
    const QList<int> ids = pageIds();
    for (const int id : ids)
        connect(page(id), &QWizardPage::completeChanged, this, &EnrollWizard::updateBackButton);
    connect(m_controller, &EnrollmentController::stepStarted, this,
            &EnrollWizard::updateBackButton);
    connect(m_controller, &EnrollmentController::finished, this, &EnrollWizard::runFinished);
}

EnrollWizard::~EnrollWizard()
{
    // QDialog's destructor hides the window, which ends editing in the pages; their signals
    // must not reach this half-destroyed wizard.
    const QList<int> ids = pageIds();
    for (const int id : ids)
        disconnect(page(id), nullptr, this, nullptr);
    // The controller outlives the wizard; an enrollment must not go on without its window.
    if (m_controller->isRunning())
        m_controller->cancel();
    if (m_controller->isChecking())
        m_controller->cancelCheck();
}

bool EnrollWizard::applyPrefill(const WizardPrefill &prefill)
{
    if (m_controller->isRunning())
        return false;
    if (m_controller->isChecking())
        m_controller->cancelCheck();
    m_prefill = prefill;
    m_model.clearSecrets();
    m_checkRequested = false;
    restart();
    const QList<InputPage *> pages = inputPages();
    for (InputPage *input : pages)
        input->applyPrefill();
    // A method given (a link says "code"): straight to its input page, the fields filled in.
    if (m_prefill.flow)
        next();
    return true;
}

bool EnrollWizard::returnTo(PageId target)
{
    if (currentId() == target)
        return true;
    if (!visitedIds().contains(target))
        return false;
    for (qsizetype guard = visitedIds().size(); guard > 0 && currentId() != target; --guard)
        back();
    return currentId() == target;
}

void EnrollWizard::showConnectionCheck()
{
    m_checkRequested = true;
    next();
    // The page refused (nothing to check): Enroll must not lead to the check later.
    if (currentId() != CheckPageId)
        m_checkRequested = false;
}

bool EnrollWizard::event(QEvent *event)
{
    // The window icon comes right after the first paint: drawing it loads the SVG and image
    // plugins, a good part of the time before anything could be seen.
    if (event->type() == QEvent::Paint && !m_iconSet) {
        m_iconSet = true;
        QTimer::singleShot(0, this, [this] { setWindowIcon(ui::icon(IconId::App)); });
    }
    return QWizard::event(event);
}

void EnrollWizard::reject()
{
    if (m_controller->isRunning()) {
        m_closeAfterCancel = true;
        button(QWizard::CancelButton)->setEnabled(false);
        m_controller->cancel();
        return;
    }
    if (m_controller->isChecking())
        m_controller->cancelCheck();
    QWizard::reject();
}

void EnrollWizard::pageChanged(int id)
{
    if (id != CheckPageId)
        m_checkRequested = false;
    if (auto *input = qobject_cast<InputPage *>(page(id)))
        input->focusFirstEmptyField();
    else if (auto *welcome = qobject_cast<WelcomePage *>(page(id)))
        welcome->focusMethod();
    updateBackButton();
}

void EnrollWizard::runFinished(const engine::EnrollmentResult &result)
{
    // The password is not kept once it was used (the model's copy is wiped by the pages that
    // started the run); going back means typing it again.
    const QList<InputPage *> pages = inputPages();
    for (InputPage *input : pages)
        input->clearSecretFields();
    button(QWizard::CancelButton)->setEnabled(true);
    updateBackButton();
    if (result.ok())
        emit enrolled(result);
    if (m_closeAfterCancel) {
        m_closeAfterCancel = false;
        QWizard::reject();
    }
}

void EnrollWizard::goBack()
{
    switch (currentId()) {
    case ProgressPageId:
    case ResultPageId: {
        if (m_controller->isRunning())
            return;
        const std::optional<engine::EnrollmentResult> &last = m_controller->lastResult();
        if (currentId() == ResultPageId && last && last->codeMayBeUsed)
            return;
        const QList<int> visited = visitedIds();
        for (auto it = visited.crbegin(); it != visited.crend(); ++it) {
            if (qobject_cast<InputPage *>(page(*it))) {
                returnTo(static_cast<PageId>(*it));
                return;
            }
        }
        back();
        return;
    }
    case CheckPageId:
        if (m_controller->isChecking())
            m_controller->cancelCheck();
        back();
        return;
    default:
        back();
        return;
    }
}

void EnrollWizard::updateBackButton()
{
    QAbstractButton *backButton = button(QWizard::BackButton);
    const int id = currentId();
    if (id == ProgressPageId && m_controller->isRunning()) {
        backButton->setEnabled(false);
    } else if (id == ResultPageId) {
        const std::optional<engine::EnrollmentResult> &last = m_controller->lastResult();
        // DomainEnrollment was sent: the code may be used up, so going back to type it again
        // would only lead to a refusal; the result page says why Back is gone.
        if (last && last->codeMayBeUsed)
            backButton->setVisible(false);
    }
}

QList<InputPage *> EnrollWizard::inputPages() const
{
    QList<InputPage *> pages;
    for (const int id : { ServerCodePageId, SignInPageId, ManagedPageId }) {
        if (auto *input = qobject_cast<InputPage *>(page(id)))
            pages.append(input);
    }
    return pages;
}

} // namespace groove::ui
