#include "diag/DiagnosticsBundle.h"

#include "Logging.h"
#include "diag/IncidentId.h"
#include "diag/LogFile.h"
#include "diag/ZipWriter.h"
#include "engine/ClientContext.h"
#include "policy/Policy.h"
#include "store/SecretStore.h"
#include "store/SecretStoreFactory.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QSysInfo>
#include <QtNetwork/QSslSocket>

#include <openssl/crypto.h>

#include <memory>

namespace groove::diag {

namespace {

// Logs can be long; the archive keeps at most this much of each file (its end, the newest).
constexpr qint64 MaxLogBytes = 4 * 1024 * 1024;

QString line(QStringView name, const QString &value)
{
    return name + QStringLiteral(": ") + (value.isEmpty() ? QStringLiteral("-") : value) + u'\n';
}

QString serverText(const QString &url)
{
    return QUrl(url)
            .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString();
}

QString readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(could not be read: %1)\n").arg(file.errorString());
    if (file.size() > MaxLogBytes)
        file.seek(file.size() - MaxLogBytes);
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString keyStoreState(const store::SecretStore *store)
{
    if (!store)
        return QStringLiteral("none");
    switch (store->kind()) {
    case store::KeyStoreKind::Keychain:
        return QStringLiteral("system keychain; a plain-text fallback is refused unless "
                              "--insecure-keystore is given");
    case store::KeyStoreKind::File:
        return QStringLiteral("plain-text key file (explicit --insecure-keystore)");
    case store::KeyStoreKind::Memory:
        return QStringLiteral("in memory only (demonstration or test)");
    }
    return QStringLiteral("unknown");
}

QString proxyText(const QString &proxyUrl)
{
    if (proxyUrl.trimmed().isEmpty())
        return QStringLiteral("none");
    QUrl url(proxyUrl.trimmed());
    if (url.host().isEmpty())
        url = QUrl(QStringLiteral("http://") + proxyUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(not a URL)");
    const QString scheme = url.scheme().isEmpty() ? QStringLiteral("http") : url.scheme();
    const int port = url.port(8080); // as engine::ClientContext reads --proxy
    return scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded) + u':'
            + QString::number(port);
}

QStringList systemPolicyKeys()
{
    const Result<policy::Policy> policy = policy::loadSystemPolicy();
    if (!policy)
        return { QStringLiteral("broken: %1").arg(policy.error().detail) };
    return policy->presentKeys();
}

QString proxyInUse(const QString &explicitProxy)
{
    if (!explicitProxy.isEmpty())
        return proxyText(explicitProxy) + QStringLiteral(" (--proxy)");
    for (const char *name :
         { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return proxyText(value) + QStringLiteral(" (") + QLatin1StringView(name) + u')';
    }
    return QStringLiteral("none (or set by the desktop's proxy settings)");
}

DiagnosticsInput collectDiagnostics(const engine::ClientContext &context, const QString &mode,
                                    const QStringList &policyKeys, const QString &logFolder)
{
    DiagnosticsInput in;
    in.mode = mode;
    in.proxy = context.options().proxy;
    // A store object only to name it: nothing is read or written.
    const std::unique_ptr<store::SecretStore> secrets(store::makeSecretStore(
            context.options().keyStore, context.options().insecureKeyFolder, nullptr));
    in.keychainProvider = secrets->backendName();
    in.keychainState = keyStoreState(secrets.get());
    in.policyKeys = policyKeys;
    if (const auto records = context.accounts()->load(); records)
        in.accounts = *records;
    else
        in.lastError = records.error();
    in.logFiles = logFilesIn(logFolder.isEmpty() ? LogFile::defaultFolder() : logFolder);
    return in;
}

DiagnosticsBundle::DiagnosticsBundle(DiagnosticsInput input, Redactor redactor)
    : m_input(std::move(input)),
      m_redactor(std::move(redactor))
{
    if (m_input.incidentId.isEmpty())
        m_input.incidentId = newIncidentId();
    if (!m_input.when.isValid())
        m_input.when = QDateTime::currentDateTimeUtc();
}

QString DiagnosticsBundle::defaultFileName() const
{
    return QStringLiteral("groove-enroll-diagnostics-%1.zip").arg(m_input.incidentId);
}

QString DiagnosticsBundle::summaryText() const
{
    // Field names stay English, so that any help desk can read any user's file.
    QString s;
    s += QStringLiteral("Groove Enroll diagnostics\n\n");
    s += line(u"Incident", m_input.incidentId);
    s += line(u"Time (UTC)", m_input.when.toUTC().toString(Qt::ISODate));
    s += line(u"Application",
              QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
    s += line(u"Mode", m_input.mode);
    s += line(u"Qt",
              QString::fromLatin1(qVersion()) + QStringLiteral(" (built with ")
                      + QLatin1StringView(QT_VERSION_STR) + u')');
    s += line(u"OpenSSL", QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
    s += line(u"Operating system",
              QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelType()
                      + u' ' + QSysInfo::kernelVersion() + u", "
                      + QSysInfo::currentCpuArchitecture());
    s += line(u"TLS backend",
              QSslSocket::activeBackend() + QStringLiteral(", ")
                      + QSslSocket::sslLibraryVersionString());
    s += line(u"Proxy", proxyInUse(m_input.proxy));
    s += line(u"Key store", m_input.keychainProvider);
    s += line(u"Key store state", m_input.keychainState);
    s += line(u"Policy keys present",
              m_input.policyKeys.isEmpty() ? QStringLiteral("none")
                                           : m_input.policyKeys.join(QStringLiteral(", ")));
    s += QStringLiteral("\nAccounts: %1\n").arg(m_input.accounts.size());
    for (const store::AccountRecord &a : m_input.accounts) {
        s += QStringLiteral("- %1\n").arg(a.accountGuid);
        s += QStringLiteral("  Kind: %1\n")
                     .arg(a.isDeviceAccount ? QStringLiteral("device account")
                                            : QStringLiteral("user account"));
        s += QStringLiteral("  Domain: %1\n").arg(a.domainName);
        s += QStringLiteral("  Server: %1\n").arg(serverText(a.serverUrl));
        s += QStringLiteral("  Enrolled (UTC): %1\n")
                     .arg(a.enrolledAt.toUTC().toString(Qt::ISODate));
        s += QStringLiteral("  Keys in: %1\n").arg(a.secretBackend);
        s += QStringLiteral("  Health: %1").arg(store::healthName(a.heartbeat.health));
        if (a.heartbeat.faultCode != 0)
            s += QStringLiteral(" (fault %1)").arg(a.heartbeat.faultCode);
        if (a.heartbeat.checkedAt.isValid())
            s += QStringLiteral(", last check %1")
                         .arg(a.heartbeat.checkedAt.toUTC().toString(Qt::ISODate));
        s += u'\n';
    }
    s += QStringLiteral("\nLast error:");
    if (!m_input.lastError) {
        s += QStringLiteral(" none\n");
    } else {
        const Error &e = *m_input.lastError;
        s += u'\n';
        s += line(u"  Kind",
                  QString::fromLatin1(kindName(e.kind)) + QStringLiteral(" (")
                          + errorClassName(e.errorClass()) + u')');
        if (e.faultCode != 0)
            s += line(u"  Fault", QString::number(e.faultCode));
        s += line(u"  Message", e.message);
        s += line(u"  Hint", e.hint);
        s += line(u"  Detail", e.detail);
    }
    return m_redactor.redact(s);
}

QList<DiagnosticsBundle::File> DiagnosticsBundle::files() const
{
    QList<File> list;
    list.append({ QStringLiteral("summary.txt"), summaryText() });
    if (!m_input.report.isEmpty())
        list.append({ QStringLiteral("report.txt"), m_redactor.redact(m_input.report) });
    for (const QString &path : m_input.logFiles) {
        // groove-enroll.log.1 -> logs/groove-enroll.1.log: every log opens as text.
        QString name = QFileInfo(path).fileName();
        const qsizetype dot = name.lastIndexOf(u'.');
        if (!name.endsWith(QStringLiteral(".log")) && dot > 0)
            name = name.left(dot).chopped(4) + name.mid(dot) + QStringLiteral(".log");
        list.append({ QStringLiteral("logs/") + name, m_redactor.redact(readLog(path)) });
    }
    return list;
}

Result<QByteArray> DiagnosticsBundle::archive() const
{
    ZipWriter zip;
    for (const File &f : files()) {
        if (Status added = zip.add(f.name, f.text.toUtf8(), m_input.when); !added)
            return added.error();
    }
    return zip.finish();
}

Status DiagnosticsBundle::save(const QString &path) const
{
    const Result<QByteArray> bytes = archive();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        Error e = Error::make(ErrorKind::Storage, file.errorString());
        e.message = QCoreApplication::translate("groove::diag::DiagnosticsBundle",
                                                "The diagnostics could not be saved to %1: %2")
                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        e.hint = QCoreApplication::translate(
                "groove::diag::DiagnosticsBundle",
                "Choose a folder you can write to, for example your Documents folder.");
        qCInfo(lcDiag).noquote() << "diagnostics not saved, incident" << m_input.incidentId << ":"
                                 << file.errorString();
        return e;
    }
    qCInfo(lcDiag).noquote() << "diagnostics saved, incident" << m_input.incidentId;
    return {};
}

} // namespace groove::diag
