#pragma once

#include "Result.h"

#include <QtCore/QString>

// WIRE-PROFILE 5: Groove GUIDs and identity URLs in Groove's base32.
namespace groove::ids {

inline constexpr qsizetype GuidBytes = 24; // -> 39 characters
inline constexpr qsizetype GuidChars = 39;
inline constexpr qsizetype IdentityBytes = 20; // -> 32 characters
inline constexpr const char *IdentityScheme = "grooveIdentity://";

// Alphabet 23456789abcdefghijkmnpqrstuvwxyz, 5 bits a character, MSB first, zero padded.
[[nodiscard]] QString encodeBase32(QByteArrayView bytes);
[[nodiscard]] Result<QByteArray> decodeBase32(QStringView text, qsizetype expectedBytes);

[[nodiscard]] Result<QString> newGuid();
[[nodiscard]] Result<QString> newIdentityUrl();
[[nodiscard]] QString identityUrlFromBytes(QByteArrayView twentyBytes);
[[nodiscard]] bool isValidGuid(QStringView text);
[[nodiscard]] bool isValidIdentityUrl(QStringView text);

} // namespace groove::ids
