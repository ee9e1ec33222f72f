#pragma once

#include "Error.h"
#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace groove::engine {

// An enrollment link (CLI-CONTRACT.md):
// groove-enroll://enroll?server=URL&code=CODE[&pin=SHA256HEX][&expires=UNIX]
struct EnrollmentLink
{
    QUrl serverUrl; // normalised (ServerUrl.h)
    QString code; // wiped by the destructor
    QByteArray pinSha256; // 32 bytes or empty
    QDateTime expires; // UTC; invalid: no expiry

    EnrollmentLink() = default;
    EnrollmentLink(const EnrollmentLink &) = default;
    EnrollmentLink &operator=(const EnrollmentLink &) = default;
    ~EnrollmentLink();
};

// Strict: an unknown parameter, a repeated one, a malformed value or an expired link ('now' is
// at or after 'expires') is a Usage error whose message says what is wrong, never the code, with
// the hint to ask for a new link. Accepted: scheme and "enroll" in any case, "enroll" or
// "enroll/" before the query, parameters in any order, each once; RFC 3986 percent-encoding
// decoded as UTF-8 ('+' stays '+'); a pin of 64 hex digits, colons allowed; expires in decimal
// Unix seconds. Refused: userinfo, a fragment, white space or control characters in the link,
// empty values, more than MaxLinkLength characters.
[[nodiscard]] Result<EnrollmentLink> parseEnrollmentLink(const QString &link, const QDateTime &now);
[[nodiscard]] bool looksLikeEnrollmentLink(const QString &argument); // "groove-enroll:" prefix

// Longer input is refused unread (a link) or read only this far (pasted text).
inline constexpr qsizetype MaxLinkLength = 4096;
inline constexpr qsizetype MaxPastedLength = 64 * 1024;
// What a code taken from a link or an e-mail may be: already trimmed (crypto::trimCode), 1 to
// MaxCodeLength characters, no control, format or unassigned characters, no white space other
// than inner spaces. The engine itself accepts any non-empty code; this only keeps the debris of
// a bad paste out of the code field.
inline constexpr qsizetype MaxCodeLength = 256;
[[nodiscard]] bool isAcceptableCode(QStringView trimmedCode);

// What "Paste e-mail or link..." finds in pasted text: an enrollment link, or the server address
// and the code of the administrator's e-mail. Either part may be missing. A link (in <>, quotes,
// or broken across lines by the mail client) wins; when it is refused only linkError is set, so
// that nothing from the rest of the text takes the place of an expired link. Without a link:
// lines such as "Management server: URL", "Server: host", "Account configuration code: CODE"
// (English labels, any case, quoted replies and bullets allowed; a code runs to the first space),
// else the first http(s)://.../gms.dll anywhere. The server is normalised when it can be.
struct PastedEnrollment
{
    QString server;
    QString code;
    QByteArray pinSha256;
    std::optional<Error> linkError; // a link was found but refused (expired, malformed)
    ~PastedEnrollment();
};
[[nodiscard]] PastedEnrollment extractEnrollment(const QString &text, const QDateTime &now);

} // namespace groove::engine
