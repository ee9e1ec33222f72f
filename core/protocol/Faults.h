#pragma once

#include "Error.h"

#include <QtCore/QList>
#include <QtCore/QString>

// The fault table of [MS-GRVSPCM] 2.2.2.2.15 (complete per PROTOCOL.md 11.7), with the plain
// language we show for each code and a hint for the user or the administrator.
namespace groove::protocol {

struct FaultInfo
{
    int code;
    const char *specText; // exact faultString of the spec
    const char *message; // untranslated source of the user-facing message
    const char *hint; // untranslated source of the hint
};

[[nodiscard]] const QList<FaultInfo> &faultTable();
[[nodiscard]] const FaultInfo *findFault(int code); // nullptr for codes outside the table
[[nodiscard]] QString faultSpecText(int code); // empty for unknown codes
[[nodiscard]] QString faultMessage(int code); // translated; generic text for unknown codes
[[nodiscard]] QString faultHint(int code); // translated; generic text for unknown codes
// A server fault as an Error: message and hint from the table; the server's own text goes to the
// detail only, since it is neither translated nor meant for end users.
[[nodiscard]] Error faultError(int code, const QString &serverText);

} // namespace groove::protocol
