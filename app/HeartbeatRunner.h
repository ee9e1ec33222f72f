#pragma once

#include "app/CommandLine.h"
#include "engine/HeartbeatMonitor.h"

#include <QtCore/QJsonArray>
#include <QtCore/QObject>

namespace groove::app {

// --heartbeat [ACCOUNT_GUID]: confirms the accounts with their server now (WIRE-PROFILE 5.6) and
// reports each one's health (CLI-CONTRACT.md); the records keep the result for --status.
class HeartbeatRunner final : public QObject
{
    Q_OBJECT

public:
    explicit HeartbeatRunner(Invocation invocation, QObject *parent = nullptr);
    ~HeartbeatRunner() override;
    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void onChecked(const engine::HeartbeatOutcome &outcome);
    void finish();

    Invocation m_inv;
    engine::ClientContext *m_context = nullptr;
    engine::HeartbeatMonitor *m_monitor = nullptr;
    QStringList m_waiting;
    QList<engine::HeartbeatOutcome> m_outcomes;
};

// The exit code of a --heartbeat run: 0 when every account is ok, 5 when any needs
// re-enrollment, else 3 when any is unreachable, else that of the first other error.
[[nodiscard]] int heartbeatExitCode(const QList<engine::HeartbeatOutcome> &outcomes);

} // namespace groove::app
