#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace groove::app {

[[nodiscard]] QString applicationName(); // "groove-enroll"
[[nodiscard]] QString applicationVersion(); // GE_VERSION_STRING

// What the command line asks for, decided without side effects so that tests can call
// parseCommandLine() directly. main() prints the two texts and exits with exitCode.
struct CommandLineOutcome
{
    enum class Action {
        ShowHelp,
        ShowVersion,
        UsageError, // bad option, missing value, stray argument (CLI-CONTRACT.md: exit 2)
        NotImplemented, // a valid request this version cannot carry out yet (exit 2)
    };

    Action action = Action::UsageError;
    bool json = false; // --json was given: failures are one JSON object on stdout
    QString standardOutput;
    QString standardError;
    int exitCode = 2;
};

// arguments as from QCoreApplication::arguments(), the program name first.
[[nodiscard]] CommandLineOutcome parseCommandLine(const QStringList &arguments);

} // namespace groove::app
