#include "UntrustedText.h"

namespace groove {

namespace {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0xd800 && c <= 0xdfff) // only lone surrogates reach this
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi controls, ZWJ/ZWNJ, BOM, soft hyphen, ...
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString hex(uint value, qsizetype width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

void append(QString &out, char32_t c)
{
    if (!needsEscape(c))
        out += QStringView(QChar::fromUcs4(c));
    else if (c < 0x80)
        out += QStringLiteral("\\x") + hex(uint(c), 2);
    else
        out += QStringLiteral("\\u{") + hex(uint(c), 4) + u'}';
}

void appendByte(QString &out, uchar byte)
{
    out += QStringLiteral("\\x") + hex(byte, 2);
}

// Length of the valid UTF-8 sequence at 'p' (1..4), 0 when it is not one; its code point in 'cp'.
qsizetype utf8Sequence(const uchar *p, qsizetype left, char32_t &cp)
{
    const uchar b = p[0];
    qsizetype n = 0;
    char32_t min = 0;
    if (b < 0x80) {
        cp = b;
        return 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
        n = 2;
        cp = b & 0x1f;
        min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
        n = 3;
        cp = b & 0x0f;
        min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
        n = 4;
        cp = b & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (left < n)
        return 0;
    for (qsizetype i = 1; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
        return 0;
    return n;
}

} // namespace

QString escapeUntrusted(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            append(out, QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            append(out, c.unicode());
        }
    }
    return out;
}

QString escapeUntrusted(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const qsizetype n = utf8Sequence(p + i, bytes.size() - i, cp);
        if (n == 0) {
            appendByte(out, p[i]);
            ++i;
        } else {
            append(out, cp);
            i += n;
        }
    }
    return out;
}

} // namespace groove
