#pragma once

namespace groove::app {

// Keeps the secrets this process holds (codes, passwords, keys) out of core dumps and away from
// other processes of the same user: no core file (RLIMIT_CORE 0), and on Linux not dumpable
// (which also refuses ptrace attach and makes /proc/<pid>/mem unreadable for the user). Called
// first thing in main(). False when the platform refused a step; the caller goes on (it is a
// second line of defence, not a precondition).
bool disableCoreDumps();

} // namespace groove::app
