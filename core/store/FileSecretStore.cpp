#include "store/FileSecretStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QSaveFile>
#include <QtCore/QTimer>

#include <memory>
#include <utility>

#ifdef Q_OS_UNIX
#  include <sys/stat.h>
#  include <unistd.h>
#endif

namespace groove::store {

namespace {

constexpr QByteArrayView Header{ "groove-enroll insecure keys 1\n" };
constexpr QFileDevice::Permissions FolderPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions FilePermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error fileError(const QString &message, const QString &detail)
{
    Error e = Error::make(ErrorKind::Storage, detail);
    e.message = message;
    return e;
}

// A name becomes one field of a line: no separators, nothing unprintable.
bool isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

// The file's entries as read: names, and the values still base64-encoded (decoded only for the
// one entry that is read). Every value buffer is wiped when the object goes.
class FileSecretStore::Entries final
{
public:
    Entries() = default;
    Q_DISABLE_COPY_MOVE(Entries)
    ~Entries()
    {
        for (auto &entry : m_list)
            wipe(entry.second);
    }

    [[nodiscard]] qsizetype indexOf(const QString &name) const
    {
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            if (m_list.at(i).first == name)
                return i;
        }
        return -1;
    }
    [[nodiscard]] const QByteArray &encoded(qsizetype i) const { return m_list.at(i).second; }
    [[nodiscard]] bool isEmpty() const { return m_list.isEmpty(); }
    [[nodiscard]] const QList<std::pair<QString, QByteArray>> &list() const { return m_list; }

    void set(const QString &name, QByteArrayView value)
    {
        QByteArray encoded = QByteArray::fromRawData(value.data(), value.size()).toBase64();
        const qsizetype i = indexOf(name);
        if (i < 0) {
            m_list.append({ name, encoded });
        } else {
            wipe(m_list[i].second);
            m_list[i].second = encoded;
        }
        // 'encoded' and the list share one buffer, which the destructor wipes; dropping this
        // reference does not copy it.
    }
    void erase(qsizetype i)
    {
        wipe(m_list[i].second);
        m_list.removeAt(i);
    }
    void append(const QString &name, QByteArray encoded) { m_list.append({ name, encoded }); }

private:
    QList<std::pair<QString, QByteArray>> m_list;
};

FileSecretStore::FileSecretStore(QString folder, QObject *parent)
    : SecretStore(parent),
      m_folder(std::move(folder))
{
}

FileSecretStore::~FileSecretStore() = default;

QString FileSecretStore::filePath() const
{
    return QDir(m_folder).filePath(FileName);
}

QString FileSecretStore::backendName() const
{
    return QStringLiteral("plain-text file %1 (not encrypted)")
            .arg(QDir::toNativeSeparators(filePath()));
}

// Like a keyring, every operation answers later, in the order of the calls, and takes effect when
// it answers (zero-time timers keep their order).

void FileSecretStore::write(const QString &name, const SecretBytes &value, Done done)
{
    // Shared because the functor must be copyable; SecretBytes wipes itself with its last owner.
    auto held = std::make_shared<SecretBytes>(value.clone());
    QTimer::singleShot(0, this, [this, name, held, done = std::move(done)] {
        const Status s = writeNow(name, held->view());
        held->clear();
        done(s);
    });
}

void FileSecretStore::read(const QString &name, ReadDone done)
{
    QTimer::singleShot(0, this, [this, name, done = std::move(done)] { done(readNow(name)); });
}

void FileSecretStore::remove(const QString &name, Done done)
{
    QTimer::singleShot(0, this, [this, name, done = std::move(done)] { done(removeNow(name)); });
}

Status FileSecretStore::prepareFolder() const
{
    const QFileInfo info(m_folder);
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        // The parent (our data folder) may be new as well; the key folder itself is created 0700
        // at once, so it is never open to others, not even for a moment.
        if (!QDir().mkpath(parent) || !QDir().mkdir(m_folder, FolderPermissions)) {
            return fileError(tr("The folder for the key file could not be created."),
                             QStringLiteral("cannot create %1").arg(m_folder));
        }
    }
    const QFileInfo created(m_folder);
    if (!created.isDir() || created.isSymLink()) {
        return fileError(tr("The folder for the key file is not a folder."),
                         QStringLiteral("%1 is not a plain directory").arg(m_folder));
    }
#ifdef Q_OS_UNIX
    if (created.ownerId() != ::geteuid()) {
        return fileError(
                tr("The folder for the key file belongs to another user."),
                QStringLiteral("%1 is owned by uid %2").arg(m_folder).arg(created.ownerId()));
    }
#endif
    // An existing folder gets tightened: the keys in it are readable by whoever can enter it.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
    const QFileDevice::Permissions now = created.permissions();
    if (((now & others) || (now & FolderPermissions) != FolderPermissions)
        && !QFile::setPermissions(m_folder, FolderPermissions)) {
        return fileError(tr("The permissions of the key folder could not be restricted."),
                         QStringLiteral("chmod 0700 %1 failed").arg(m_folder));
    }
    return {};
}

Status FileSecretStore::load(Entries &entries) const
{
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(tr("The key file could not be read."),
                         QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    }
    QByteArray data = file.readAll();
    const auto damaged = [&](const QString &why) {
        wipe(data);
        return fileError(
                tr("The key file %1 is damaged.").arg(QDir::toNativeSeparators(filePath())),
                QStringLiteral("%1: %2").arg(file.fileName(), why));
    };
    if (file.error() != QFileDevice::NoError)
        return damaged(file.errorString());
    if (data.isEmpty())
        return {}; // nothing to rescue in it, so it must not block every later write
    if (!data.startsWith(Header))
        return damaged(QStringLiteral("no header"));
    qsizetype at = Header.size();
    while (at < data.size()) {
        const qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            return damaged(QStringLiteral("last line unterminated"));
        const QByteArrayView line = QByteArrayView(data).sliced(at, end - at);
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0)
            return damaged(QStringLiteral("malformed line"));
        const QString name = QString::fromUtf8(line.first(tab));
        if (!isValidName(name) || entries.indexOf(name) >= 0)
            return damaged(QStringLiteral("bad or repeated name"));
        entries.append(name, line.sliced(tab + 1).toByteArray());
        at = end + 1;
    }
    wipe(data);
    return {};
}

Status FileSecretStore::save(const Entries &entries) const
{
    if (entries.isEmpty()) {
        // Nothing left to keep: no file at all, rather than an empty one.
        if (QFile::exists(filePath()) && !QFile::remove(filePath())) {
            return fileError(tr("The key file could not be removed."),
                             QStringLiteral("cannot remove %1").arg(filePath()));
        }
        return {};
    }
    qsizetype size = Header.size();
    for (const auto &entry : entries.list())
        size += entry.first.toUtf8().size() + entry.second.size() + 2;
    QByteArray data;
    data.reserve(size); // one buffer, never reallocated, wiped below
    data.append(Header);
    for (const auto &entry : entries.list()) {
        data.append(entry.first.toUtf8());
        data.append('\t');
        data.append(entry.second);
        data.append('\n');
    }

    QSaveFile file(filePath());
    const auto failed = [&](const QString &why) {
        wipe(data);
        file.cancelWriting();
        return fileError(tr("The keys could not be saved in the key file %1.")
                                 .arg(QDir::toNativeSeparators(filePath())),
                         QStringLiteral("%1: %2").arg(filePath(), why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // QSaveFile creates its temporary file with the umask's permissions: restrict it before a
    // single byte of a key goes in.
    if (!file.setPermissions(FilePermissions))
        return failed(QStringLiteral("cannot restrict the permissions to 0600"));
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::fstat(file.handle(), &st) != 0 || (st.st_mode & 0077) != 0)
        return failed(QStringLiteral("the temporary file is open to others"));
#endif
    if (file.write(data) != data.size())
        return failed(file.errorString());
    wipe(data);
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Status FileSecretStore::writeNow(const QString &name, QByteArrayView value)
{
    if (!isValidName(name)) {
        return fileError(tr("The account's keys could not be saved."),
                         QStringLiteral("unusable entry name"));
    }
    if (Status s = prepareFolder(); !s)
        return s;
    QLockFile lock(QDir(m_folder).filePath(FileName + QStringLiteral(".lock")));
    if (!lock.tryLock(int(m_lockTimeout.count()))) {
        return fileError(tr("The key file is in use by another Groove Enroll."),
                         QStringLiteral("lock %1 not acquired").arg(m_folder));
    }
    Entries entries;
    if (Status s = load(entries); !s)
        return s;
    entries.set(name, value);
    return save(entries);
}

Result<SecretBytes> FileSecretStore::readNow(const QString &name)
{
    if (!QFileInfo::exists(filePath()))
        return noSuchEntryError();
    QLockFile lock(QDir(m_folder).filePath(FileName + QStringLiteral(".lock")));
    if (!lock.tryLock(int(m_lockTimeout.count()))) {
        return fileError(tr("The key file is in use by another Groove Enroll."),
                         QStringLiteral("lock %1 not acquired").arg(m_folder));
    }
    Entries entries;
    if (Status s = load(entries); !s)
        return s.error();
    const qsizetype i = entries.indexOf(name);
    if (i < 0)
        return noSuchEntryError();
    auto decoded = QByteArray::fromBase64Encoding(entries.encoded(i),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        wipe(decoded.decoded);
        return fileError(
                tr("The key file %1 is damaged.").arg(QDir::toNativeSeparators(filePath())),
                QStringLiteral("%1: bad base64 value").arg(filePath()));
    }
    return SecretBytes::adopt(decoded.decoded);
}

Status FileSecretStore::removeNow(const QString &name)
{
    if (!QFileInfo::exists(filePath()))
        return {}; // nothing to remove, and no folder to create for it
    if (Status s = prepareFolder(); !s)
        return s;
    QLockFile lock(QDir(m_folder).filePath(FileName + QStringLiteral(".lock")));
    if (!lock.tryLock(int(m_lockTimeout.count()))) {
        return fileError(tr("The key file is in use by another Groove Enroll."),
                         QStringLiteral("lock %1 not acquired").arg(m_folder));
    }
    Entries entries;
    if (Status s = load(entries); !s)
        return s;
    const qsizetype i = entries.indexOf(name);
    if (i < 0)
        return {};
    entries.erase(i);
    return save(entries);
}

} // namespace groove::store
