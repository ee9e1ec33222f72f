#pragma once

#include <QtWidgets/QWidget>

namespace groove::engine {
class ClientContext;
class HeartbeatMonitor;
} // namespace groove::engine

namespace groove::ui {

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

signals:
    void reenrollRequested(const QString &serverUrl);
    void enrollRequested();
    void accountRemoved(const QString &accountGuid);
};

} // namespace groove::ui
