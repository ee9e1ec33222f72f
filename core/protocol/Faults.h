#pragma once

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

} // namespace groove::protocol
