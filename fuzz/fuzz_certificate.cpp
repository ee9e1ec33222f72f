// libFuzzer target: DomainCertificate::parse must reject any input with an error value, never
// crash.
#include "crypto/DomainCertificate.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using groove::crypto::DomainCertificate;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const groove::Result<DomainCertificate> cert = DomainCertificate::parse(input);
    if (cert.ok()) {
        // Whatever is accepted once must be accepted again from the stored bytes, with the same
        // keys.
        const groove::Result<DomainCertificate> again = DomainCertificate::parse(cert->der());
        if (!again.ok() || !(again->signingKey() == cert->signingKey())
            || !(again->encryptionKey() == cert->encryptionKey()))
            __builtin_trap();
    }
    return 0;
}
