#pragma once

#include "Error.h"
#include "Result.h"
#include "SecretBytes.h"
#include "store/AccountStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QObject>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace groove::store {
class SecretStore;
}

namespace groove::engine {

class Transport;

// The result of one heartbeat of one account.
struct HeartbeatOutcome
{
    QString accountGuid;
    store::HeartbeatState state; // as stored after this heartbeat
    std::optional<Error> error; // why the account is not ok (network, fault, storage ...)
    QDateTime nextCheckAt; // when the monitor sends the next one; invalid when not running
};

// Confirms the enrolled accounts with their server (AccountHeartbeat, WIRE-PROFILE 5.6) and keeps
// each account's health in its record: one heartbeat per account some seconds after start()
// (a random delay, so that many clients started at once do not all call at once), then every
// NextHeartbeatSeconds the server asks for; after a failure to reach the server, again after 1,
// 2, 4 ... minutes, at most NextHeartbeatSeconds. A network failure changes nothing but the
// health: the account stays, and the same sequence number is sent again.
class HeartbeatMonitor final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // UTC

    HeartbeatMonitor(Transport *transport, store::SecretStore *secrets,
                     store::AccountStore *accounts, QObject *parent = nullptr);
    ~HeartbeatMonitor() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Every delay is a number of seconds; tests make a second shorter.
    void setSecondLength(std::chrono::milliseconds length) { m_second = length; }
    // The random delay before the first heartbeat after start(), in seconds (default 2..10).
    void setInitialDelay(int minSeconds, int maxSeconds);

    // Schedules every account of the store; again after accounts were added or removed.
    void start();
    void stop(); // cancels scheduled and running heartbeats
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Sends the heartbeat of these accounts (all without GUIDs) now; each ends in accountChecked.
    // An account whose heartbeat is already in flight is not sent twice.
    void checkNow(const QStringList &accountGuids = {});
    [[nodiscard]] bool isBusy() const;

    // When the account is next due (invalid when not scheduled), for a status window.
    [[nodiscard]] QDateTime nextCheckAt(const QString &accountGuid) const;

signals:
    void accountChecked(const groove::engine::HeartbeatOutcome &outcome);
    void checkStarted(const QString &accountGuid);

private:
    struct Slot;
    Slot &slot(const QString &accountGuid);
    void schedule(Slot &s, int seconds);
    void send(const QString &accountGuid);
    void onKey(const QString &accountGuid, Result<SecretBytes> key);
    void finish(const QString &accountGuid, store::HeartbeatState state, std::optional<Error> error,
                int nextSeconds);
    [[nodiscard]] int backoffSeconds(int failures, int ceiling) const;
    [[nodiscard]] QDateTime now() const; // whole seconds: what the account file keeps

    Transport *m_transport;
    store::SecretStore *m_secrets;
    store::AccountStore *m_accounts;
    Clock m_clock;
    std::chrono::milliseconds m_second{ 1000 };
    int m_initialMin = 2;
    int m_initialMax = 10;
    bool m_running = false;
    std::map<QString, std::unique_ptr<Slot>> m_slots;
};

} // namespace groove::engine

Q_DECLARE_METATYPE(groove::engine::HeartbeatOutcome)
