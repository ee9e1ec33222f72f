#pragma once

#include "Result.h"
#include "xml/XmlElement.h"

#include <QtCore/QByteArray>

// WIRE-PROFILE 3: the canonical serialization that every signature and MAC is computed over.
namespace groove::xml {

inline constexpr QByteArrayView GroovePrefix = "<?xml version='1.0'?><?groove.net version='1.0'?>";

enum class Prefix { With, Without };

// Attributes sorted by the ordinal order of their qualified name (UTF-16 code units equal
// UTF-8 byte order for the ASCII names the protocol uses), no white space, self-closed empty
// elements, profile escaping. Fails with UnsupportedCharacter for text XML 1.0 cannot carry.
[[nodiscard]] Result<QByteArray> serialize(const XmlElement &element, Prefix prefix = Prefix::With);

// True when every character can appear in an XML 1.0 document.
[[nodiscard]] bool isXmlChar(char32_t c);

} // namespace groove::xml
