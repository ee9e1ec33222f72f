#pragma once

#include "Error.h"
#include "store/AccountStore.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace groove::engine {
class ClientContext;
class HeartbeatMonitor;
struct HeartbeatOutcome;
} // namespace groove::engine

namespace groove::ui {

class AccountListModel;

// The plain list of enrolled accounts (UX.md "Tray and status window"): account, domain,
// server, health, last check; per account "Check now", "Re-enroll..." and "Remove from this
// computer...". It reads the AccountStore and asks the HeartbeatMonitor (both owned by the
// caller); it never builds requests itself.
class StatusWindow final : public QWidget
{
    Q_OBJECT

public:
    StatusWindow(engine::ClientContext *context, engine::HeartbeatMonitor *monitor,
                 QWidget *parent = nullptr);
    ~StatusWindow() override;

public slots:
    void reload(); // re-reads the account file (after an enrollment, a heartbeat, a removal)
    // "Save diagnostics…": the diagnostics dialog (not modal) over the accounts shown here.
    void openDiagnostics();

signals:
    void reenrollRequested(const QString &serverUrl);
    void enrollRequested();
    void accountRemoved(const QString &accountGuid);
    // "Open log folder": the application opens it (tests need not open anything).
    void openLogFolderRequested();

public:
    [[nodiscard]] AccountListModel *model() const { return m_model; }
    // The GUID of the selected account; empty without a selection.
    [[nodiscard]] QString selectedGuid() const;
    void selectAccount(const QString &accountGuid);

private:
    void checkSelected();
    void reenrollSelected();
    void confirmRemoval();
    void remove(const store::AccountRecord &record);
    void onChecked(const engine::HeartbeatOutcome &outcome);
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void showError(const Error &error);

    engine::ClientContext *m_context;
    engine::HeartbeatMonitor *m_monitor;
    AccountListModel *m_model;
    QStackedWidget *m_pages;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QWidget *m_messageBar;
    QLabel *m_messageIcon;
    QLabel *m_messageText;
    QPushButton *m_checkNow;
    QPushButton *m_reenroll;
    QPushButton *m_remove;
    QPushButton *m_enroll;
    QPushButton *m_diagnostics;
    QPushButton *m_logFolder;
    QString m_removing; // the account GUID whose removal is in flight
};

} // namespace groove::ui
