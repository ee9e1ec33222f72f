#pragma once

#include "Result.h"
#include "xml/XmlElement.h"

#include <QtCore/QByteArray>

// WIRE-PROFILE 7.4: strict reading of untrusted XML.
namespace groove::xml {

inline constexpr qsizetype MaxMessageBytes = 1024 * 1024;
inline constexpr int MaxDepth = 32;
// Token caps (counted as described at parse()). QXmlStreamReader checks each attribute against
// the earlier ones of its element, so an element's attribute count costs quadratic time (about
// 30 s for one 800 KB start tag); every element and text node also costs a fixed amount of
// memory on top of its bytes. The largest real messages (tests/data/vectors; a
// KeyActivationResponse with 4 managed objects, whose objects are parsed one at a time from
// their base64 entries) have fewer than 50 tokens and at most 9 attributes on one element
// (Event), so these caps leave ample room while keeping every input under 1 MiB linear.
inline constexpr int MaxTokens = 4096;
inline constexpr int MaxAttributes = 64; // on one element

struct ReadOptions
{
    qsizetype maxBytes = MaxMessageBytes;
    int maxDepth = MaxDepth;
    int maxTokens = MaxTokens;
    int maxAttributes = MaxAttributes;
};

// Parses one element tree. Accepts leading processing instructions (the Groove prefix or
// none), ignores white space between elements, rejects DOCTYPE, entity declarations,
// duplicate attributes, mixed content, characters outside XML 1.0, trailing content and input
// larger than maxBytes. Names are kept as written (no namespace processing).
// Before any parsing, a linear scan counts the tokens: each element (start or empty tag), each
// attribute, comment, processing instruction and CDATA section, and each run of character data
// between markup (white space included, also outside the root). More than maxTokens, or more
// than maxAttributes on one element, is InputTooLarge; a DOCTYPE is ForbiddenXml already there.
[[nodiscard]] Result<XmlElement> parse(QByteArrayView bytes, const ReadOptions &options = {});

} // namespace groove::xml
