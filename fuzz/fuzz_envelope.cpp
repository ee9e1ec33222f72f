// libFuzzer target: the SOAP envelope and fault parser (WIRE-PROFILE 2, 6.11) on untrusted bytes.
// Besides never crashing: what it accepts must survive build -> parse unchanged (request,
// response and both fault forms), and parsing must be deterministic.
#include "protocol/Envelope.h"

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

void checkRequest(QByteArrayView input)
{
    const Result<RequestEnvelope> r = parseRequestEnvelope(input);
    if (!r)
        return;
    const Result<QByteArray> rebuilt = buildRequestEnvelope(r->method, r->payload);
    require(rebuilt.ok());
    const Result<RequestEnvelope> again = parseRequestEnvelope(*rebuilt);
    require(again.ok() && again->method == r->method && again->payload == r->payload);
}

void checkFaultRoundTrip(int code)
{
    for (const Result<QByteArray> &built :
         { buildFaultEnvelope(code), buildSoapFaultEnvelope(code) }) {
        require(built.ok());
        const Result<ResponseEnvelope> parsed = parseResponseEnvelope(*built);
        require(!parsed && parsed.error().kind == ErrorKind::ServerFault
                && parsed.error().faultCode == code);
    }
}

void checkResponse(QByteArrayView input)
{
    const Result<ResponseEnvelope> r = parseResponseEnvelope(input);
    const Result<ResponseEnvelope> twice = parseResponseEnvelope(input);
    require(r.ok() == twice.ok());
    if (!r) {
        require(twice.error().kind == r.error().kind
                && twice.error().faultCode == r.error().faultCode);
        if (r.error().kind == ErrorKind::ServerFault)
            checkFaultRoundTrip(r.error().faultCode);
        return;
    }
    // With the method it carries as the expected one, the same answer.
    const Result<ResponseEnvelope> expected = parseResponseEnvelope(input, r->method);
    require(expected.ok() && expected->payload == r->payload);
    const Result<QByteArray> rebuilt = buildResponseEnvelope(r->method, r->payload);
    require(rebuilt.ok());
    const Result<ResponseEnvelope> again = parseResponseEnvelope(*rebuilt, r->method);
    require(again.ok() && again->method == r->method && again->payload == r->payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRequest(input);
    checkResponse(input);
    return 0;
}
