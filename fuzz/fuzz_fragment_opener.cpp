// libFuzzer target: parsing and opening secured fragments, envelopes and typed payloads from
// untrusted bytes must never crash; a fragment must never open under a key it was not sealed with.
#include "protocol/Envelope.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"
#include "xml/XmlReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace groove;
    using namespace groove::protocol;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray key20(20, '\x5a');
    static const QByteArray key24(24, '\x5a');

    if (const Result<SealedFragment> f = parseSealed(input)) {
        (void)open(*f, key20);
        (void)open(*f, key24);
    }
    (void)openResponse(input, key20);
    (void)parseResponseEnvelope(input, QStringLiteral("KeyActivation"));
    (void)parseRequestEnvelope(input);
    (void)CreateAccountRequest::parse(input);
    (void)ManagedObject::parse(input);
    if (const Result<xml::XmlElement> tree = xml::parse(input)) {
        (void)ActivationResponse::fromXml(*tree, QStringLiteral("KeyActivationResponse"));
        (void)DomainEnrollmentResponse::fromXml(*tree);
        (void)DomainEnrollmentRequest::fromXml(*tree);
        (void)AutoActivationResponse::fromXml(*tree);
    }
    return 0;
}
