#include "xml/CanonicalXml.h"

#include <algorithm>

namespace groove::xml {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

namespace {

enum class Context { Attribute, Text };

// Checks every code point (lone surrogates included) before anything is written.
bool allXmlChars(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(s.at(i + 1).unicode()))
                return false;
            ++i; // a valid pair is always in 0x10000..0x10FFFF
            continue;
        }
        if (QChar::isLowSurrogate(u) || !isXmlChar(u))
            return false;
    }
    return true;
}

void appendEscaped(QByteArray &out, const QString &s, Context ctx)
{
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += ctx == Context::Attribute ? QByteArrayView("&quot;") : QByteArrayView("\"");
            break;
        case '\t':
            out += ctx == Context::Attribute ? QByteArrayView("&#9;") : QByteArrayView("\t");
            break;
        case '\n':
            out += ctx == Context::Attribute ? QByteArrayView("&#10;") : QByteArrayView("\n");
            break;
        case '\r':
            out += ctx == Context::Attribute ? QByteArrayView("&#13;") : QByteArrayView("\r");
            break;
        default:
            out += c;
            break;
        }
    }
}

Status write(QByteArray &out, const XmlElement &e)
{
    if (e.name().isEmpty() || !allXmlChars(e.name()))
        return Error::make(ErrorKind::InvalidValue, QStringLiteral("element without a valid name"));

    // Ordinal order of the UTF-8 bytes of the qualified name (WIRE-PROFILE 3).
    QList<std::pair<QByteArray, const XmlAttribute *>> attrs;
    attrs.reserve(e.attributes().size());
    for (const XmlAttribute &a : e.attributes()) {
        if (!allXmlChars(a.value) || !allXmlChars(a.name)) {
            return Error::make(
                    ErrorKind::UnsupportedCharacter,
                    QStringLiteral("attribute %1 of <%2> holds a character XML cannot carry")
                            .arg(a.name, e.name()));
        }
        attrs.append({ a.name.toUtf8(), &a });
    }
    std::sort(attrs.begin(), attrs.end(),
              [](const auto &l, const auto &r) { return l.first < r.first; });

    out += '<';
    out += e.name().toUtf8();
    for (const auto &[name, attr] : std::as_const(attrs)) {
        out += ' ';
        out += name;
        out += "=\"";
        appendEscaped(out, attr->value, Context::Attribute);
        out += '"';
    }
    if (e.children().empty() && e.text().isEmpty()) {
        out += "/>";
        return {};
    }
    out += '>';
    if (!e.text().isEmpty()) {
        if (!allXmlChars(e.text())) {
            return Error::make(ErrorKind::UnsupportedCharacter,
                               QStringLiteral("text of <%1> holds a character XML cannot carry")
                                       .arg(e.name()));
        }
        appendEscaped(out, e.text(), Context::Text);
    }
    for (const XmlElement &c : e.children()) {
        if (Status s = write(out, c); !s)
            return s;
    }
    out += "</";
    out += e.name().toUtf8();
    out += '>';
    return {};
}

} // namespace

Result<QByteArray> serialize(const XmlElement &element, Prefix prefix)
{
    QByteArray out;
    if (prefix == Prefix::With)
        out += GroovePrefix;
    if (Status s = write(out, element); !s)
        return s.error();
    return out;
}

} // namespace groove::xml
