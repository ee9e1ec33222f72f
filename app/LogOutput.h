#pragma once

#include <QtCore/QString>

namespace groove::app {

// The technical log (--verbose, QT_LOGGING_RULES) goes to standard error with every
// non-printable character escaped (UntrustedText.h): whatever a server managed to get into a log
// line (a Location, a reason phrase, a certificate name, even through Qt's own warnings), a
// terminal shows it as text and never acts on it. Installed first thing in main().
void installEscapingLogOutput();

// Once the command line is known: every message from info on (debug with --verbose) also goes
// to the log file (diag/LogFile.h) in 'folder' (empty: LogFile::defaultFolder()), escaped and
// redacted; standard error keeps showing groove's own info and debug lines only with --verbose
// or QT_LOGGING_RULES. Logs one line with the version, 'mode' and the process id.
void startLogFile(bool verbose, const QString &mode, const QString &folder = {});

// The folder of the log file ("" before startLogFile()).
[[nodiscard]] QString logFolder();

} // namespace groove::app
