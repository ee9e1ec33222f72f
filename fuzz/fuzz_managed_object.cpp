// libFuzzer target: managed objects (the decoded ManagedObjectEntry@Data of a KeyActivation-
// shaped response) from untrusted bytes. Besides never crashing: an accepted object serializes
// to a canonical form that parses back to the same object (a fixed point), and no object
// verifies under a key that never signed anything.
#include "crypto/RsaKey.h"
#include "protocol/ManagedObject.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace groove;
using namespace groove::protocol;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool same(const ManagedObject &a, const ManagedObject &b)
{
    return a.name == b.name && a.displayName == b.displayName && a.description == b.description
            && a.domainGuid == b.domainGuid && a.serverUrl == b.serverUrl
            && a.componentResourceUrl == b.componentResourceUrl && a.body == b.body
            && a.signerDomainGuid == b.signerDomainGuid && a.signature == b.signature;
}

const crypto::RsaPublicKey &strangerKey()
{
    static const crypto::RsaPublicKey key = crypto::RsaPrivateKey::generate().value().publicKey();
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ManagedObject> object = ManagedObject::parse(input);
    if (!object)
        return 0;
    const Result<QByteArray> bytes = object->serialize();
    require(bytes.ok());
    require(object->signedBytes().ok());
    const Result<ManagedObject> again = ManagedObject::parse(*bytes);
    require(again.ok() && same(*again, *object));
    require(again->serialize().value() == *bytes);
    require(!object->verify(strangerKey()));
    (void)identityTemplateVCard(*object);
    return 0;
}
