#include "crypto/Marc4.h"

#include <QtCore/QString>

#include <openssl/crypto.h>

#include <array>
#include <utility>

namespace groove::crypto {

namespace {

// [MS-GRVSPCM] 3.1.1: the first 256 keystream bytes are discarded (they leak key bytes).
constexpr int DroppedBytes = 256;
constexpr qsizetype MaxKeyBytes = 256;

// All of the cipher's secret state in one place so that a single cleanse wipes it.
struct Rc4State
{
    std::array<unsigned char, 256> s{};
    std::array<unsigned char, MaxKeyBytes> key{};
    unsigned char i = 0;
    unsigned char j = 0;
};

void schedule(Rc4State &st, qsizetype keyLen)
{
    for (int n = 0; n < 256; ++n)
        st.s[n] = static_cast<unsigned char>(n);
    unsigned char j = 0;
    for (int n = 0; n < 256; ++n) {
        // unsigned char arithmetic wraps modulo 256, which is exactly RC4's index arithmetic.
        j = static_cast<unsigned char>(j + st.s[n] + st.key[static_cast<size_t>(n % keyLen)]);
        std::swap(st.s[n], st.s[j]);
    }
    st.i = 0;
    st.j = 0;
}

unsigned char nextByte(Rc4State &st)
{
    st.i = static_cast<unsigned char>(st.i + 1);
    st.j = static_cast<unsigned char>(st.j + st.s[st.i]);
    std::swap(st.s[st.i], st.s[st.j]);
    return st.s[static_cast<unsigned char>(st.s[st.i] + st.s[st.j])];
}

} // namespace

Result<QByteArray> marc4(QByteArrayView key, QByteArrayView iv, QByteArrayView data)
{
    if (key.size() != iv.size())
        return Error::make(ErrorKind::WrongLength,
                           QStringLiteral("MARC4 key and IV differ in length"));
    if (key.isEmpty() || key.size() > MaxKeyBytes)
        return Error::make(ErrorKind::WrongLength,
                           QStringLiteral("MARC4 key must be 1..256 bytes"));

    Rc4State st;
    for (qsizetype n = 0; n < key.size(); ++n)
        st.key[static_cast<size_t>(n)] = static_cast<unsigned char>(key.at(n) ^ iv.at(n));
    schedule(st, key.size());
    for (int n = 0; n < DroppedBytes; ++n)
        static_cast<void>(nextByte(st));

    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0; n < data.size(); ++n)
        out[n] = static_cast<char>(static_cast<unsigned char>(data.at(n)) ^ nextByte(st));

    OPENSSL_cleanse(&st, sizeof st);
    return out;
}

} // namespace groove::crypto
