#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace groove::store {

// Whether the management server still knows an account (WIRE-PROFILE 5.6). The names are the
// values of "health" in `--status --json` and `--heartbeat --json` (CLI-CONTRACT.md).
enum class Health {
    Unknown, // no heartbeat answered since enrollment
    Ok,
    Unreachable, // the last heartbeat got no usable answer; the account is kept
    Reenroll, // the server no longer accepts the account (faults 200, 205, 209, 210)
};

[[nodiscard]] QString healthName(Health health);
[[nodiscard]] Health healthFromName(const QString &name, bool *ok = nullptr);

// What the heartbeat knows about one account, kept in its record.
struct HeartbeatState
{
    Health health = Health::Unknown;
    QDateTime lastHeartbeatAt; // UTC; the last heartbeat the server confirmed (ok)
    QDateTime checkedAt; // UTC; the last attempt, whatever came of it
    QDateTime unreachableSince; // UTC; with Health::Unreachable: the first failure in a row
    int faultCode = 0; // the server's fault of the last attempt, 0 for none
    qint32 sequence = 0; // MessageSequenceNumber of the next heartbeat
    int nextHeartbeatSeconds = 0; // as the server last asked, 0 before it did

    friend bool operator==(const HeartbeatState &, const HeartbeatState &) = default;
};

// The "heartbeat" object of an account record; absent means a record from before heartbeats.
[[nodiscard]] QJsonObject heartbeatToJson(const HeartbeatState &state);
// Strict: a present field of the wrong type or value sets 'problem' (the file is damaged).
[[nodiscard]] HeartbeatState heartbeatFromJson(const QJsonObject &o, QString &problem);

} // namespace groove::store
