#include "devserver/TlsIdentity.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslSocket>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <ctime>
#include <memory>

namespace groove::devserver {

namespace {

Q_LOGGING_CATEGORY(lcTls, "groove.devserver.tls")

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

constexpr int kRsaBits = 2048;
constexpr long kCaDays = 3650;
constexpr long kServerDays = 730;
// Certificates start an hour early, so that a client whose clock is a little behind accepts them.
constexpr long kBackdateSeconds = 3600;
// Files that expire within a day are renewed at start, not in the middle of a test run.
constexpr time_t kRenewMarginSeconds = 86'400;

const QString kCaFile = QStringLiteral("ca.pem");
const QString kCertFile = QStringLiteral("server.pem");
const QString kKeyFile = QStringLiteral("server.key");

// Drains OpenSSL's error queue into one line, so that a later call does not report stale errors.
QString openSslErrors(const char *what)
{
    QString text = QLatin1StringView(what);
    while (const unsigned long e = ERR_get_error()) {
        char buf[256] = {};
        ERR_error_string_n(e, buf, sizeof buf);
        text += QLatin1StringView(": ") + QLatin1StringView(buf);
    }
    return text;
}

Error cryptoError(const char *what)
{
    return Error::make(ErrorKind::CryptoFailure, openSslErrors(what));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return size > 0 && data ? QByteArray(data, qsizetype(size)) : QByteArray();
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

int noPassword(char *, int, int, void *)
{
    return 0; // never prompt on a terminal for an encrypted key
}

X509Ptr readCertificate(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

PkeyPtr readPrivateKey(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr)
                       : nullptr);
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    return bioContents(bio.get());
}

QByteArray spkiSha256(X509 *cert)
{
    const X509_PUBKEY *spki = X509_get_X509_PUBKEY(cert);
    const int size = spki ? i2d_X509_PUBKEY(spki, nullptr) : -1;
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509_PUBKEY(spki, &out) != size)
        return {};
    return QCryptographicHash::hash(der, QCryptographicHash::Sha256);
}

PkeyPtr generateKey()
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), kRsaBits) != 1
        || EVP_PKEY_generate(ctx.get(), &raw) != 1) {
        return {};
    }
    return PkeyPtr(raw);
}

// A v3 certificate with a random positive 127-bit serial and the given subject and validity,
// without extensions and unsigned.
X509Ptr newCertificate(EVP_PKEY *key, const char *commonName, long days)
{
    X509Ptr cert(X509_new());
    unsigned char serial[16] = {};
    if (!cert || RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] = (serial[0] & 0x7f) | 0x01; // positive and never zero
    BignumPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const auto *cn = reinterpret_cast<const unsigned char *>(commonName);
    if (!bn || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kBackdateSeconds)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), int(days), 0, nullptr)
        || X509_set_pubkey(cert.get(), key) != 1
        || X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, cn, -1, -1, 0) != 1) {
        return {};
    }
    return cert;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx{};
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtensionPtr ext(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool addSubjectAltNames(X509 *cert, const QStringList &names)
{
    GeneralNamesPtr list(GENERAL_NAMES_new());
    if (!list)
        return false;
    for (const QString &name : names) {
        const QHostAddress address(name);
        GENERAL_NAME *entry = nullptr;
        if (!address.isNull()) {
            ASN1_OCTET_STRING *ip = a2i_IPADDRESS(address.toString().toLatin1().constData());
            if (!ip)
                return false;
            entry = GENERAL_NAME_new();
            if (!entry) {
                ASN1_OCTET_STRING_free(ip);
                return false;
            }
            GENERAL_NAME_set0_value(entry, GEN_IPADD, ip);
        } else {
            const QByteArray ascii = name.toLatin1();
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (!dns || ASN1_STRING_set(dns, ascii.constData(), int(ascii.size())) != 1) {
                ASN1_IA5STRING_free(dns);
                return false;
            }
            entry = GENERAL_NAME_new();
            if (!entry) {
                ASN1_IA5STRING_free(dns);
                return false;
            }
            GENERAL_NAME_set0_value(entry, GEN_DNS, dns);
        }
        if (sk_GENERAL_NAME_push(list.get(), entry) <= 0) {
            GENERAL_NAME_free(entry);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, list.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

// localhost, the loopback addresses and the caller's names: lower-case, unique, each either an
// IP address or a plausible DNS name (so that nothing odd ends up in the certificate).
Result<QStringList> normalisedHostNames(const QStringList &extra)
{
    QStringList names{ QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("::1") };
    for (const QString &raw : extra) {
        QString name = raw.trimmed().toLower();
        if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            name = name.mid(1, name.size() - 2);
        if (name.isEmpty())
            continue;
        const QHostAddress address(name);
        if (!address.isNull() && address.scopeId().isEmpty()) {
            name = address.toString();
        } else {
            const bool valid = name.size() <= 253 && !name.startsWith(QLatin1Char('.'))
                    && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                                   return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                                           || c == QLatin1Char('-') || c == QLatin1Char('.')
                                           || c == QLatin1Char('*');
                               });
            if (!valid) {
                return Error::make(ErrorKind::Usage,
                                   QStringLiteral("not a host name or IP address: %1").arg(raw));
            }
        }
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

struct Generated
{
    QByteArray caPem;
    QByteArray certPem;
    QByteArray keyPem;
};

Result<Generated> generate(const QStringList &hostNames)
{
    PkeyPtr caKey = generateKey();
    PkeyPtr serverKey = caKey ? generateKey() : PkeyPtr();
    if (!serverKey)
        return cryptoError("RSA key generation failed");

    X509Ptr ca = newCertificate(caKey.get(), TlsIdentity::caCommonName, kCaDays);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0) {
        return cryptoError("cannot make the CA certificate");
    }

    X509Ptr cert = newCertificate(serverKey.get(), "Groove Enroll devserver", kServerDays);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get())) != 1
        || !addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), ca.get(), NID_key_usage,
                         "critical,digitalSignature,keyEncipherment")
        || !addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || !addSubjectAltNames(cert.get(), hostNames)
        || X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0) {
        return cryptoError("cannot make the server certificate");
    }

    Generated g{ certificatePem(ca.get()), certificatePem(cert.get()),
                 privateKeyPem(serverKey.get()) };
    if (g.caPem.isEmpty() || g.certPem.isEmpty() || g.keyPem.isEmpty())
        return cryptoError("cannot encode the TLS identity as PEM");
    return g;
}

// Why the stored files cannot be used, or an empty string when they can.
QString unusableReason(const QByteArray &caPem, const QByteArray &certPem, const QByteArray &keyPem,
                       const QStringList &hostNames)
{
    const X509Ptr ca = readCertificate(caPem);
    const X509Ptr cert = readCertificate(certPem);
    const PkeyPtr key = readPrivateKey(keyPem);
    ERR_clear_error();
    if (!ca || !cert || !key)
        return QStringLiteral("a file does not parse");
    time_t renewBy = std::time(nullptr) + kRenewMarginSeconds;
    time_t now = std::time(nullptr);
    for (X509 *c : { ca.get(), cert.get() }) {
        if (X509_cmp_time(X509_get0_notAfter(c), &renewBy) <= 0
            || X509_cmp_time(X509_get0_notBefore(c), &now) >= 0) {
            return QStringLiteral("a certificate expired or expires within a day");
        }
    }
    if (X509_check_ca(ca.get()) < 1 || X509_check_issued(ca.get(), cert.get()) != X509_V_OK
        || X509_verify(cert.get(), X509_get0_pubkey(ca.get())) != 1
        || X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return QStringLiteral("the files do not belong together");
    }
    for (const QString &name : hostNames) {
        const QByteArray ascii = name.toLatin1();
        const bool covered = QHostAddress(name).isNull()
                ? X509_check_host(cert.get(), ascii.constData(), size_t(ascii.size()), 0, nullptr)
                        == 1
                : X509_check_ip_asc(cert.get(), ascii.constData(), 0) == 1;
        if (!covered)
            return QStringLiteral("the certificate does not cover %1").arg(name);
    }
    return {};
}

Status writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Storage, path + QLatin1StringView(": ") + file.errorString());
    // Before any byte is written, so the key is never readable by others, not even briefly.
    if (!file.setPermissions(permissions) || file.write(data) != data.size() || !file.commit())
        return Error::make(ErrorKind::Storage, path + QLatin1StringView(": ") + file.errorString());
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(1'048'576); // a PEM file is a few kilobytes; do not slurp anything huge
}

} // namespace

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &dir, const QStringList &hostNames)
{
    const Result<QStringList> names = normalisedHostNames(hostNames);
    if (!names)
        return names.error();

    const QDir folder(dir);
    if (!folder.exists()) {
        if (!QDir().mkpath(dir))
            return Error::make(ErrorKind::Storage, QStringLiteral("cannot create %1").arg(dir));
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString caPath = folder.absoluteFilePath(kCaFile);
    const QString certPath = folder.absoluteFilePath(kCertFile);
    const QString keyPath = folder.absoluteFilePath(kKeyFile);

    QByteArray caPem = readFile(caPath);
    QByteArray certPem = readFile(certPath);
    QByteArray keyPem = readFile(keyPath);
    bool generatedNow = false;
    const QString reason =
            QFile::exists(caPath) || QFile::exists(certPath) || QFile::exists(keyPath)
            ? unusableReason(caPem, certPem, keyPem, *names)
            : QStringLiteral("no files yet");
    if (!reason.isEmpty()) {
        qCInfo(lcTls) << "generating a TLS identity in" << dir << "-" << reason;
        Result<Generated> g = generate(*names);
        if (!g)
            return g.error();
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const QFile::Permissions everyone = ownerOnly | QFile::ReadGroup | QFile::ReadOther;
        // The key first: a run that stops half way leaves files that do not match, and the next
        // start renews them all.
        const struct
        {
            const QString &path;
            const QByteArray &data;
            QFile::Permissions permissions;
        } files[] = { { keyPath, g->keyPem, ownerOnly },
                      { certPath, g->certPem, everyone },
                      { caPath, g->caPem, everyone } };
        for (const auto &f : files) {
            if (const Status s = writeFile(f.path, f.data, f.permissions); !s)
                return s.error();
        }
        caPem = g->caPem;
        certPem = g->certPem;
        keyPem = g->keyPem;
        generatedNow = true;
    } else if (QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther)) {
        QFile::setPermissions(keyPath, QFile::ReadOwner | QFile::WriteOwner);
    }

    TlsIdentity identity;
    identity.m_caPath = caPath;
    identity.m_caPem = caPem;
    identity.m_ca = QSslCertificate(caPem, QSsl::Pem);
    identity.m_server = QSslCertificate(certPem, QSsl::Pem);
    identity.m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    identity.m_hostNames = *names;
    identity.m_generated = generatedNow;
    const X509Ptr cert = readCertificate(certPem);
    identity.m_spkiSha256 = cert ? spkiSha256(cert.get()) : QByteArray();
    if (identity.m_ca.isNull() || identity.m_server.isNull() || identity.m_key.isNull()
        || identity.m_spkiSha256.size() != 32) {
        return Error::make(ErrorKind::CryptoFailure,
                           openSslErrors("the TLS identity does not load into Qt"));
    }
    return identity;
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_server);
    config.setPrivateKey(m_key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace groove::devserver
