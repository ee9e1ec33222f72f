#include "crypto/Crypto.h"

#include <QtCore/QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <climits>

namespace groove::crypto {

namespace {

// OpenSSL treats a null pointer with length 0 differently from an empty buffer in a few
// places (HMAC key, for one), and an empty QByteArrayView may carry a null pointer.
const unsigned char *bytesOf(QByteArrayView v)
{
    static const unsigned char empty = 0;
    return v.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(v.constData());
}

QByteArray digest(const EVP_MD *md, QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int outLen = 0;
    // A digest failure cannot be caused by the input; an empty result never equals a real
    // digest, so every caller that compares fails closed.
    const size_t size = static_cast<size_t>(data.size());
    if (md == nullptr || EVP_Digest(bytesOf(data), size, out.data(), &outLen, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out.data()), static_cast<qsizetype>(outLen));
}

// Table for the standard alphabet; -1 = not in the alphabet (padding is handled apart).
constexpr std::array<signed char, 256> makeDecodeTable()
{
    std::array<signed char, 256> t{};
    for (auto &v : t)
        v = -1;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return t;
}

constexpr std::array<signed char, 256> DecodeTable = makeDecodeTable();

Error badBase64(const char *detail)
{
    return Error::make(ErrorKind::BadBase64, QString::fromLatin1(detail));
}

} // namespace

QByteArray sha1(QByteArrayView data)
{
    return digest(EVP_sha1(), data);
}

QByteArray sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

QByteArray hmacSha1(QByteArrayView key, QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    size_t outLen = 0;
    const unsigned char *r =
            EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA1", nullptr, bytesOf(key),
                      static_cast<size_t>(key.size()), bytesOf(data),
                      static_cast<size_t>(data.size()), out.data(), out.size(), &outLen);
    // Same fail-closed rule as digest(): an empty MAC never matches.
    if (r == nullptr)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out.data()), static_cast<qsizetype>(outLen));
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Lengths are public (MACs and digests have fixed sizes), only the content is protected.
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

Result<QByteArray> randomBytes(qsizetype count)
{
    if (count < 0)
        return Error::make(ErrorKind::InvalidValue, QStringLiteral("negative random byte count"));
    QByteArray out(count, Qt::Uninitialized);
    qsizetype done = 0;
    // RAND_bytes takes an int; larger requests are served in pieces.
    while (done < count) {
        const int chunk = static_cast<int>(qMin<qsizetype>(count - done, INT_MAX));
        if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data() + done), chunk) != 1) {
            wipe(out);
            return Error::make(ErrorKind::CryptoFailure, QStringLiteral("RAND_bytes failed"));
        }
        done += chunk;
    }
    return out;
}

Result<SecretBytes> randomSecret(qsizetype count)
{
    Result<QByteArray> r = randomBytes(count);
    if (!r.ok())
        return r.error();
    return SecretBytes::adopt(r.value());
}

Result<qint32> randomPositiveInt32()
{
    // Masking to 31 bits is uniform over 0..2^31-1; rejecting 0 keeps it uniform over 1..max.
    for (;;) {
        quint32 v = 0;
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&v), static_cast<int>(sizeof v)) != 1)
            return Error::make(ErrorKind::CryptoFailure, QStringLiteral("RAND_bytes failed"));
        v &= 0x7fffffffu;
        if (v != 0)
            return static_cast<qint32>(v);
    }
}

Result<QByteArray> decodeBase64Strict(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return QByteArray();
    if (n % 4 != 0)
        return badBase64("length is not a multiple of 4");

    qsizetype padding = 0;
    if (text.at(n - 1) == '=')
        padding = text.at(n - 2) == '=' ? 2 : 1;

    QByteArray out;
    out.reserve(n / 4 * 3);
    for (qsizetype i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        const qsizetype dataChars = last ? 4 - padding : 4;
        quint32 group = 0;
        for (qsizetype k = 0; k < 4; ++k) {
            const unsigned char c = static_cast<unsigned char>(text.at(i + k));
            if (k >= dataChars) {
                // Only the tail of the final group may be '=' (checked above); anything here
                // is the padding itself.
                continue;
            }
            const signed char v = DecodeTable[c];
            if (v < 0)
                return badBase64(c == '=' ? "padding inside the data"
                                          : "character outside the base64 alphabet");
            group |= static_cast<quint32>(v) << (18 - 6 * k);
        }
        out.append(static_cast<char>((group >> 16) & 0xff));
        if (dataChars >= 3)
            out.append(static_cast<char>((group >> 8) & 0xff));
        if (dataChars == 4)
            out.append(static_cast<char>(group & 0xff));
        // A non-canonical encoding (bits set below the last whole byte) would let two texts
        // decode to the same bytes; reject it so the text is unique.
        if (dataChars == 2 && (group & 0xffff) != 0)
            return badBase64("non-zero bits before padding");
        if (dataChars == 3 && (group & 0xff) != 0)
            return badBase64("non-zero bits before padding");
    }
    return out;
}

Result<QByteArray> decodeBase64Strict(QStringView text)
{
    QByteArray latin;
    latin.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return badBase64("character outside the base64 alphabet");
        latin.append(static_cast<char>(c.unicode()));
    }
    return decodeBase64Strict(QByteArrayView(latin));
}

QString encodeBase64(QByteArrayView data)
{
    return QString::fromLatin1(data.toByteArray().toBase64());
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace groove::crypto
