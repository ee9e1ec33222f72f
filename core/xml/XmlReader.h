#pragma once

#include "Result.h"
#include "xml/XmlElement.h"

#include <QtCore/QByteArray>

// WIRE-PROFILE 7.4: strict reading of untrusted XML.
namespace groove::xml {

inline constexpr qsizetype MaxMessageBytes = 1024 * 1024;
inline constexpr int MaxDepth = 32;

struct ReadOptions
{
    qsizetype maxBytes = MaxMessageBytes;
    int maxDepth = MaxDepth;
};

// Parses one element tree. Accepts leading processing instructions (the Groove prefix or
// none), ignores white space between elements, rejects DOCTYPE, entity declarations,
// duplicate attributes, mixed content, characters outside XML 1.0, trailing content and input
// larger than maxBytes. Names are kept as written (no namespace processing).
[[nodiscard]] Result<XmlElement> parse(QByteArrayView bytes, const ReadOptions &options = {});

} // namespace groove::xml
