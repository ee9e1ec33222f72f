#include "ui/status/StatusWindow.h"

#include "engine/AccountVault.h"
#include "engine/ClientContext.h"
#include "engine/HeartbeatMonitor.h"
#include "store/SecretStoreFactory.h"
#include "ui/Icons.h"
#include "ui/diag/DiagnosticsDialog.h"
#include "ui/status/AccountListModel.h"

#include <QtCore/QPointer>
#include <QtGui/QFontMetrics>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

namespace groove::ui {

StatusWindow::StatusWindow(engine::ClientContext *context, engine::HeartbeatMonitor *monitor,
                           QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_monitor(monitor),
      m_model(new AccountListModel(this)),
      m_pages(new QStackedWidget(this)),
      m_view(new QTreeView(this)),
      m_emptyLabel(new QLabel(tr("This computer is not enrolled yet."), this)),
      m_messageBar(new QWidget(this)),
      m_messageIcon(new QLabel(m_messageBar)),
      m_messageText(new QLabel(m_messageBar)),
      m_checkNow(new QPushButton(tr("&Check now"), this)),
      m_reenroll(new QPushButton(tr("&Re-enroll…"), this)),
      m_remove(new QPushButton(tr("Re&move from this computer…"), this)),
      m_enroll(new QPushButton(this)),
      m_diagnostics(new QPushButton(tr("Save &diagnostics…"), this)),
      m_logFolder(new QPushButton(tr("Open &log folder"), this))
{
    setWindowTitle(tr("Groove Enroll"));
    setWindowIcon(icon(IconId::App));
    setObjectName(QStringLiteral("statusWindow"));
    setAccessibleName(tr("Groove Enroll status"));

    m_view->setObjectName(QStringLiteral("accountView"));
    m_view->setAccessibleName(tr("Enrolled accounts"));
    m_view->setAccessibleDescription(
            tr("The accounts of this computer with their health and last check."));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    // Wide enough for every column of a typical account (server URLs are long), in text units so
    // that it follows the font and the scale factor.
    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 120, metrics.height() * 18);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAccessibleName(m_emptyLabel->text());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_view);

    // Results and errors stay here, next to the list, until the next action: never lost in a
    // dialog that closed or a log.
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageText->setObjectName(QStringLiteral("messageLabel"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_messageText, 1);
    m_messageBar->hide();

    m_checkNow->setObjectName(QStringLiteral("checkNowButton"));
    m_checkNow->setAccessibleName(tr("Check now"));
    m_checkNow->setAccessibleDescription(
            tr("Asks the management server now whether it still accepts the selected account."));
    m_reenroll->setObjectName(QStringLiteral("reenrollButton"));
    m_reenroll->setAccessibleName(tr("Re-enroll"));
    m_reenroll->setAccessibleDescription(
            tr("Opens the enrollment wizard with the server of the selected account."));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove from this computer"));
    m_remove->setAccessibleDescription(
            tr("Deletes the selected account and its keys from this computer after asking."));
    m_enroll->setObjectName(QStringLiteral("enrollButton"));
    m_diagnostics->setObjectName(QStringLiteral("saveDiagnosticsButton"));
    m_diagnostics->setAccessibleName(tr("Save diagnostics"));
    m_diagnostics->setAccessibleDescription(
            tr("Shows and saves an archive for your IT department with versions, the accounts "
               "and the log. It contains no code, password or key."));
    m_logFolder->setObjectName(QStringLiteral("openLogFolderButton"));
    m_logFolder->setAccessibleName(tr("Open log folder"));
    m_logFolder->setAccessibleDescription(
            tr("Opens the folder with the log files in the file manager."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkNow);
    buttons->addWidget(m_reenroll);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_enroll);

    auto *supportButtons = new QHBoxLayout;
    supportButtons->addWidget(m_diagnostics);
    supportButtons->addWidget(m_logFolder);
    supportButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    layout->addLayout(supportButtons);

    connect(m_checkNow, &QPushButton::clicked, this, &StatusWindow::checkSelected);
    connect(m_reenroll, &QPushButton::clicked, this, &StatusWindow::reenrollSelected);
    connect(m_remove, &QPushButton::clicked, this, &StatusWindow::confirmRemoval);
    connect(m_enroll, &QPushButton::clicked, this, &StatusWindow::enrollRequested);
    connect(m_diagnostics, &QPushButton::clicked, this, &StatusWindow::openDiagnostics);
    connect(m_logFolder, &QPushButton::clicked, this, &StatusWindow::openLogFolderRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatusWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StatusWindow::updateButtons);
    if (m_monitor) {
        connect(m_monitor, &engine::HeartbeatMonitor::checkStarted, this,
                [this](const QString &guid) { m_model->setChecking(guid, true); });
        connect(m_monitor, &engine::HeartbeatMonitor::accountChecked, this,
                &StatusWindow::onChecked);
    }

    reload();
    if (m_model->rowCount() > 0)
        selectAccount(m_model->accounts().first().accountGuid);
}

StatusWindow::~StatusWindow() = default;

void StatusWindow::reload()
{
    const QString selected = selectedGuid();
    const Result<QList<store::AccountRecord>> accounts = m_context->accounts()->load();
    if (!accounts)
        showError(accounts.error());
    m_model->setAccounts(accounts ? *accounts : QList<store::AccountRecord>{});
    if (!selected.isEmpty())
        selectAccount(selected);
    updateButtons();
}

QString StatusWindow::selectedGuid() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(AccountListModel::GuidRole).toString();
}

void StatusWindow::selectAccount(const QString &accountGuid)
{
    const int row = m_model->rowOf(accountGuid);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
}

void StatusWindow::updateButtons()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    m_enroll->setText(empty ? tr("&Enroll this computer…") : tr("&Enroll another account…"));
    m_enroll->setAccessibleName(empty ? tr("Enroll this computer") : tr("Enroll another account"));
    // Without an account the per-account actions mean nothing: only "Enroll" is offered.
    for (QPushButton *b : { m_checkNow, m_reenroll, m_remove })
        b->setVisible(!empty);

    const QString guid = selectedGuid();
    const int row = m_model->rowOf(guid);
    const bool selected = row >= 0 && guid != m_removing;
    const bool checking =
            selected && m_model->index(row, 0).data(AccountListModel::CheckingRole).toBool();
    m_checkNow->setEnabled(selected && m_monitor && !checking);
    m_reenroll->setEnabled(selected);
    m_remove->setEnabled(selected && m_removing.isEmpty());
}

void StatusWindow::checkSelected()
{
    const QString guid = selectedGuid();
    if (guid.isEmpty() || !m_monitor)
        return;
    m_messageBar->hide();
    m_monitor->checkNow({ guid });
}

void StatusWindow::reenrollSelected()
{
    const store::AccountRecord *r = m_model->recordAt(m_model->rowOf(selectedGuid()));
    if (r)
        emit reenrollRequested(r->serverUrl);
}

void StatusWindow::confirmRemoval()
{
    const store::AccountRecord *selected = m_model->recordAt(m_model->rowOf(selectedGuid()));
    if (!selected)
        return;
    const store::AccountRecord record = *selected;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Remove account"));
    box->setText(tr("Remove the account %1 of %2 from this computer?")
                         .arg(AccountListModel::accountName(record), record.domainName));
    box->setInformativeText(tr("Its keys are deleted from this computer. The management server "
                               "keeps the account; to use it here again, you need a new account "
                               "configuration code from your IT department."));
    QPushButton *confirm =
            box->addButton(tr("&Remove from this computer"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveButton"));
    confirm->setAccessibleName(tr("Remove from this computer"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAccessibleName(box->windowTitle());
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, record](QAbstractButton *b) {
        if (b == confirm)
            remove(record);
    });
    box->open();
}

void StatusWindow::remove(const store::AccountRecord &record)
{
    // The context's store when it holds this account's keys (always for keychain and file: its
    // removals clean both); otherwise the kind the record names, as --unenroll does.
    store::SecretStore *secrets = m_context->secrets();
    const store::KeyStoreKind kind = store::keyStoreKindFromName(record.secretStore);
    const bool own =
            kind == store::KeyStoreKind::Memory || secrets->kind() != store::KeyStoreKind::Memory;
    if (!own)
        secrets = store::makeSecretStore(kind, m_context->options().insecureKeyFolder, this);

    m_removing = record.accountGuid;
    m_messageBar->hide();
    updateButtons();
    const QPointer<StatusWindow> self(this);
    const QPointer<store::SecretStore> made(own ? nullptr : secrets);
    engine::AccountVault::removeAccount(
            secrets, m_context->accounts(), record, [self, made, record](Status s) {
                if (made)
                    made->deleteLater();
                if (!self)
                    return;
                self->m_removing.clear();
                self->reload();
                if (!s)
                    return self->showError(s.error());
                self->showMessage(tr("The account %1 was removed from this computer.")
                                          .arg(AccountListModel::accountName(record)),
                                  false);
                emit self->accountRemoved(record.accountGuid);
            });
}

void StatusWindow::onChecked(const engine::HeartbeatOutcome &outcome)
{
    const QString problem = outcome.error ? outcome.error->message : QString();
    // An account this window did not know yet, or one removed meanwhile (Usage: not enrolled).
    const bool gone = outcome.error && outcome.error->kind == ErrorKind::Usage;
    if (gone || !m_model->setHeartbeat(outcome.accountGuid, outcome.state, problem))
        reload();
    updateButtons();
}

void StatusWindow::showMessage(const QString &text, bool problem)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon i = icon(problem ? IconId::Warning : IconId::Information);
    m_messageIcon->setPixmap(i.pixmap(QSize(size, size), devicePixelRatioF()));
    m_messageIcon->setAccessibleName(problem ? tr("Problem") : tr("Information"));
    m_messageText->setText(text);
    m_messageText->setAccessibleName(text);
    m_messageBar->show();
}

void StatusWindow::showError(const Error &error)
{
    // What happened, then what to do: two sentences, each translated whole.
    showMessage(error.hint.isEmpty() ? error.message : error.message + u'\n' + error.hint, true);
}

void StatusWindow::openDiagnostics()
{
    auto *dialog = new DiagnosticsDialog(
            diag::collectDiagnostics(*m_context, QStringLiteral("graphical (status window)"),
                                     diag::systemPolicyKeys()),
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace groove::ui
