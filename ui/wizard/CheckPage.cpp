#include "ui/wizard/CheckPage.h"

#include "net/ServerUrl.h"
#include "ui/ErrorPresenter.h"
#include "ui/Icons.h"
#include "ui/wizard/EnrollmentController.h"
#include "ui/wizard/WizardModel.h"
#include "ui/wizard/WizardPages.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizard>

namespace groove::ui {

namespace {

// The check's stable item names (ConnectivityCheck::Item::name), in their order.
constexpr const char *ItemNames[] = { "DNS", "TCP", "TLS", "endpoint" };

QString itemTitle(int row)
{
    switch (row) {
    case 0:
        return CheckPage::tr("Finding the server (DNS)");
    case 1:
        return CheckPage::tr("Connecting to the server (TCP)");
    case 2:
        return CheckPage::tr("Securing the connection (TLS)");
    default:
        return CheckPage::tr("Talking to the management server");
    }
}

} // namespace

CheckPage::CheckPage(EnrollmentController *controller, WizardModel *model, QWidget *parent)
    : QWizardPage(parent),
      m_controller(controller),
      m_model(model),
      m_intro(new QLabel(this)),
      m_items(new QTreeWidget(this)),
      m_result(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_again(new QPushButton(tr("C&heck again"), this))
{
    setObjectName(QStringLiteral("checkPage"));
    setTitle(WizardPageNames::title(CheckPageId));
    setButtonText(QWizard::NextButton, tr("&Enroll"));

    m_intro->setWordWrap(true);
    m_intro->setText(tr("Checking whether this computer can reach the management server. Nothing "
                        "is enrolled and your code is not sent."));

    m_items->setObjectName(QStringLiteral("checkList"));
    m_items->setAccessibleName(tr("Connection check results"));
    m_items->setColumnCount(2);
    m_items->setHeaderHidden(true);
    m_items->setRootIsDecorated(false);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setTextElideMode(Qt::ElideMiddle);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    for (QLabel *l : { m_result, m_hint }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setAccessibleName(tr("Result of the check"));
    m_hint->setObjectName(QStringLiteral("checkHint"));
    m_hint->setAccessibleName(tr("What to do"));

    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_again->setAccessibleName(tr("Check again"));
    m_again->setAccessibleDescription(tr("Runs the connection check once more."));
    connect(m_again, &QPushButton::clicked, this, &CheckPage::startCheck);

    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_hint);
    layout->addLayout(againRow);

    connect(m_controller, &EnrollmentController::checkItemFinished, this, &CheckPage::onItem);
    connect(m_controller, &EnrollmentController::checkFinished, this,
            [this](const QList<engine::ConnectivityCheck::Item> &,
                   const std::optional<Error> &error) { onFinished(error); });
}

CheckPage::~CheckPage() = default;

void CheckPage::initializePage()
{
    m_active = true;
    startCheck();
}

void CheckPage::cleanupPage()
{
    m_active = false;
    if (m_checking) {
        m_checking = false;
        m_controller->cancelCheck();
    }
}

bool CheckPage::validatePage()
{
    // "Enroll" while the check still runs: the enrollment finds out for itself.
    cleanupPage();
    return true;
}

bool CheckPage::isComplete() const
{
    return m_model->readyToEnroll();
}

int CheckPage::nextId() const
{
    return ProgressPageId;
}

void CheckPage::startCheck()
{
    if (m_controller->isChecking())
        return;
    m_active = true;
    m_items->clear();
    for (int row = 0; row < int(std::size(ItemNames)); ++row) {
        auto *item = new QTreeWidgetItem(m_items);
        item->setText(0, itemTitle(row));
        item->setIcon(0, icon(IconId::StepWaiting));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("Waiting"));
        QFont small = item->font(1);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        item->setFont(1, small);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_failed = false;
    m_result->setText(tr("Checking…"));
    m_hint->clear();
    m_hint->hide();
    m_again->setEnabled(false);
    m_checking = true;
    markRunning(0);

    const engine::EnrollmentRequest request = m_model->request();
    const QUrl auth = request.authenticatedUrl.isEmpty()
            ? engine::deriveAuthenticatedUrl(request.serverUrl)
            : request.authenticatedUrl;
    m_controller->startCheck(request.serverUrl, auth, request.flow != engine::Flow::Manual);
}

int CheckPage::rowOf(const QString &name) const
{
    for (int row = 0; row < int(std::size(ItemNames)); ++row) {
        if (name == QLatin1StringView(ItemNames[row]))
            return row;
    }
    return -1;
}

void CheckPage::markRunning(int row)
{
    if (QTreeWidgetItem *item = m_items->topLevelItem(row)) {
        item->setIcon(0, icon(IconId::StepRunning));
        item->setData(0, Qt::AccessibleDescriptionRole, tr("In progress"));
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
    }
}

void CheckPage::onItem(const engine::ConnectivityCheck::Item &item)
{
    if (!m_active)
        return;
    const int row = rowOf(item.name);
    QTreeWidgetItem *w = m_items->topLevelItem(row);
    if (!w)
        return;
    const bool skipped = !item.ok && m_failed && item.ms == 0;
    QFont font = w->font(0);
    font.setBold(false);
    w->setFont(0, font);
    w->setIcon(0,
               icon(item.ok ? IconId::StepDone
                            : (skipped ? IconId::StepWaiting : IconId::StepFailed)));
    const QString state = item.ok ? tr("Passed") : (skipped ? tr("Not checked") : tr("Failed"));
    w->setData(0, Qt::AccessibleDescriptionRole, state);
    w->setData(0, Qt::UserRole, item.ok ? 1 : (skipped ? 0 : -1));
    // What was found under the item's name: the line has the whole width for it.
    w->setText(0, itemTitle(row) + u'\n' + item.detail);
    w->setToolTip(0, item.detail);
    if (!skipped)
        //: a duration in milliseconds
        w->setText(1, tr("%1 ms").arg(item.ms));
    if (!item.ok)
        m_failed = true;
    markRunning(row + 1);
    //: %1 is the item ("Finding the server (DNS)"), %2 its state, %3 what was found
    m_items->setAccessibleDescription(tr("%1: %2. %3").arg(itemTitle(row), state, item.detail));
}

void CheckPage::onFinished(const std::optional<Error> &error)
{
    if (!m_active)
        return;
    m_checking = false;
    m_again->setEnabled(true);
    // Rows the check never reached (cancelled) are not left "in progress".
    for (int row = 0; row < m_items->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_items->topLevelItem(row);
        if (!item->data(0, Qt::UserRole).isValid()) {
            item->setIcon(0, icon(IconId::StepWaiting));
            QFont font = item->font(0);
            font.setBold(false);
            item->setFont(0, font);
        }
    }
    if (!error) {
        m_result->setText(tr("The management server can be reached. You can enroll now."));
        m_hint->hide();
    } else {
        const ErrorPresentation p = ErrorPresenter::present(*error);
        m_result->setText(p.text);
        m_hint->setText(error->hint.isEmpty() ? defaultHint(error->kind) : error->hint);
        m_hint->setVisible(!m_hint->text().isEmpty());
    }
    m_items->setAccessibleDescription(m_result->text());
}

} // namespace groove::ui
