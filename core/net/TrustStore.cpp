#include "net/TrustStore.h"

#include "Logging.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

namespace groove::engine {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::engine::TrustStore)
};

const QString Group = QStringLiteral("TrustedServers");
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString keyOf(const QString &host, quint16 port)
{
    const QString h = host.toLower();
    return (h.contains(u':') ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
            .arg(h)
            .arg(port);
}

// Exactly 64 hex digits, else nothing: a damaged file must not turn into a pin.
QByteArray parsePin(const QVariant &value)
{
    const QString text = value.toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(text).hasMatch())
        return {};
    return QByteArray::fromHex(text.toLatin1());
}

Error storageError(const QString &path, const QString &why)
{
    Error e = Error::make(ErrorKind::Storage,
                          QStringLiteral("trusted servers file %1: %2").arg(path, why));
    e.message = Text::tr("The list of trusted servers (%1) cannot be saved.").arg(path);
    return e;
}

} // namespace

TrustStore::TrustStore(QString filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : std::move(filePath))
{
}

QString TrustStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QStringLiteral("groove-enroll/trusted-servers.conf"));
}

QByteArray TrustStore::pinFor(const QString &host, quint16 port) const
{
    const QString key = keyOf(host, port);
    if (const auto it = m_session.constFind(key); it != m_session.cend())
        return *it;
    if (!QFileInfo::exists(m_path))
        return {};
    const QSettings settings(m_path, QSettings::IniFormat);
    const QVariant value = settings.value(Group + u'/' + key);
    if (!value.isValid())
        return {};
    const QByteArray pin = parsePin(value);
    if (pin.isEmpty())
        qCWarning(lcNet).noquote() << "ignoring a malformed pin for" << key << "in" << m_path;
    return pin;
}

QList<TrustStore::Entry> TrustStore::entries() const
{
    QHash<QString, QByteArray> pins;
    if (QFileInfo::exists(m_path)) {
        QSettings settings(m_path, QSettings::IniFormat);
        settings.beginGroup(Group);
        for (const QString &key : settings.childKeys())
            pins.insert(key, parsePin(settings.value(key)));
    }
    for (auto it = m_session.cbegin(); it != m_session.cend(); ++it)
        pins.insert(it.key(), it.value());
    QList<Entry> list;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        const qsizetype colon = it.key().lastIndexOf(u':');
        bool ok = false;
        const uint port = it.key().mid(colon + 1).toUInt(&ok);
        if (it.value().isEmpty() || colon <= 0 || !ok || port > 65535)
            continue;
        QString host = it.key().left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        list.append({ host, quint16(port), it.value() });
    }
    return list;
}

Status TrustStore::trust(const QString &host, quint16 port, const QByteArray &spkiSha256)
{
    if (spkiSha256.size() != 32)
        return Error::make(ErrorKind::Usage, QStringLiteral("a pin must be 32 bytes (SHA-256)"));
    const QString key = keyOf(host, port);
    m_session.insert(key, spkiSha256);
    qCInfo(lcNet).noquote() << "trusting the key" << spkiSha256.toHex() << "for" << key;
    return write(key, spkiSha256);
}

Status TrustStore::forget(const QString &host, quint16 port)
{
    const QString key = keyOf(host, port);
    m_session.insert(key, QByteArray()); // also hides a pin the file still has, should it stay
    return write(key, {});
}

Status TrustStore::write(const QString &key, const QByteArray &pin)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return storageError(m_path, QStringLiteral("cannot create its folder"));
    if (!info.exists()) {
        // Created empty and private first: QSettings replaces it atomically (QSaveFile), and the
        // replacement keeps the permissions of the file it replaces.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(OwnerOnly))
            return storageError(m_path, file.errorString());
    }
    {
        QSettings settings(m_path, QSettings::IniFormat);
        settings.setAtomicSyncRequired(true);
        if (pin.isEmpty())
            settings.remove(Group + u'/' + key);
        else
            settings.setValue(Group + u'/' + key, QString::fromLatin1(pin.toHex()));
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return storageError(m_path, QStringLiteral("QSettings could not write it"));
    }
    if (!QFile::setPermissions(m_path, OwnerOnly))
        return storageError(m_path, QStringLiteral("cannot make it private"));
    if (pin.isEmpty())
        m_session.remove(key);
    return {};
}

} // namespace groove::engine
