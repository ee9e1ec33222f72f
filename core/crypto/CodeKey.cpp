#include "crypto/CodeKey.h"

#include "crypto/Crypto.h"

namespace groove::crypto {

namespace {

// WIRE-PROFILE 6.1: deliberately narrower than QChar::isSpace(), so that U+00A0 or U+3000 that
// a server put into a code stay part of it.
bool isTrimmable(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\n';
}

// Byte order fixed by hand so the result does not depend on the host's endianness.
void appendUtf16le(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out.append(static_cast<char>(u & 0xff));
        out.append(static_cast<char>(u >> 8));
    }
}

} // namespace

QString trimCode(QStringView code)
{
    qsizetype begin = 0;
    qsizetype end = code.size();
    while (begin < end && isTrimmable(code.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(code.at(end - 1)))
        --end;
    return code.sliced(begin, end - begin).toString();
}

SecretBytes utf16leBytes(QStringView text)
{
    QByteArray buf;
    buf.reserve(text.size() * 2);
    appendUtf16le(buf, text);
    return SecretBytes::adopt(buf);
}

SecretBytes deriveCodeKey(QStringView trimmedCode)
{
    SecretBytes encoded = utf16leBytes(trimmedCode);
    QByteArray key = sha1(encoded.view());
    return SecretBytes::adopt(key);
}

QString keyIdOf(const SecretBytes &codeKey)
{
    // SHA1(K_code) is public (it travels as KeyID), so no wiping is needed here.
    return encodeBase64(sha1(codeKey.view()));
}

SecretBytes activationKeyBytes(QStringView trimmedCode)
{
    static constexpr QStringView Prefix = u"Activation Key: ";
    QByteArray buf;
    buf.reserve((Prefix.size() + trimmedCode.size()) * 2);
    appendUtf16le(buf, Prefix);
    appendUtf16le(buf, trimmedCode);
    return SecretBytes::adopt(buf);
}

} // namespace groove::crypto
