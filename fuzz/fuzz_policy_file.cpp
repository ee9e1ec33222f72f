// libFuzzer target: the managed-device policy file (CLI-CONTRACT, group [Managed]) through
// engine::ManagedSettings::fromFile, which reads a path: each input is written to a file of its
// own. Besides never crashing: what it accepts satisfies the documented rules, and written back
// as a policy file it reads back to the same settings.
#include "crypto/Identifiers.h"
#include "engine/EnrollmentTypes.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace groove;
using engine::ManagedSettings;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// A fresh name each time: QSettings caches parsed files by name, and a rewritten file of the
// same size within the same timestamp tick could be served from that cache.
QString nextPath()
{
    static const QString dir = QDir::tempPath();
    static qint64 n = 0;
    return QStringLiteral("%1/fuzz_policy_%2_%3.ini")
            .arg(dir)
            .arg(QCoreApplication::applicationPid())
            .arg(++n);
}

Result<ManagedSettings> readFrom(QByteArrayView bytes)
{
    const QString path = nextPath();
    {
        QFile f(path);
        require(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(f.write(bytes.constData(), bytes.size()) == bytes.size());
    }
    Result<ManagedSettings> s = ManagedSettings::fromFile(path);
    QFile::remove(path);
    return s;
}

QByteArray writeBack(const ManagedSettings &s)
{
    const QString path = nextPath();
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("Managed"));
        ini.setValue(QStringLiteral("ServerURL"), s.serverUrl.toString(QUrl::FullyEncoded));
        ini.setValue(QStringLiteral("DeviceDomainGUID"), s.deviceDomainGuid);
        ini.setValue(QStringLiteral("DeviceDomainCertificate"),
                     QString::fromLatin1(s.deviceDomainCertificate.toBase64()));
        if (!s.authenticatedUrl.isEmpty())
            ini.setValue(QStringLiteral("AuthenticatedServerURL"),
                         s.authenticatedUrl.toString(QUrl::FullyEncoded));
        if (!s.loginName.isEmpty())
            ini.setValue(QStringLiteral("LoginName"), s.loginName);
        ini.endGroup();
        ini.sync();
        require(ini.status() == QSettings::NoError);
    }
    QFile f(path);
    require(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    QFile::remove(path);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSettings' INI codec and QCoreApplication::translate want an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ManagedSettings> s = readFrom(input);
    if (!s) {
        require(s.error().kind == ErrorKind::Usage);
        return 0;
    }
    require(s->serverUrl.isValid()
            && (s->serverUrl.scheme() == u"http" || s->serverUrl.scheme() == u"https"));
    require(ids::isValidGuid(s->deviceDomainGuid));
    require(!s->deviceDomainCertificate.isEmpty());
    require(s->authenticatedUrl.isEmpty() || s->authenticatedUrl.scheme() == u"https");
    require(s->loginName == s->loginName.trimmed());

    const Result<ManagedSettings> again = readFrom(writeBack(*s));
    require(again.ok());
    require(again->serverUrl == s->serverUrl && again->deviceDomainGuid == s->deviceDomainGuid
            && again->deviceDomainCertificate == s->deviceDomainCertificate
            && again->authenticatedUrl == s->authenticatedUrl && again->loginName == s->loginName);
    return 0;
}
