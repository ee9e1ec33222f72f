#include "crypto/DomainCertificate.h"

#include <QtCore/QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <ctime>
#include <optional>

namespace groove::crypto {

namespace {

// A domain certificate is about 1 KiB; the limits keep hostile input cheap to reject.
constexpr qsizetype MaxCertificateSize = 64 * 1024;
constexpr int MaxExtensions = 32;
constexpr int RandomSerialSize = 16;
constexpr qsizetype MaxSerialSize = 20; // RFC 5280 4.1.2.2
constexpr int ValidityYears = 100; // WIRE-PROFILE 5, 6.10

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct X509NameFree
{
    void operator()(X509_NAME *n) const { X509_NAME_free(n); }
};
struct X509ExtFree
{
    void operator()(X509_EXTENSION *e) const { X509_EXTENSION_free(e); }
};
struct ObjFree
{
    void operator()(ASN1_OBJECT *o) const { ASN1_OBJECT_free(o); }
};
struct OctetFree
{
    void operator()(ASN1_OCTET_STRING *s) const { ASN1_OCTET_STRING_free(s); }
};
struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using ObjPtr = std::unique_ptr<ASN1_OBJECT, ObjFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

Error bad(const QString &detail)
{
    ERR_clear_error();
    return Error::make(ErrorKind::BadCertificate, detail);
}

Error buildError(ErrorKind kind, const QString &detail)
{
    ERR_clear_error();
    return Error::make(kind, detail);
}

// The OIDs are made per call instead of registered as NIDs: OBJ_create touches a global table,
// and nothing outside this file needs to know them by name.
ObjPtr makeOid(const char *dotted)
{
    return ObjPtr(OBJ_txt2obj(dotted, 1));
}

QString oidText(const ASN1_OBJECT *obj)
{
    char buf[128] = {};
    const int n = OBJ_obj2txt(buf, int(sizeof buf), obj, 1);
    if (n <= 0 || n >= int(sizeof buf))
        return QStringLiteral("(unprintable OID)");
    return QString::fromLatin1(buf);
}

// Checks the outermost DER header ourselves: d2i_X509 alone cannot tell a truncated certificate
// from garbage, and silently ignores anything after the certificate.
std::optional<QString> checkOuterFrame(QByteArrayView der)
{
    const auto *d = reinterpret_cast<const unsigned char *>(der.data());
    const qsizetype size = der.size();
    if (d[0] != 0x30)
        return QStringLiteral("not a DER SEQUENCE");
    if (size < 2)
        return QStringLiteral("truncated certificate");
    quint64 length = d[1];
    qsizetype header = 2;
    if (d[1] & 0x80) {
        const int n = d[1] & 0x7f;
        if (n == 0)
            return QStringLiteral("indefinite length is not DER");
        if (n > 4)
            return QStringLiteral("certificate length field too large");
        if (size < 2 + n)
            return QStringLiteral("truncated certificate");
        length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | d[2 + i];
        if (d[2] == 0 || length < 0x80)
            return QStringLiteral("certificate length is not minimally encoded");
        header += n;
    }
    const quint64 total = quint64(header) + length;
    if (total > quint64(size))
        return QStringLiteral("truncated certificate");
    if (total < quint64(size))
        return QStringLiteral("trailing bytes after the certificate");
    return std::nullopt;
}

std::optional<QDateTime> toDateTime(const ASN1_TIME *t)
{
    if (!t)
        return std::nullopt;
    // ASN1_TIME_to_tm() alone also takes offsets and missing seconds; RFC 5280 allows neither.
    const QByteArray text(reinterpret_cast<const char *>(ASN1_STRING_get0_data(t)),
                          ASN1_STRING_length(t));
    std::tm tm = {};
    if (ASN1_TIME_set_string_X509(nullptr, text.constData()) != 1 || ASN1_TIME_to_tm(t, &tm) != 1)
        return std::nullopt;
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime time(tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // toUTC() gives Qt::UTC as the time spec on every Qt version (6.4's QTimeZone::utc() does not).
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

// RFC 5280 form (ASN1_TIME_set_string_X509 turns it into UTCTime for 1950-2049, as X.509 requires).
bool setTime(ASN1_TIME *target, const QDateTime &utc)
{
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return false;
    char buf[32] = {};
    std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02dZ", d.year(), d.month(), d.day(),
                  t.hour(), t.minute(), t.second());
    return ASN1_TIME_set_string_X509(target, buf) == 1;
}

QByteArray bnToBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

// Validates an RSA key from the certificate with the same rules as a key received on the wire.
Result<RsaPublicKey> acceptKey(EVP_PKEY *key)
{
    if (EVP_PKEY_up_ref(key) != 1)
        return buildError(ErrorKind::CryptoFailure,
                          QStringLiteral("cannot reference the subject key"));
    const RsaPublicKey borrowed = RsaPublicKey::fromHandle(PkeyPtr(key, PkeyDeleter()));
    const QByteArray der = borrowed.toDer();
    if (der.isEmpty())
        return bad(QStringLiteral("subject public key cannot be encoded as RSAPublicKey"));
    return RsaPublicKey::fromDer(der);
}

Status checkSignatureAlgorithm(const X509 *x)
{
    const X509_ALGOR *outer = nullptr;
    X509_get0_signature(nullptr, &outer, x);
    const X509_ALGOR *inner = X509_get0_tbs_sigalg(x);
    if (!outer || !inner)
        return bad(QStringLiteral("missing signature algorithm"));
    const ASN1_OBJECT *obj = nullptr;
    int paramType = V_ASN1_UNDEF;
    X509_ALGOR_get0(&obj, &paramType, nullptr, outer);
    if (OBJ_obj2nid(obj) != NID_sha1WithRSAEncryption)
        return bad(QStringLiteral("signature algorithm %1 is not sha1WithRSAEncryption")
                           .arg(oidText(obj)));
    if (paramType != V_ASN1_NULL && paramType != V_ASN1_UNDEF)
        return bad(QStringLiteral("unexpected signature algorithm parameters"));
    if (X509_ALGOR_cmp(outer, inner) != 0)
        return bad(QStringLiteral(
                "signature algorithm differs between TBSCertificate and Certificate"));
    return {};
}

// Returns the encryption key extension after checking every extension's shape.
Result<RsaPublicKey> readExtensions(const X509 *x)
{
    const ObjPtr encOid = makeOid(EncryptionKeyOid);
    if (!encOid)
        return buildError(ErrorKind::CryptoFailure, QStringLiteral("cannot create extension OID"));
    const int count = X509_get_ext_count(x);
    if (count > MaxExtensions)
        return bad(QStringLiteral("too many extensions (%1)").arg(count));
    // Non-const: OpenSSL 3.0's X509_EXTENSION getters take mutable pointers.
    X509_EXTENSION *encExt = nullptr;
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x, i);
        const ASN1_OBJECT *obj = X509_EXTENSION_get_object(ext);
        const bool isEnc = OBJ_cmp(obj, encOid.get()) == 0;
        for (int j = 0; j < i; ++j) {
            if (OBJ_cmp(obj, X509_EXTENSION_get_object(X509_get_ext(x, j))) == 0) {
                return bad(isEnc ? QStringLiteral("duplicate encryption key extension")
                                 : QStringLiteral("duplicate extension %1").arg(oidText(obj)));
            }
        }
        if (isEnc) {
            if (X509_EXTENSION_get_critical(ext))
                return bad(QStringLiteral("encryption key extension is critical"));
            encExt = ext;
        } else if (X509_EXTENSION_get_critical(ext)) {
            // We cannot honour an extension we do not understand (RFC 5280 4.2).
            return bad(QStringLiteral("unsupported critical extension %1").arg(oidText(obj)));
        }
    }
    if (!encExt)
        return bad(QStringLiteral("missing encryption key extension %1")
                           .arg(QLatin1StringView(EncryptionKeyOid)));
    const ASN1_OCTET_STRING *value = X509_EXTENSION_get_data(encExt);
    const QByteArrayView content(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                                 ASN1_STRING_length(value));
    Result<RsaPublicKey> key = RsaPublicKey::fromDer(content);
    if (!key)
        return bad(QStringLiteral("encryption key extension is not a usable RSAPublicKey: ")
                   + key.error().detail);
    return key;
}

Result<QString> readOrganization(const X509_NAME *subject)
{
    const int idx = X509_NAME_get_index_by_NID(subject, NID_organizationName, -1);
    if (idx < 0)
        return bad(QStringLiteral("subject has no organization (O)"));
    if (X509_NAME_get_index_by_NID(subject, NID_organizationName, idx) >= 0)
        return bad(QStringLiteral("subject has more than one organization (O)"));
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(subject, idx);
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (len < 0)
        return bad(QStringLiteral("organization is not a valid string"));
    const QString org = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return org;
}

bool addNameEntry(X509_NAME *name, int nid, const QByteArray &utf8)
{
    // V_ASN1_UTF8STRING (not MBSTRING_UTF8) so that the global string mask cannot change the
    // encoding: WIRE-PROFILE 6.10 fixes UTF8String.
    return X509_NAME_add_entry_by_NID(name, nid, V_ASN1_UTF8STRING,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
            == 1;
}

bool addExtension(X509 *x, const char *oid, const QByteArray &content)
{
    const ObjPtr obj = makeOid(oid);
    std::unique_ptr<ASN1_OCTET_STRING, OctetFree> value(ASN1_OCTET_STRING_new());
    if (!obj || !value
        || ASN1_OCTET_STRING_set(value.get(),
                                 reinterpret_cast<const unsigned char *>(content.constData()),
                                 int(content.size()))
                != 1)
        return false;
    std::unique_ptr<X509_EXTENSION, X509ExtFree> ext(
            X509_EXTENSION_create_by_OBJ(nullptr, obj.get(), 0, value.get()));
    return ext && X509_add_ext(x, ext.get(), -1) == 1;
}

} // namespace

Result<DomainCertificate> DomainCertificate::parse(QByteArrayView der)
{
    if (der.isEmpty())
        return bad(QStringLiteral("empty certificate"));
    if (der.size() > MaxCertificateSize)
        return bad(QStringLiteral("certificate too large"));
    if (const auto frameError = checkOuterFrame(der))
        return bad(*frameError);

    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *p = begin;
    X509Ptr x(d2i_X509(nullptr, &p, long(der.size())));
    if (!x)
        return bad(QStringLiteral("not a DER X.509 certificate"));
    if (p != begin + der.size())
        return bad(QStringLiteral("trailing bytes after the certificate"));
    if (X509_get_version(x.get()) != X509_VERSION_3)
        return bad(QStringLiteral("not an X.509 v3 certificate"));
    if (const Status s = checkSignatureAlgorithm(x.get()); !s)
        return s.error();

    EVP_PKEY *subjectKey = X509_get0_pubkey(x.get());
    if (!subjectKey)
        return bad(QStringLiteral("subject public key cannot be decoded"));
    if (!EVP_PKEY_is_a(subjectKey, "RSA"))
        return bad(QStringLiteral("subject public key is not RSA"));
    Result<RsaPublicKey> signingKey = acceptKey(subjectKey);
    if (!signingKey)
        return bad(QStringLiteral("subject public key: ") + signingKey.error().detail);
    if (const int bits = signingKey->bits(); bits < MinDomainKeyBits)
        return bad(QStringLiteral("subject public key: RSA key of %1 bits, at least %2 required")
                           .arg(bits)
                           .arg(MinDomainKeyBits));

    if (X509_NAME_cmp(X509_get_issuer_name(x.get()), X509_get_subject_name(x.get())) != 0)
        return bad(QStringLiteral("issuer differs from subject (not self-signed)"));
    Result<QString> organization = readOrganization(X509_get_subject_name(x.get()));
    if (!organization)
        return organization.error();

    Result<RsaPublicKey> encryptionKey = readExtensions(x.get());
    if (!encryptionKey)
        return encryptionKey.error();
    if (const int bits = encryptionKey->bits(); bits < MinDomainKeyBits)
        return bad(QStringLiteral("encryption key extension: RSA key of %1 bits, at least %2 "
                                  "required")
                           .arg(bits)
                           .arg(MinDomainKeyBits));

    BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x.get()), nullptr));
    if (!serial)
        return bad(QStringLiteral("unreadable serial number"));
    if (BN_is_negative(serial.get()))
        return bad(QStringLiteral("negative serial number"));

    const std::optional<QDateTime> notBefore = toDateTime(X509_get0_notBefore(x.get()));
    const std::optional<QDateTime> notAfter = toDateTime(X509_get0_notAfter(x.get()));
    if (!notBefore || !notAfter)
        return bad(QStringLiteral("invalid validity time"));
    if (*notAfter < *notBefore)
        return bad(QStringLiteral("validity ends before it begins"));

    // Last, so that the structural details above are reported even for a certificate whose
    // signature a mutation has also broken.
    if (X509_verify(x.get(), subjectKey) != 1)
        return bad(QStringLiteral("self-signature does not verify"));

    DomainCertificate cert;
    cert.m_der = der.toByteArray();
    cert.m_signingKey = std::move(*signingKey);
    cert.m_encryptionKey = std::move(*encryptionKey);
    cert.m_organization = std::move(*organization);
    cert.m_serial = bnToBytes(serial.get());
    cert.m_notBefore = *notBefore;
    cert.m_notAfter = *notAfter;
    ERR_clear_error();
    return cert;
}

Result<DomainCertificate> DomainCertificate::build(const BuildParams &params)
{
    if (params.signingKey.isNull())
        return buildError(ErrorKind::BadKey, QStringLiteral("no signing key"));
    if (params.encryptionKey.isNull())
        return buildError(ErrorKind::BadKey, QStringLiteral("no encryption key"));
    // The keys must pass the rules every receiver applies, or the certificate would be useless.
    if (const Result<RsaPublicKey> k = RsaPublicKey::fromDer(params.signingKey.publicKey().toDer());
        !k)
        return buildError(ErrorKind::BadKey, QStringLiteral("signing key: ") + k.error().detail);
    if (const Result<RsaPublicKey> k = RsaPublicKey::fromDer(params.encryptionKey.toDer()); !k)
        return buildError(ErrorKind::BadKey, QStringLiteral("encryption key: ") + k.error().detail);
    if (params.signingKey.publicKey().bits() < MinDomainKeyBits
        || params.encryptionKey.bits() < MinDomainKeyBits)
        return buildError(
                ErrorKind::BadKey,
                QStringLiteral("domain keys need at least %1 bits").arg(MinDomainKeyBits));
    if (params.name.isEmpty())
        return buildError(ErrorKind::InvalidValue, QStringLiteral("empty domain name"));
    if (!params.notBefore.isValid())
        return buildError(ErrorKind::InvalidValue, QStringLiteral("invalid notBefore"));

    QByteArray serial = params.serial;
    if (serial.isEmpty()) {
        serial.resize(RandomSerialSize);
        if (RAND_bytes(reinterpret_cast<unsigned char *>(serial.data()), RandomSerialSize) != 1)
            return buildError(ErrorKind::CryptoFailure,
                              QStringLiteral("no random bytes for the serial"));
        serial[0] = char(serial[0] & 0x7f); // a DER INTEGER without a sign byte
    }
    if (serial.size() > MaxSerialSize)
        return buildError(ErrorKind::InvalidValue, QStringLiteral("serial longer than 20 bytes"));
    BnPtr serialBn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()),
                             int(serial.size()), nullptr));
    if (!serialBn)
        return buildError(ErrorKind::CryptoFailure, QStringLiteral("cannot convert the serial"));
    if (BN_is_zero(serialBn.get()))
        return buildError(ErrorKind::InvalidValue, QStringLiteral("serial must be positive"));

    // Sub-second precision cannot be expressed in the certificate's time fields.
    const QDateTime notBefore = params.notBefore.toUTC();
    const QDateTime notAfter = notBefore.addYears(ValidityYears);

    X509Ptr x(X509_new());
    std::unique_ptr<X509_NAME, X509NameFree> name(X509_NAME_new());
    if (!x || !name)
        return buildError(ErrorKind::CryptoFailure, QStringLiteral("out of memory"));
    const QByteArray nameUtf8 = params.name.toUtf8();
    if (X509_set_version(x.get(), X509_VERSION_3) != 1
        || !BN_to_ASN1_INTEGER(serialBn.get(), X509_get_serialNumber(x.get()))
        || !addNameEntry(name.get(), NID_organizationName, nameUtf8)
        || !addNameEntry(name.get(), NID_organizationalUnitName, nameUtf8)
        || X509_set_issuer_name(x.get(), name.get()) != 1
        || X509_set_subject_name(x.get(), name.get()) != 1)
        return buildError(ErrorKind::CryptoFailure,
                          QStringLiteral("cannot fill in the certificate"));
    if (!setTime(X509_getm_notBefore(x.get()), notBefore)
        || !setTime(X509_getm_notAfter(x.get()), notAfter))
        return buildError(ErrorKind::InvalidValue,
                          QStringLiteral("validity outside years 1..9999"));
    // WIRE-PROFILE 5: .1.1.2 and .1.1.3 carry UTF-16LE "RSA" as raw extnValue content.
    static const QByteArray utf16Rsa = QByteArray::fromHex("520053004100");
    if (X509_set_pubkey(x.get(), params.signingKey.handle()) != 1
        || !addExtension(x.get(), EncryptionKeyOid, params.encryptionKey.toDer())
        || !addExtension(x.get(), SigningAlgoOid, utf16Rsa)
        || !addExtension(x.get(), EncryptionAlgoOid, utf16Rsa))
        return buildError(ErrorKind::CryptoFailure, QStringLiteral("cannot add the key material"));
    if (X509_sign(x.get(), params.signingKey.handle(), EVP_sha1()) <= 0)
        return buildError(ErrorKind::CryptoFailure, QStringLiteral("cannot sign the certificate"));

    unsigned char *out = nullptr;
    const int len = i2d_X509(x.get(), &out);
    if (len <= 0)
        return buildError(ErrorKind::CryptoFailure,
                          QStringLiteral("cannot encode the certificate"));
    const QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    // Parsing what we made gives the same field values a receiver will see.
    return parse(der);
}

} // namespace groove::crypto
