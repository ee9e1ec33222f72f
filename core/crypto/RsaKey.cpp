#include "crypto/RsaKey.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <climits>

namespace groove::crypto {

namespace {

// Below 1024 bits a key is trivially breakable; above 16384 a hostile peer could make every
// verification cost seconds.
constexpr int MinKeyBits = 1024;
constexpr int MaxKeyBits = 16384;
constexpr int Sha1Size = 20;
constexpr unsigned char DerInteger = 0x02;
constexpr unsigned char DerSequence = 0x30;

// The deleter converts to the free function's pointer and is called through it.
template<typename T, auto FreeFn>
using OsslPtr = std::unique_ptr<T, std::integral_constant<decltype(FreeFn), FreeFn>>;
using PkeyCtxPtr = OsslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtxPtr = OsslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using BnPtr = OsslPtr<BIGNUM, BN_free>;

// OpenSSL keeps a per-thread error queue; failures we turn into values must not leave entries
// behind for unrelated code to trip over.
Error fail(ErrorKind kind, const QString &detail)
{
    ERR_clear_error();
    return Error::make(kind, detail);
}

const unsigned char *bytesOf(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

bool rsaParams(EVP_PKEY *key, BnPtr &n, BnPtr &e)
{
    BIGNUM *rawN = nullptr;
    BIGNUM *rawE = nullptr;
    const bool gotN = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &rawN) == 1;
    const bool gotE = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &rawE) == 1;
    n.reset(rawN);
    e.reset(rawE);
    return gotN && gotE;
}

// A public-only key object: a public key handed around never carries a private exponent with it.
PkeyPtr makePublicKey(const BIGNUM *n, const BIGNUM *e)
{
    OsslPtr<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free> bld(OSSL_PARAM_BLD_new());
    if (!bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e) != 1)
        return {};
    OsslPtr<OSSL_PARAM, OSSL_PARAM_free> params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return PkeyPtr(raw, PkeyDeleter());
}

// The same acceptance rules for every RSA key we are handed, public or private.
Status checkRsaKey(EVP_PKEY *key)
{
    if (!EVP_PKEY_is_a(key, "RSA"))
        return fail(ErrorKind::BadKey, QStringLiteral("not an RSA key"));
    if (const int bits = EVP_PKEY_get_bits(key); bits < MinKeyBits || bits > MaxKeyBits)
        return fail(ErrorKind::BadKey,
                    QStringLiteral("RSA key too %1 (%2 bits)")
                            .arg(QLatin1StringView(bits < MinKeyBits ? "small" : "large"))
                            .arg(bits));
    BnPtr n;
    BnPtr e;
    if (!rsaParams(key, n, e))
        return fail(ErrorKind::BadKey, QStringLiteral("RSA key parameters unavailable"));
    if (BN_is_negative(n.get()) || !BN_is_odd(n.get()))
        return fail(ErrorKind::BadKey, QStringLiteral("RSA modulus is not a positive odd number"));
    if (BN_is_negative(e.get()) || !BN_is_odd(e.get()) || BN_is_one(e.get()))
        return fail(ErrorKind::BadKey, QStringLiteral("RSA public exponent is even or 1"));
    if (BN_cmp(e.get(), n.get()) >= 0)
        return fail(ErrorKind::BadKey, QStringLiteral("RSA public exponent not below the modulus"));
    return {};
}

Result<QByteArray> sha1Digest(QByteArrayView data)
{
    QByteArray out(Sha1Size, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &len, EVP_sha1(), nullptr)
                != 1
        || len != Sha1Size)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("SHA-1 failed"));
    return out;
}

// RSA public-key operation with the given padding; the output is as long as the modulus.
Result<QByteArray> publicOperation(EVP_PKEY *key, int padding, QByteArrayView input)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding) != 1)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("RSA encryption setup failed"));
    QByteArray out(EVP_PKEY_get_size(key), Qt::Uninitialized);
    size_t outLen = size_t(out.size());
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen,
                         bytesOf(input), size_t(input.size()))
        != 1)
        return fail(ErrorKind::InvalidValue, QStringLiteral("RSA encryption failed"));
    out.resize(qsizetype(outLen));
    return out;
}

// PKCS#1 v1.5 signature context over SHA-1 (GrooveSign's inner hash).
MdCtxPtr grooveSignContext(EVP_PKEY *key, bool sign)
{
    MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by md
    const int rc = !md ? 0
            : sign
            ? EVP_DigestSignInit_ex(md.get(), &pctx, "SHA1", nullptr, nullptr, key, nullptr)
            : EVP_DigestVerifyInit_ex(md.get(), &pctx, "SHA1", nullptr, nullptr, key, nullptr);
    if (rc != 1 || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return {};
    return md;
}

SecretBytes encodePrivateKey(EVP_PKEY *key, const char *format)
{
    OsslPtr<OSSL_ENCODER_CTX, OSSL_ENCODER_CTX_free> ctx(OSSL_ENCODER_CTX_new_for_pkey(
            key, EVP_PKEY_KEYPAIR, format, "PrivateKeyInfo", nullptr));
    unsigned char *out = nullptr;
    size_t len = 0;
    const bool ok = ctx && OSSL_ENCODER_CTX_get_num_encoders(ctx.get()) > 0
            && OSSL_ENCODER_to_data(ctx.get(), &out, &len) == 1;
    SecretBytes result = ok
            ? SecretBytes(QByteArrayView(reinterpret_cast<const char *>(out), qsizetype(len)))
            : SecretBytes();
    OPENSSL_clear_free(out, len);
    ERR_clear_error();
    return result;
}

// ---- DER RSAPublicKey, by hand: OSSL_DECODER also accepts SubjectPublicKeyInfo and non-minimal
// encodings, cannot say what was wrong, and costs 0.5 ms per key (certificate parsing, fuzzing).

struct DerItem
{
    unsigned char tag = 0;
    QByteArrayView content;
    qsizetype end = 0; // offset just past the item
};

Error notRsaPublicKey(const QString &why)
{
    return fail(ErrorKind::BadKey, QStringLiteral("not a DER RSAPublicKey: ") + why);
}

// One definite-length, minimally encoded TLV with a single-byte tag at 'pos'.
Result<DerItem> readDerItem(QByteArrayView der, qsizetype pos)
{
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(der[i]); };
    if (der.size() - pos < 2)
        return notRsaPublicKey(QStringLiteral("truncated"));
    DerItem item;
    item.tag = byteAt(pos);
    qsizetype cursor = pos + 1;
    quint64 length = byteAt(cursor++);
    if (length & 0x80) {
        const int count = int(length & 0x7f);
        if (count == 0 || count > 4)
            return notRsaPublicKey(QStringLiteral("indefinite or oversized length"));
        if (der.size() - cursor < count)
            return notRsaPublicKey(QStringLiteral("truncated"));
        if (byteAt(cursor) == 0)
            return notRsaPublicKey(QStringLiteral("length not minimally encoded"));
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byteAt(cursor++);
        if (length < 0x80)
            return notRsaPublicKey(QStringLiteral("length not minimally encoded"));
    }
    if (length > quint64(der.size() - cursor))
        return notRsaPublicKey(QStringLiteral("truncated"));
    item.content = der.sliced(cursor, qsizetype(length));
    item.end = cursor + qsizetype(length);
    return item;
}

// A positive INTEGER's magnitude (sign byte removed); '*pos' moves past it.
Result<BnPtr> readPositiveInteger(QByteArrayView der, qsizetype *pos, const QString &what)
{
    const Result<DerItem> item = readDerItem(der, *pos);
    if (!item)
        return item.error();
    if (item->tag != DerInteger)
        return notRsaPublicKey(what + QStringLiteral(" is not an INTEGER"));
    QByteArrayView c = item->content;
    if (c.isEmpty())
        return notRsaPublicKey(what + QStringLiteral(" is empty"));
    const auto b0 = static_cast<unsigned char>(c[0]);
    if (b0 & 0x80)
        return notRsaPublicKey(what + QStringLiteral(" is negative"));
    if (c.size() > 1 && b0 == 0 && !(static_cast<unsigned char>(c[1]) & 0x80))
        return notRsaPublicKey(what + QStringLiteral(" is not minimally encoded"));
    *pos = item->end;
    BnPtr bn(BN_bin2bn(bytesOf(c), int(c.size()), nullptr));
    if (!bn)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("out of memory"));
    return Result<BnPtr>(std::move(bn));
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (qsizetype v = length; v > 0; v >>= 8)
        bytes.prepend(char(v & 0xff));
    return QByteArray(1, char(0x80 | bytes.size())) + bytes;
}

QByteArray derUnsignedInteger(const BIGNUM *bn)
{
    QByteArray magnitude(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(magnitude.data()));
    // A leading zero byte keeps the value positive (and encodes zero itself).
    if (magnitude.isEmpty() || (static_cast<unsigned char>(magnitude[0]) & 0x80))
        magnitude.prepend('\0');
    return QByteArray(1, char(DerInteger)) + derLength(magnitude.size()) + magnitude;
}

} // namespace

void PkeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

// ---- RsaPublicKey ----------------------------------------------------------------------------

Result<RsaPublicKey> RsaPublicKey::fromDer(QByteArrayView der)
{
    if (der.isEmpty())
        return fail(ErrorKind::BadKey, QStringLiteral("empty RSA public key"));
    const Result<DerItem> seq = readDerItem(der, 0);
    if (!seq)
        return seq.error();
    if (seq->tag != DerSequence)
        return notRsaPublicKey(QStringLiteral("not a SEQUENCE"));
    if (seq->end != der.size())
        return fail(ErrorKind::BadKey, QStringLiteral("trailing bytes after the RSAPublicKey"));
    const QByteArrayView body = seq->content;
    if (!body.isEmpty() && static_cast<unsigned char>(body[0]) == DerSequence)
        return fail(ErrorKind::BadKey,
                    QStringLiteral("SubjectPublicKeyInfo given, RSAPublicKey expected"));
    qsizetype pos = 0;
    const Result<BnPtr> n = readPositiveInteger(body, &pos, QStringLiteral("modulus"));
    if (!n)
        return n.error();
    if (pos == body.size())
        return notRsaPublicKey(QStringLiteral("public exponent missing"));
    const Result<BnPtr> e = readPositiveInteger(body, &pos, QStringLiteral("public exponent"));
    if (!e)
        return e.error();
    if (pos != body.size())
        return notRsaPublicKey(QStringLiteral("extra data after the public exponent"));
    PkeyPtr key = makePublicKey(n->get(), e->get());
    if (!key)
        return fail(ErrorKind::BadKey, QStringLiteral("RSA public key rejected by OpenSSL"));
    if (const Status s = checkRsaKey(key.get()); !s)
        return s.error();
    return RsaPublicKey(std::move(key));
}

QByteArray RsaPublicKey::toDer() const
{
    BnPtr n;
    BnPtr e;
    if (!m_key || !rsaParams(m_key.get(), n, e)) {
        ERR_clear_error();
        return {};
    }
    const QByteArray content = derUnsignedInteger(n.get()) + derUnsignedInteger(e.get());
    return QByteArray(1, char(DerSequence)) + derLength(content.size()) + content;
}

QByteArray RsaPublicKey::subjectPublicKeyInfoDer() const
{
    unsigned char *out = nullptr;
    const int len = m_key ? i2d_PUBKEY(m_key.get(), &out) : 0;
    const QByteArray der(len > 0 ? reinterpret_cast<const char *>(out) : nullptr, qMax(len, 0));
    OPENSSL_free(out);
    ERR_clear_error();
    return der;
}

int RsaPublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

Result<QByteArray> RsaPublicKey::encrypt(QByteArrayView message) const
{
    if (!m_key)
        return fail(ErrorKind::BadKey, QStringLiteral("no RSA public key"));
    // RSAES-PKCS1-v1_5 needs 11 bytes of overhead (00 02, at least 8 padding bytes, 00).
    if (message.size() > EVP_PKEY_get_size(m_key.get()) - 11)
        return fail(ErrorKind::InvalidValue, QStringLiteral("message too long for the key"));
    return publicOperation(m_key.get(), RSA_PKCS1_PADDING, message);
}

Result<QByteArray> RsaPublicKey::encryptRawForTest(QByteArrayView encodedMessage) const
{
    if (!m_key)
        return fail(ErrorKind::BadKey, QStringLiteral("no RSA public key"));
    if (encodedMessage.size() != EVP_PKEY_get_size(m_key.get()))
        return fail(ErrorKind::WrongLength, QStringLiteral("encoded message length != key size"));
    return publicOperation(m_key.get(), RSA_NO_PADDING, encodedMessage);
}

Status RsaPublicKey::verifyGrooveSign(QByteArrayView data, QByteArrayView signature) const
{
    if (!m_key)
        return fail(ErrorKind::BadKey, QStringLiteral("no RSA public key"));
    if (signature.size() != EVP_PKEY_get_size(m_key.get()))
        return fail(ErrorKind::BadSignature, QStringLiteral("signature length != key size"));
    // GrooveSign signs the 20-byte SHA1(data) as its message (WIRE-PROFILE 5), so SHA-1 is
    // applied twice in total: once here, once inside the signature scheme.
    const Result<QByteArray> h1 = sha1Digest(data);
    if (!h1)
        return h1.error();
    const MdCtxPtr md = grooveSignContext(m_key.get(), false);
    if (!md)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("verification setup failed"));
    if (EVP_DigestVerify(md.get(), bytesOf(signature), size_t(signature.size()), bytesOf(*h1),
                         size_t(h1->size()))
        != 1)
        return fail(ErrorKind::BadSignature, QStringLiteral("GrooveSign does not verify"));
    return {};
}

// ---- RsaPrivateKey ---------------------------------------------------------------------------

Result<RsaPrivateKey> RsaPrivateKey::generate(int bits)
{
    if (bits < MinKeyBits || bits > MaxKeyBits)
        return fail(ErrorKind::InvalidValue,
                    QStringLiteral("unsupported RSA key size %1").arg(bits));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    BnPtr e(BN_new());
    if (!ctx || !e || EVP_PKEY_keygen_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1
        || BN_set_word(e.get(), RSA_F4) != 1
        || EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx.get(), e.get()) != 1)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("RSA key generation setup failed"));
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &raw) != 1 || !raw)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("RSA key generation failed"));
    return RsaPrivateKey(PkeyPtr(raw, PkeyDeleter()));
}

Result<RsaPrivateKey> RsaPrivateKey::fromPkcs8Pem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > INT_MAX) // BIO_new_mem_buf() refuses empty input
        return fail(ErrorKind::BadKey,
                    QStringLiteral("not a PEM private key (empty or too large)"));
    OsslPtr<BIO, BIO_free> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("cannot read private key"));
    char *name = nullptr;
    char *header = nullptr;
    unsigned char *data = nullptr;
    long len = 0;
    if (PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1)
        return fail(ErrorKind::BadKey, QStringLiteral("not a PEM private key"));
    // Only the unencrypted PKCS#8 label: we never prompt for a pass phrase, and "RSA PRIVATE KEY"
    // (PKCS#1) is not the storage format we write.
    const QByteArray label(name);
    Result<RsaPrivateKey> result =
            fail(ErrorKind::BadKey,
                 QStringLiteral("unexpected PEM label \"%1\"").arg(QString::fromLatin1(label)));
    if (label == "ENCRYPTED PRIVATE KEY" || (header && header[0] != '\0'))
        result =
                fail(ErrorKind::BadKey, QStringLiteral("encrypted private keys are not supported"));
    else if (label == "PRIVATE KEY")
        result = fromPkcs8Der(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(len)));
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_clear_free(data, size_t(len));
    return result;
}

Result<RsaPrivateKey> RsaPrivateKey::fromPkcs8Der(QByteArrayView der)
{
    const unsigned char *p = bytesOf(der);
    OsslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free> p8(
            d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der.size())));
    if (!p8)
        return fail(ErrorKind::BadKey, QStringLiteral("not an unencrypted PKCS#8 PrivateKeyInfo"));
    if (p != bytesOf(der) + der.size())
        return fail(ErrorKind::BadKey, QStringLiteral("trailing bytes after the private key"));
    PkeyPtr key(EVP_PKCS82PKEY_ex(p8.get(), nullptr, nullptr), PkeyDeleter());
    if (!key)
        return fail(ErrorKind::BadKey, QStringLiteral("PKCS#8 private key cannot be decoded"));
    if (const Status s = checkRsaKey(key.get()); !s)
        return s.error();
    return RsaPrivateKey(std::move(key));
}

SecretBytes RsaPrivateKey::toPkcs8Der() const
{
    return m_key ? encodePrivateKey(m_key.get(), "DER") : SecretBytes();
}

SecretBytes RsaPrivateKey::toPkcs8Pem() const
{
    return m_key ? encodePrivateKey(m_key.get(), "PEM") : SecretBytes();
}

RsaPublicKey RsaPrivateKey::publicKey() const
{
    BnPtr n;
    BnPtr e;
    if (!m_key || !rsaParams(m_key.get(), n, e)) {
        ERR_clear_error();
        return {};
    }
    PkeyPtr key = makePublicKey(n.get(), e.get());
    ERR_clear_error();
    return key ? RsaPublicKey::fromHandle(std::move(key)) : RsaPublicKey();
}

Result<QByteArray> RsaPrivateKey::grooveSign(QByteArrayView data) const
{
    if (!m_key)
        return fail(ErrorKind::BadKey, QStringLiteral("no RSA private key"));
    const Result<QByteArray> h1 = sha1Digest(data); // see verifyGrooveSign
    if (!h1)
        return h1.error();
    const MdCtxPtr md = grooveSignContext(m_key.get(), true);
    if (!md)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("signing setup failed"));
    QByteArray sig(EVP_PKEY_get_size(m_key.get()), Qt::Uninitialized);
    size_t sigLen = size_t(sig.size());
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(sig.data()), &sigLen,
                       bytesOf(*h1), size_t(h1->size()))
        != 1)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("signing failed"));
    sig.resize(qsizetype(sigLen));
    return sig;
}

Result<SecretBytes> RsaPrivateKey::decrypt(QByteArrayView ciphertext) const
{
    if (!m_key)
        return fail(ErrorKind::BadKey, QStringLiteral("no RSA private key"));
    const int k = EVP_PKEY_get_size(m_key.get());
    if (ciphertext.size() != k)
        return fail(ErrorKind::BadKey, QStringLiteral("ciphertext length does not match the key"));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return fail(ErrorKind::CryptoFailure, QStringLiteral("RSA decryption setup failed"));
    // OpenSSL 3.2+ answers bad padding with a pseudo-random message (implicit rejection) instead
    // of an error; callers check the length they expect, which gives the same outcome without
    // a padding oracle.
    QByteArray buffer(k, '\0');
    size_t outLen = size_t(k);
    const bool ok = EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(buffer.data()),
                                     &outLen, bytesOf(ciphertext), size_t(ciphertext.size()))
            == 1;
    Result<SecretBytes> result = fail(ErrorKind::BadKey, QStringLiteral("RSA decryption failed"));
    if (ok)
        result = SecretBytes(QByteArrayView(buffer).first(qsizetype(outLen)));
    OPENSSL_cleanse(buffer.data(), size_t(buffer.size()));
    return result;
}

} // namespace groove::crypto
