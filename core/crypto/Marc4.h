#pragma once

#include "Result.h"

#include <QtCore/QByteArray>

namespace groove::crypto {

// MARC4 ([MS-GRVSPCM] 3.1.1): RC4 keyed with (key XOR iv), first 256 keystream bytes dropped.
// Encryption and decryption are the same operation. Implemented here (not OpenSSL's legacy
// provider). Key and IV must have the same length (1..256 bytes).
[[nodiscard]] Result<QByteArray> marc4(QByteArrayView key, QByteArrayView iv, QByteArrayView data);

} // namespace groove::crypto
