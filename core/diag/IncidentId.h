#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace groove::diag {

// A short id that a user reads out on the phone and that also stands in the log:
// "GE-XXXX-XXXX", 40 random bits in Crockford's base32 (0-9, A-Z without I, L, O and U), so
// that no two saved diagnostics are mistaken for one another and nothing about the user or the
// computer can be read from it.
[[nodiscard]] QString newIncidentId(); // from the system CSPRNG
// The id for these 5 bytes (tests; newIncidentId() uses it).
[[nodiscard]] QString incidentIdFromBytes(QByteArrayView fiveBytes);
[[nodiscard]] bool isValidIncidentId(QStringView text);

} // namespace groove::diag
