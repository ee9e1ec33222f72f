#include "store/AccountDocument.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QStorageInfo>

#ifdef Q_OS_UNIX
#  include <cerrno>
#  include <cstdlib>
#  include <cstring>
#  include <unistd.h>
#endif

namespace groove::store::detail {

namespace {

constexpr int FormatVersion = 1;
// Far above any real file (a few KiB an account); a bigger one is not ours.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

namespace key {
constexpr QLatin1StringView version{ "version" };
constexpr QLatin1StringView deviceGuid{ "deviceGuid" };
constexpr QLatin1StringView accounts{ "accounts" };
constexpr QLatin1StringView pending{ "pending" };
constexpr QLatin1StringView accountGuid{ "accountGuid" };
constexpr QLatin1StringView domainGuid{ "domainGuid" };
constexpr QLatin1StringView domainName{ "domainName" };
constexpr QLatin1StringView identityUrl{ "identityUrl" };
constexpr QLatin1StringView memberName{ "memberName" };
constexpr QLatin1StringView serverUrl{ "serverUrl" };
constexpr QLatin1StringView domainCertificate{ "domainCertificate" };
constexpr QLatin1StringView managedObjects{ "managedObjects" };
constexpr QLatin1StringView name{ "name" };
constexpr QLatin1StringView data{ "data" };
constexpr QLatin1StringView enrolledAt{ "enrolledAt" };
constexpr QLatin1StringView isDeviceAccount{ "isDeviceAccount" };
constexpr QLatin1StringView deviceName{ "deviceName" };
constexpr QLatin1StringView secretBackend{ "secretBackend" };
constexpr QLatin1StringView secretStore{ "secretStore" };
constexpr QLatin1StringView heartbeat{ "heartbeat" };
constexpr QLatin1StringView names{ "names" };
constexpr QLatin1StringView owner{ "owner" };
constexpr QLatin1StringView pid{ "pid" };
constexpr QLatin1StringView bootId{ "bootId" };
constexpr QLatin1StringView startTime{ "startTime" };
} // namespace key

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString isoUtc(const QDateTime &t)
{
    // Seconds are enough for "enrolled at" and keep the file easy to read.
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Reads typed fields and remembers the first problem, so that parsing reads straight through.
// Absent fields get their default (files of later minor changes stay readable); present fields of
// the wrong type mean damage.
class FieldReader final
{
public:
    QString problem;

    QString string(const QJsonObject &o, QLatin1StringView k)
    {
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isString())
            return v.toString();
        fail(k, "not a string");
        return QString();
    }

    bool boolean(const QJsonObject &o, QLatin1StringView k)
    {
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isBool())
            return v.toBool();
        fail(k, "not a boolean");
        return false;
    }

    QByteArray bytes(const QJsonObject &o, QLatin1StringView k)
    {
        const QString text = string(o, k);
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(k, "not base64");
        return decoded.decoded;
    }

    QDateTime time(const QJsonObject &o, QLatin1StringView k)
    {
        const QString text = string(o, k);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            fail(k, "not an ISO 8601 time");
        return t.toUTC();
    }

    qint64 integer(const QJsonObject &o, QLatin1StringView k)
    {
        const QJsonValue v = o.value(k);
        if (v.isUndefined())
            return 0;
        if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            return v.toInteger();
        fail(k, "not an integer");
        return 0;
    }

    QJsonArray array(const QJsonObject &o, QLatin1StringView k)
    {
        const QJsonValue v = o.value(k);
        if (v.isUndefined() || v.isArray())
            return v.toArray();
        fail(k, "not an array");
        return QJsonArray();
    }

    QJsonObject object(const QJsonValue &v, QLatin1StringView what)
    {
        if (v.isObject())
            return v.toObject();
        fail(what, "not an object");
        return QJsonObject();
    }

    void fail(QLatin1StringView what, const char *why)
    {
        if (problem.isEmpty())
            problem = what % QStringLiteral(": ") % QLatin1StringView(why);
    }
};

QJsonObject recordToJson(const AccountRecord &r)
{
    QJsonArray objects;
    for (const auto &[objectName, objectData] : r.managedObjects) {
        QJsonObject o;
        o.insert(key::name, objectName);
        o.insert(key::data, base64(objectData));
        objects.append(o);
    }
    QJsonObject o;
    o.insert(key::accountGuid, r.accountGuid);
    o.insert(key::domainGuid, r.domainGuid);
    o.insert(key::domainName, r.domainName);
    o.insert(key::identityUrl, r.identityUrl);
    o.insert(key::memberName, r.memberName);
    o.insert(key::serverUrl, r.serverUrl);
    o.insert(key::domainCertificate, base64(r.domainCertificateDer));
    o.insert(key::managedObjects, objects);
    o.insert(key::enrolledAt, isoUtc(r.enrolledAt));
    o.insert(key::isDeviceAccount, r.isDeviceAccount);
    o.insert(key::deviceGuid, r.deviceGuid);
    o.insert(key::deviceName, r.deviceName);
    o.insert(key::secretBackend, r.secretBackend);
    o.insert(key::secretStore, r.secretStore);
    o.insert(key::heartbeat, heartbeatToJson(r.heartbeat));
    return o;
}

AccountRecord recordFromJson(const QJsonObject &o, FieldReader &in)
{
    AccountRecord r;
    r.accountGuid = in.string(o, key::accountGuid);
    if (r.accountGuid.isEmpty())
        in.fail(key::accountGuid, "missing");
    r.domainGuid = in.string(o, key::domainGuid);
    r.domainName = in.string(o, key::domainName);
    r.identityUrl = in.string(o, key::identityUrl);
    r.memberName = in.string(o, key::memberName);
    r.serverUrl = in.string(o, key::serverUrl);
    r.domainCertificateDer = in.bytes(o, key::domainCertificate);
    const QJsonArray objects = in.array(o, key::managedObjects);
    for (const QJsonValue &v : objects) {
        const QJsonObject mo = in.object(v, key::managedObjects);
        r.managedObjects.append({ in.string(mo, key::name), in.bytes(mo, key::data) });
    }
    r.enrolledAt = in.time(o, key::enrolledAt);
    r.isDeviceAccount = in.boolean(o, key::isDeviceAccount);
    r.deviceGuid = in.string(o, key::deviceGuid);
    r.deviceName = in.string(o, key::deviceName);
    r.secretBackend = in.string(o, key::secretBackend);
    r.secretStore = in.string(o, key::secretStore);
    if (const QJsonValue hb = o.value(key::heartbeat); !hb.isUndefined()) {
        QString problem;
        r.heartbeat = heartbeatFromJson(in.object(hb, key::heartbeat), problem);
        if (!problem.isEmpty() && in.problem.isEmpty())
            in.problem = problem;
    }
    return r;
}

QJsonObject pendingToJson(const PendingEntry &entry)
{
    QJsonObject o;
    o.insert(key::names, QJsonArray::fromStringList(entry.names));
    if (!entry.owner.isNull()) {
        QJsonObject owner;
        owner.insert(key::pid, entry.owner.pid);
        owner.insert(key::bootId, entry.owner.bootId);
        owner.insert(key::startTime, entry.owner.startTime);
        o.insert(key::owner, owner);
    }
    return o;
}

QStringList stringList(const QJsonValue &v, FieldReader &in)
{
    QStringList list;
    if (!v.isArray())
        in.fail(key::pending, "entry names are not a list");
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            in.fail(key::pending, "entry holds a non-string");
        list.append(item.toString());
    }
    return list;
}

// An entry is {"names":[...],"owner":{...}}; a bare list of names (files of earlier versions)
// has no owner, so the next start cleans it up as before.
PendingEntry pendingFromJson(const QJsonValue &v, FieldReader &in)
{
    PendingEntry entry;
    if (v.isArray()) {
        entry.names = stringList(v, in);
        return entry;
    }
    const QJsonObject o = in.object(v, key::pending);
    entry.names = stringList(o.value(key::names), in);
    const QJsonValue owner = o.value(key::owner);
    if (!owner.isUndefined() && !owner.isNull()) {
        const QJsonObject ownerObject = in.object(owner, key::owner);
        entry.owner.pid = in.integer(ownerObject, key::pid);
        entry.owner.bootId = in.string(ownerObject, key::bootId);
        entry.owner.startTime = in.string(ownerObject, key::startTime);
    }
    return entry;
}

QJsonObject documentToJson(const AccountDocument &doc)
{
    QJsonArray accounts;
    for (const AccountRecord &r : doc.accounts)
        accounts.append(recordToJson(r));
    QJsonObject pending;
    for (auto it = doc.pending.cbegin(); it != doc.pending.cend(); ++it)
        pending.insert(it.key(), pendingToJson(it.value()));
    QJsonObject o;
    o.insert(key::version, FormatVersion);
    o.insert(key::deviceGuid, doc.deviceGuid);
    o.insert(key::accounts, accounts);
    o.insert(key::pending, pending);
    return o;
}

Error damagedFile(const QString &path, const QString &why)
{
    Error e = Error::make(ErrorKind::Storage, path % QStringLiteral(": damaged: ") % why);
    e.message =
            QCoreApplication::translate("groove::store::AccountStore",
                                        "The account file %1 is damaged. It was left unchanged.")
                    .arg(nativePath(path));
    e.hint = QCoreApplication::translate("groove::store::AccountStore",
                                         "Repair the file or move it away, then try again.");
    return e;
}

Error readFailed(const QString &path, const QString &why)
{
    Error e = Error::make(ErrorKind::Storage, path % QStringLiteral(": cannot read: ") % why);
    e.message = QCoreApplication::translate("groove::store::AccountStore",
                                            "The account file %1 could not be read.")
                        .arg(nativePath(path));
    e.hint = QCoreApplication::translate("groove::store::AccountStore",
                                         "Check that you may read the file, then try again.");
    return e;
}

Result<AccountDocument> documentFromJson(const QString &path, const QJsonObject &o)
{
    const QJsonValue version = o.value(key::version);
    if (version.toInteger(-1) != FormatVersion)
        return damagedFile(
                path, QStringLiteral("unknown format version (expected %1)").arg(FormatVersion));

    FieldReader in;
    AccountDocument doc;
    doc.deviceGuid = in.string(o, key::deviceGuid);
    const QJsonArray accounts = in.array(o, key::accounts);
    for (const QJsonValue &v : accounts) {
        AccountRecord r = recordFromJson(in.object(v, key::accounts), in);
        for (const AccountRecord &seen : std::as_const(doc.accounts)) {
            if (seen.accountGuid == r.accountGuid)
                in.fail(key::accountGuid, "listed twice");
        }
        doc.accounts.append(std::move(r));
    }
    const QJsonValue pendingValue = o.value(key::pending);
    const QJsonObject pending =
            pendingValue.isUndefined() ? QJsonObject() : in.object(pendingValue, key::pending);
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it)
        doc.pending.insert(it.key(), pendingFromJson(it.value(), in));
    if (!in.problem.isEmpty())
        return damagedFile(path, in.problem);
    return doc;
}

// ENOSPC and EDQUOT are a full disk or quota; EFBIG a file size limit (RLIMIT_FSIZE, or the
// file system's maximum): to the user all three mean "make room", and none is a damaged file.
bool isNoSpace(int error)
{
#ifdef Q_OS_UNIX
    return error == ENOSPC || error == EDQUOT || error == EFBIG;
#else
    Q_UNUSED(error);
    return false;
#endif
}

QString errnoText(int error)
{
#ifdef Q_OS_UNIX
    return QString::fromLocal8Bit(std::strerror(error));
#else
    return QString::number(error);
#endif
}

Error writeError(const QString &path, int error, const QString &why)
{
    return isNoSpace(error) ? diskFull(path, why) : writeFailed(path, why);
}

// Writes everything and forces it to the disk, so that a full disk shows here (with its errno)
// and not later: Qt 6.4's QSaveFile::commit() ignores a failure of its final flush and sync and
// would then rename an empty or partial file over the good one.
Status writeAllAndSync(QSaveFile &file, const QString &path, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    const int fd = file.handle();
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            return writeError(path, error, errnoText(error));
        }
        done += n;
    }
    while (::fsync(fd) != 0) {
        if (errno != EINTR) {
            const int error = errno;
            return writeError(path, error, errnoText(error));
        }
    }
    return Status();
#else
    if (file.write(bytes) != bytes.size() || !file.flush())
        return writeFailed(path, file.errorString());
    return Status();
#endif
}

} // namespace

Error writeFailed(const QString &path, const QString &why)
{
    Error e = Error::make(ErrorKind::Storage, path % QStringLiteral(": cannot write: ") % why);
    e.message = QCoreApplication::translate("groove::store::AccountStore",
                                            "The account file %1 could not be written.")
                        .arg(nativePath(path));
    e.hint = QCoreApplication::translate(
                     "groove::store::AccountStore",
                     "Check that the folder %1 exists, that you may write to it and that the disk "
                     "is not full, then try again.")
                     .arg(nativePath(QFileInfo(path).absolutePath()));
    return e;
}

Error diskFull(const QString &path, const QString &why)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo volume(folder);
    const QString where = volume.isValid() ? volume.rootPath() : folder;
    Error e = Error::make(ErrorKind::Storage, path % QStringLiteral(": no space left: ") % why);
    e.message = QCoreApplication::translate("groove::store::AccountStore",
                                            "The disk is full: the account file %1 could not be "
                                            "saved. It was left unchanged.")
                        .arg(nativePath(path));
    e.hint = QCoreApplication::translate("groove::store::AccountStore",
                                         "Free space on %1 (where %2 is), then try again.")
                     .arg(nativePath(where), nativePath(folder));
    return e;
}

Result<AccountDocument> readAccountDocument(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return AccountDocument(); // nothing enrolled yet
    if (!file.open(QIODevice::ReadOnly))
        return readFailed(path, file.errorString());
    if (file.size() > MaxFileSize)
        return damagedFile(path, QStringLiteral("larger than %1 bytes").arg(MaxFileSize));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readFailed(path, file.errorString());
    // Earlier versions could leave an empty file on a full disk. It holds nothing anyone could
    // repair, and calling it damaged would lock the user out for good.
    if (bytes.isEmpty())
        return AccountDocument();

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damagedFile(path,
                           parseError.errorString() % QStringLiteral(" at offset ")
                                   % QString::number(parseError.offset));
    }
    if (!json.isObject())
        return damagedFile(path, QStringLiteral("not a JSON object"));
    return documentFromJson(path, json.object());
}

Status writeAccountDocument(const QString &path, const AccountDocument &doc)
{
    if (Status s = makePrivateFolder(QFileInfo(path).absolutePath(), path); !s)
        return s;

    // Unbuffered: every byte goes through writeAllAndSync(), whose errors we see.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
#ifdef Q_OS_UNIX
        const int error = errno; // a hint only: Qt may have made other calls since
#else
        const int error = 0;
#endif
        return writeError(path, error, file.errorString());
    }
    // Nothing secret is in here, but which accounts a person has is nobody else's business.
    // QSaveFile would otherwise create the file as umask allows, or keep a wider old mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeFailed(path, why);
    }
    const QByteArray json = QJsonDocument(documentToJson(doc)).toJson(QJsonDocument::Indented);
    if (Status s = writeAllAndSync(file, path, json); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return Status();
}

bool folderIsFull(const QString &folder)
{
#ifdef Q_OS_UNIX
    QByteArray name = QFile::encodeName(QDir(folder).filePath(QStringLiteral(".space-XXXXXX")));
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return isNoSpace(errno);
    ::unlink(name.constData());
    const char probe[512] = {};
    const ssize_t n = ::write(fd, probe, sizeof probe);
    const int error = n < 0 ? errno : 0;
    ::close(fd);
    return n >= 0 ? n < ssize_t(sizeof probe) : isNoSpace(error);
#else
    const QStorageInfo volume(folder);
    return volume.isValid() && volume.bytesAvailable() < 64 * 1024;
#endif
}

Status makePrivateFolder(const QString &folder, const QString &forFile)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return Status();
    // The missing folders from the top down, each created 0700 (umask can only narrow it).
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at);) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (QDir().mkdir(dir,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            continue;
        if (QFileInfo(dir).isDir())
            continue; // made by a concurrent run meanwhile
#ifdef Q_OS_UNIX
        const int error = errno;
#else
        const int error = 0;
#endif
        return writeError(forFile, error, QStringLiteral("cannot create the folder %1").arg(dir));
    }
    return Status();
}

} // namespace groove::store::detail
