#include "crypto/Identifiers.h"

#include "crypto/Crypto.h"

namespace groove::ids {

namespace {

// No 0, 1, l, o: Groove's alphabet leaves out characters that are easily misread.
constexpr char Alphabet[] = "23456789abcdefghijkmnpqrstuvwxyz";
constexpr int BitsPerChar = 5;
constexpr qsizetype IdentityChars = 32;

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    for (int v = 0; v < 32; ++v) {
        if (u == static_cast<char16_t>(Alphabet[v]))
            return v;
    }
    return -1;
}

constexpr qsizetype charsFor(qsizetype bytes)
{
    return (bytes * 8 + BitsPerChar - 1) / BitsPerChar;
}

static_assert(charsFor(GuidBytes) == GuidChars);

QLatin1StringView scheme()
{
    return QLatin1StringView(IdentityScheme);
}

} // namespace

QString encodeBase32(QByteArrayView bytes)
{
    QString out;
    out.reserve(charsFor(bytes.size()));
    quint32 acc = 0;
    int bits = 0;
    for (const char b : bytes) {
        acc = (acc << 8) | static_cast<unsigned char>(b);
        bits += 8;
        while (bits >= BitsPerChar) {
            bits -= BitsPerChar;
            out.append(QLatin1Char(Alphabet[(acc >> bits) & 0x1f]));
        }
        // Only the low 'bits' bits are still pending; dropping the rest keeps acc from overflowing.
        acc &= (1u << bits) - 1;
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(acc << (BitsPerChar - bits)) & 0x1f]));
    return out;
}

Result<QByteArray> decodeBase32(QStringView text, qsizetype expectedBytes)
{
    if (expectedBytes <= 0)
        return Error::make(ErrorKind::InvalidValue, QStringLiteral("base32: no byte count given"));
    if (text.size() != charsFor(expectedBytes))
        return Error::make(ErrorKind::WrongLength,
                           QStringLiteral("base32: %1 characters, expected %2")
                                   .arg(text.size())
                                   .arg(charsFor(expectedBytes)));
    QByteArray out;
    out.reserve(expectedBytes);
    quint32 acc = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int v = valueOf(c);
        if (v < 0)
            return Error::make(ErrorKind::InvalidValue,
                               QStringLiteral("base32: character outside the alphabet"));
        acc = (acc << BitsPerChar) | static_cast<quint32>(v);
        bits += BitsPerChar;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((acc >> bits) & 0xff));
            acc &= (1u << bits) - 1;
        }
    }
    // Padding bits must be zero so that each identifier has exactly one spelling.
    if (acc != 0)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("base32: non-zero padding bits"));
    return out;
}

Result<QString> newGuid()
{
    const Result<QByteArray> bytes = crypto::randomBytes(GuidBytes);
    if (!bytes.ok())
        return bytes.error();
    return encodeBase32(bytes.value());
}

Result<QString> newIdentityUrl()
{
    const Result<QByteArray> bytes = crypto::randomBytes(IdentityBytes);
    if (!bytes.ok())
        return bytes.error();
    return identityUrlFromBytes(bytes.value());
}

QString identityUrlFromBytes(QByteArrayView twentyBytes)
{
    // An empty string is never a valid identity URL, so a wrong-size input cannot slip through
    // as something that looks real.
    if (twentyBytes.size() != IdentityBytes)
        return {};
    return scheme() + encodeBase32(twentyBytes) + u'@';
}

bool isValidGuid(QStringView text)
{
    return decodeBase32(text, GuidBytes).ok();
}

bool isValidIdentityUrl(QStringView text)
{
    const qsizetype prefix = scheme().size();
    if (text.size() != prefix + IdentityChars + 1 || !text.startsWith(scheme())
        || !text.endsWith(u'@'))
        return false;
    return decodeBase32(text.sliced(prefix, IdentityChars), IdentityBytes).ok();
}

} // namespace groove::ids
