// libFuzzer target: the client's reading of an AccountHeartbeat answer (and the server's reading
// of the request body) from untrusted bytes must never crash; an answer that is accepted carries
// an interval within the client's bounds. The key is the vector's K_acct, so that the seeds
// (fuzz/corpus/heartbeat_response) open and the fuzzer reaches the payload codec.
#include "protocol/ClientCodec.h"
#include "protocol/Envelope.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace groove;
    using namespace groove::protocol;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray key =
            QByteArray::fromHex("804e57d1f764023131a221c3d8a2eafdf5c3d0b65972dfcd");

    if (const Result<AccountHeartbeatResponse> r = client::accountHeartbeatResponse(input, key)) {
        if (r->nextHeartbeatSeconds < client::MinHeartbeatSeconds
            || r->nextHeartbeatSeconds > client::MaxHeartbeatSeconds || r->serverTime < 0)
            std::abort();
    }
    (void)parseHeartbeatEnvelope(input);
    return 0;
}
