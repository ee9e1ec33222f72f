#pragma once

#include "Result.h"
#include "SecretBytes.h"

#include <QtCore/QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace groove::crypto {

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const;
};
using PkeyPtr = std::shared_ptr<EVP_PKEY>; // shared: keys are immutable once made

// An RSA public key. On the wire: DER RSAPublicKey (PKCS#1 SEQUENCE{modulus, exponent}).
class RsaPublicKey final
{
public:
    RsaPublicKey() = default;
    [[nodiscard]] static Result<RsaPublicKey> fromDer(QByteArrayView rsaPublicKeyDer);
    [[nodiscard]] static RsaPublicKey fromHandle(PkeyPtr key)
    {
        return RsaPublicKey(std::move(key));
    }

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] QByteArray toDer() const; // RSAPublicKey DER
    [[nodiscard]] QByteArray subjectPublicKeyInfoDer() const;
    [[nodiscard]] int bits() const;

    // RSAES-PKCS1-v1_5 (fresh random padding).
    [[nodiscard]] Result<QByteArray> encrypt(QByteArrayView message) const;
    // Raw RSA (no padding) of a full-length encoded message: lets tests reproduce the vectors'
    // fixed padding string. Not for product use.
    [[nodiscard]] Result<QByteArray> encryptRawForTest(QByteArrayView encodedMessage) const;
    // GrooveSign verification (WIRE-PROFILE 5): RSASSA-PKCS1-v1_5/SHA-1 over SHA1(data).
    [[nodiscard]] Status verifyGrooveSign(QByteArrayView data, QByteArrayView signature) const;

    [[nodiscard]] EVP_PKEY *handle() const { return m_key.get(); }
    friend bool operator==(const RsaPublicKey &a, const RsaPublicKey &b)
    {
        return a.toDer() == b.toDer();
    }

private:
    explicit RsaPublicKey(PkeyPtr key) : m_key(std::move(key)) { }
    PkeyPtr m_key;
};

// An RSA private key (the account's signature and encryption keys, the domain's keys).
class RsaPrivateKey final
{
public:
    RsaPrivateKey() = default;
    [[nodiscard]] static Result<RsaPrivateKey> generate(int bits = 2048);
    // PKCS#8 PEM ("BEGIN PRIVATE KEY") or PKCS#8 DER.
    [[nodiscard]] static Result<RsaPrivateKey> fromPkcs8Pem(QByteArrayView pem);
    [[nodiscard]] static Result<RsaPrivateKey> fromPkcs8Der(QByteArrayView der);

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] SecretBytes toPkcs8Der() const;
    [[nodiscard]] SecretBytes toPkcs8Pem() const;
    [[nodiscard]] RsaPublicKey publicKey() const;

    // GrooveSign(key, data): RSASSA-PKCS1-v1_5 with SHA-1 over the 20-byte SHA1(data), raw bytes.
    [[nodiscard]] Result<QByteArray> grooveSign(QByteArrayView data) const;
    // RSAES-PKCS1-v1_5 decryption.
    [[nodiscard]] Result<SecretBytes> decrypt(QByteArrayView ciphertext) const;

    [[nodiscard]] EVP_PKEY *handle() const { return m_key.get(); }

private:
    explicit RsaPrivateKey(PkeyPtr key) : m_key(std::move(key)) { }
    PkeyPtr m_key;
};

} // namespace groove::crypto
