#pragma once

#include "SecretBytes.h"

#include <QtCore/QString>

namespace groove::crypto {

// WIRE-PROFILE 6.1: only ASCII space, TAB, CR and LF are trimmed, at both ends.
[[nodiscard]] QString trimCode(QStringView code);
// K_code = SHA1(UTF-16LE(code)), no terminating NUL. 'code' must already be trimmed.
[[nodiscard]] SecretBytes deriveCodeKey(QStringView trimmedCode);
// KeyID = base64(SHA1(K_code)).
[[nodiscard]] QString keyIdOf(const SecretBytes &codeKey);
// UTF-16LE bytes of 'text' (no BOM, no terminating NUL); what K_code is computed over.
[[nodiscard]] SecretBytes utf16leBytes(QStringView text);
// UTF-16LE of "Activation Key: " + trimmed code: the input of ActivationKeySignature.
[[nodiscard]] SecretBytes activationKeyBytes(QStringView trimmedCode);

} // namespace groove::crypto
