#pragma once

#include <QtCore/QString>

namespace groove::store {

// The process that journaled an enrollment in progress. A process id alone is not enough: after a
// crash or a reboot another program may get the same id, and its entries would never be cleaned
// up. The boot and the process's start time tell that process apart from a later one, so the
// entries of a process that has ended (crash, kill -9) are cleaned up at the next start, while
// those of a running one are never touched.
struct JournalOwner
{
    qint64 pid = 0; // 0: nobody (abandoned, or written before owners were recorded)
    QString bootId; // empty where the system does not tell
    QString startTime; // clock ticks after boot (Linux); empty where unknown

    [[nodiscard]] bool isNull() const { return pid <= 0; }
    [[nodiscard]] static JournalOwner currentProcess();
    [[nodiscard]] bool isCurrentProcess() const;
    // False once the process has ended, or when nobody owns the entry.
    [[nodiscard]] bool isAlive() const;

    friend bool operator==(const JournalOwner &, const JournalOwner &) = default;
};

} // namespace groove::store
