#pragma once

#include "app/CommandLine.h"
#include "diag/DiagnosticsBundle.h"

#include <QtCore/QStringList>

namespace groove::app {

// The policy keys present in the file (names only; empty when there is none). Stands in until
// the policy layer offers its own list of present keys.
[[nodiscard]] QStringList policyKeysIn(const QString &policyPath);

// --save-diagnostics FILE: writes the archive and prints the incident id (CLI-CONTRACT.md
// classes for the exit code). Synchronous: nothing here waits for the network or the keyring.
[[nodiscard]] int saveDiagnostics(const Invocation &invocation);

} // namespace groove::app
