#include "devserver/TlsIdentity.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificateExtension>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>
#include <QtTest/QTest>

#include <optional>

using namespace groove;
using namespace groove::devserver;

namespace {

constexpr QFile::Permissions kNotForOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QVariant extensionValue(const QSslCertificate &cert, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = cert.extensions();
    for (const QSslCertificateExtension &e : extensions) {
        if (e.name() == name)
            return e.value();
    }
    return {};
}

} // namespace

class TestTlsIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsFilesOwnerOnly();
    void reusedOnSecondLoad();
    void regeneratedWhenDamaged_data();
    void regeneratedWhenDamaged();
    void newHostNamesRenewTheFiles();
    void invalidHostNameIsRefused();
    void certificatesHaveTheProfile();
    void serverCertificateVerifies_data();
    void serverCertificateVerifies();
    void spkiPinIsSha256OfSubjectPublicKeyInfo();
    void serverConfiguration();

private:
    QString freshDir() { return m_temp.filePath(QStringLiteral("tls%1").arg(++m_dirs)); }
    // A new folder holding a copy of the shared identity's files: key generation is the slow
    // part, so only the tests that must generate do.
    QString copyOfShared();

    QTemporaryDir m_temp;
    int m_dirs = 0;
    QString m_sharedDir;
    std::optional<TlsIdentity> m_shared;
};

void TestTlsIdentity::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_sharedDir = freshDir();
    Result<TlsIdentity> id =
            TlsIdentity::loadOrCreate(m_sharedDir, { QStringLiteral("gms.example.test") });
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toLogString()));
    QVERIFY(id->generated());
    m_shared = std::move(id).value();
}

QString TestTlsIdentity::copyOfShared()
{
    QString dir = freshDir();
    if (!QDir().mkpath(dir))
        return {};
    for (const char *name : { "ca.pem", "server.pem", "server.key" }) {
        const QString file = QLatin1StringView(name);
        if (!QFile::copy(QDir(m_sharedDir).filePath(file), QDir(dir).filePath(file)))
            return {};
    }
    return dir;
}

void TestTlsIdentity::createsFilesOwnerOnly()
{
    const QString dir = m_sharedDir;
    const TlsIdentity &id = *m_shared;
    QCOMPARE(id.caPath(), QDir(dir).absoluteFilePath(QStringLiteral("ca.pem")));
    for (const char *name : { "ca.pem", "server.pem", "server.key" })
        QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1StringView(name))), name);

    const QFile::Permissions key =
            QFile::permissions(QDir(dir).filePath(QStringLiteral("server.key")));
    QVERIFY(key & QFile::ReadOwner);
    QVERIFY(key & QFile::WriteOwner);
    QCOMPARE(key & kNotForOthers, QFile::Permissions());
    QCOMPARE(QFile::permissions(dir) & kNotForOthers, QFile::Permissions());
    QCOMPARE(readAll(id.caPath()), id.caPem());
    QVERIFY(id.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(readAll(QDir(dir).filePath(QStringLiteral("server.key")))
                    .startsWith("-----BEGIN PRIVATE KEY-----"));
}

void TestTlsIdentity::reusedOnSecondLoad()
{
    const Result<TlsIdentity> again =
            TlsIdentity::loadOrCreate(m_sharedDir, { QStringLiteral("gms.example.test") });
    QVERIFY(again.ok());
    QVERIFY(!again->generated());
    QCOMPARE(again->caPem(), m_shared->caPem());
    QCOMPARE(again->serverCertificate(), m_shared->serverCertificate());
    QCOMPARE(again->serverSpkiSha256(), m_shared->serverSpkiSha256());
    // Names it already covers (localhost is always there) do not renew it either.
    const Result<TlsIdentity> subset =
            TlsIdentity::loadOrCreate(m_sharedDir, { QStringLiteral("localhost") });
    QVERIFY(subset.ok());
    QVERIFY(!subset->generated());
}

void TestTlsIdentity::regeneratedWhenDamaged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: delete the file

    // Few rows: each one generates two RSA keys.
    QTest::newRow("ca garbage") << QStringLiteral("ca.pem") << QByteArray("not a certificate");
    QTest::newRow("key missing") << QStringLiteral("server.key") << QByteArray();
    QTest::newRow("cert truncated") << QStringLiteral("server.pem") << QByteArray("-----BEGIN CER");
}

void TestTlsIdentity::regeneratedWhenDamaged()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);

    const QString dir = copyOfShared();
    QVERIFY(!dir.isEmpty());
    const TlsIdentity *first = &*m_shared;
    const QString path = QDir(dir).filePath(file);
    if (content.isEmpty()) {
        QVERIFY(QFile::remove(path));
    } else {
        QVERIFY(writeAll(path, content));
    }

    const Result<TlsIdentity> second = TlsIdentity::loadOrCreate(dir);
    QVERIFY(second.ok());
    QVERIFY(second->generated());
    QVERIFY(second->caPem() != first->caPem());
    QVERIFY(second->serverSpkiSha256() != first->serverSpkiSha256());
    QCOMPARE(readAll(second->caPath()), second->caPem());
}

void TestTlsIdentity::newHostNamesRenewTheFiles()
{
    const QString dir = copyOfShared();
    QVERIFY(!dir.isEmpty());
    const QStringList names{ QStringLiteral("GMS.Example.test"),
                             QStringLiteral("other.example.test"), QStringLiteral("192.0.2.7"),
                             QStringLiteral("[2001:db8::5]") };
    const Result<TlsIdentity> renewed = TlsIdentity::loadOrCreate(dir, names);
    QVERIFY(renewed.ok());
    QVERIFY(renewed->generated());
    QVERIFY(renewed->caPem() != m_shared->caPem());
    QVERIFY(renewed->hostNames().contains(QStringLiteral("gms.example.test")));
    QVERIFY(renewed->hostNames().contains(QStringLiteral("2001:db8::5")));

    const auto san = renewed->serverCertificate().subjectAlternativeNames();
    QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("other.example.test")));
    QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("192.0.2.7")));

    const Result<TlsIdentity> again = TlsIdentity::loadOrCreate(dir, names);
    QVERIFY(again.ok());
    QVERIFY(!again->generated());
    QCOMPARE(again->caPem(), renewed->caPem());
}

void TestTlsIdentity::invalidHostNameIsRefused()
{
    const Result<TlsIdentity> id =
            TlsIdentity::loadOrCreate(freshDir(), { QStringLiteral("bad name/with,comma") });
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, ErrorKind::Usage);
}

void TestTlsIdentity::certificatesHaveTheProfile()
{
    const TlsIdentity *id = &*m_shared;
    const QSslCertificate ca = id->caCertificate();
    const QSslCertificate server = id->serverCertificate();

    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
             QStringList{ QStringLiteral("Groove Enroll devserver local CA") });
    QCOMPARE(server.issuerDisplayName(), QStringLiteral("Groove Enroll devserver local CA"));
    QCOMPARE(ca.publicKey().length(), 2048);
    QCOMPARE(server.publicKey().length(), 2048);
    QCOMPARE(server.publicKey().algorithm(), QSsl::Rsa);
    const qint64 caDays = ca.effectiveDate().daysTo(ca.expiryDate());
    const qint64 serverDays = server.effectiveDate().daysTo(server.expiryDate());
    QVERIFY2(caDays >= 3650 && caDays <= 3651, qPrintable(QString::number(caDays)));
    QVERIFY2(serverDays >= 730 && serverDays <= 731, qPrintable(QString::number(serverDays)));

    const QVariantMap caBasic = extensionValue(ca, QStringLiteral("basicConstraints")).toMap();
    QCOMPARE(caBasic.value(QStringLiteral("ca")).toBool(), true);
    const QVariantMap serverBasic =
            extensionValue(server, QStringLiteral("basicConstraints")).toMap();
    QCOMPARE(serverBasic.value(QStringLiteral("ca")).toBool(), false);
    QCOMPARE(extensionValue(ca, QStringLiteral("keyUsage")).toStringList(),
             (QStringList{ QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign") }));
    QCOMPARE(extensionValue(server, QStringLiteral("extendedKeyUsage")).toStringList(),
             QStringList{ QStringLiteral("TLS Web Server Authentication") });
    QVERIFY(server.toText().contains(QStringLiteral("sha256WithRSAEncryption")));

    const auto san = server.subjectAlternativeNames();
    QCOMPARE(san.values(QSsl::DnsEntry),
             (QStringList{ QStringLiteral("gms.example.test"), QStringLiteral("localhost") }));
    const QStringList ips = san.values(QSsl::IpAddressEntry);
    QVERIFY(ips.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(ips.contains(QStringLiteral("::1")) || ips.contains(QStringLiteral("0:0:0:0:0:0:0:1")));
}

void TestTlsIdentity::serverCertificateVerifies_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("extra name") << QStringLiteral("gms.example.test") << true;
    QTest::newRow("other name") << QStringLiteral("example.com") << false;
}

void TestTlsIdentity::serverCertificateVerifies()
{
    QFETCH(QString, host);
    QFETCH(bool, matches);

    const TlsIdentity *id = &*m_shared;
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withCa = original;
    withCa.addCaCertificates({ id->caCertificate() });
    QSslConfiguration::setDefaultConfiguration(withCa); // verify() trusts the default CAs
    const QList<QSslError> errors = QSslCertificate::verify({ id->serverCertificate() }, host);
    QSslConfiguration::setDefaultConfiguration(original);

    if (matches) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).errorString()));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).error(), QSslError::HostNameMismatch);
    }
    // Without the CA the chain does not validate.
    QVERIFY(!QSslCertificate::verify({ id->serverCertificate() }, host).isEmpty());
}

void TestTlsIdentity::spkiPinIsSha256OfSubjectPublicKeyInfo()
{
    const TlsIdentity *id = &*m_shared;
    const QByteArray pin = id->serverSpkiSha256();
    QCOMPARE(pin.size(), 32);
    // Qt 6.4's QSslKey::toDer() of a public key is the DER SubjectPublicKeyInfo, which starts
    // with the rsaEncryption AlgorithmIdentifier.
    const QByteArray spki = id->serverCertificate().publicKey().toDer();
    QVERIFY(spki.contains(QByteArray::fromHex("06092a864886f70d0101010500")));
    QCOMPARE(QCryptographicHash::hash(spki, QCryptographicHash::Sha256), pin);
    QVERIFY(QCryptographicHash::hash(id->caCertificate().publicKey().toDer(),
                                     QCryptographicHash::Sha256)
            != pin);
}

void TestTlsIdentity::serverConfiguration()
{
    const TlsIdentity *id = &*m_shared;
    const QSslConfiguration config = id->serverConfiguration();
    QCOMPARE(config.localCertificate(), id->serverCertificate());
    QVERIFY(!config.privateKey().isNull());
    QCOMPARE(config.privateKey().toDer().isEmpty(), false);
    QCOMPARE(config.protocol(), QSsl::TlsV1_2OrLater);
}

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "tst_tlsidentity.moc"
