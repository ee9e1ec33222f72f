#pragma once

namespace groove::app {

// The technical log (--verbose, QT_LOGGING_RULES) goes to standard error with every
// non-printable character escaped (UntrustedText.h): whatever a server managed to get into a log
// line (a Location, a reason phrase, a certificate name, even through Qt's own warnings), a
// terminal shows it as text and never acts on it.
void installEscapingLogOutput();

} // namespace groove::app
