#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace groove {

// Text a server controls (a redirect's Location, a fault string, an HTTP reason phrase, a
// certificate name, a header value) made safe to put into a message, a detail or a log: a
// terminal must not interpret it and a reader must see what was really sent. Control characters
// (C0, DEL, C1), line and paragraph separators, invisible format characters (bidi overrides and
// isolates, zero-width characters, BOM) and lone surrogates become \xNN (below U+0080) or
// \u{XXXX}; everything else is kept. Escaping twice changes nothing, so text escaped where it
// was received can pass the log's own escaping again.
[[nodiscard]] QString escapeUntrusted(QStringView text);
// The same for raw bytes, decoded as UTF-8; a byte that is not part of valid UTF-8 becomes \xNN.
[[nodiscard]] QString escapeUntrusted(QByteArrayView bytes);

} // namespace groove
