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
// after 'expires') is a Usage error whose message says what is wrong, never the code.
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
// and the code of the administrator's e-mail. Either part may be missing.
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
