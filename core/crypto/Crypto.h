#pragma once

#include "Result.h"
#include "SecretBytes.h"

#include <QtCore/QByteArray>

// Hashes, MAC, randomness: thin, checked wrappers over OpenSSL 3 EVP.
namespace groove::crypto {

inline constexpr qsizetype Sha1Size = 20;

[[nodiscard]] QByteArray sha1(QByteArrayView data);
[[nodiscard]] QByteArray sha256(QByteArrayView data);
[[nodiscard]] QByteArray hmacSha1(QByteArrayView key, QByteArrayView data);
// Constant time in the length of the inputs; different lengths compare unequal.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
// Cryptographically secure random bytes (RAND_bytes).
[[nodiscard]] Result<QByteArray> randomBytes(qsizetype count);
[[nodiscard]] Result<SecretBytes> randomSecret(qsizetype count);
// Random positive int32 (1..2147483647), e.g. _EventID.
[[nodiscard]] Result<qint32> randomPositiveInt32();

// Frees OpenSSL's state of the calling thread (its random generators, among others) now, for a
// worker thread that is done with OpenSSL: left to the thread's exit, it races with OpenSSL's
// clean-up at process exit, and the generators are then lost (LeakSanitizer reports them).
void releaseThreadState();

// Strict base64 (RFC 4648, standard alphabet, padded, no white space). Empty input is valid.
[[nodiscard]] Result<QByteArray> decodeBase64Strict(QByteArrayView text);
[[nodiscard]] Result<QByteArray> decodeBase64Strict(QStringView text);
[[nodiscard]] QString encodeBase64(QByteArrayView data);

} // namespace groove::crypto
