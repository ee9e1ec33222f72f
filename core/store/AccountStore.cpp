#include "store/AccountStore.h"

#include "crypto/Identifiers.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

namespace groove::store {

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
} // namespace key

struct Document
{
    QString deviceGuid;
    QList<AccountRecord> accounts;
    QHash<QString, QStringList> pending;
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
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
    return r;
}

QJsonObject documentToJson(const Document &doc)
{
    QJsonArray accounts;
    for (const AccountRecord &r : doc.accounts)
        accounts.append(recordToJson(r));
    QJsonObject pending;
    for (auto it = doc.pending.cbegin(); it != doc.pending.cend(); ++it)
        pending.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject o;
    o.insert(key::version, FormatVersion);
    o.insert(key::deviceGuid, doc.deviceGuid);
    o.insert(key::accounts, accounts);
    o.insert(key::pending, pending);
    return o;
}

Result<Document> documentFromJson(const QString &path, const QJsonObject &o)
{
    const QJsonValue version = o.value(key::version);
    if (version.toInteger(-1) != FormatVersion)
        return damagedFile(
                path, QStringLiteral("unknown format version (expected %1)").arg(FormatVersion));

    FieldReader in;
    Document doc;
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
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        QStringList names;
        const QJsonArray list = it.value().toArray();
        if (!it.value().isArray())
            in.fail(key::pending, "entry is not an array");
        for (const QJsonValue &name : list) {
            if (!name.isString())
                in.fail(key::pending, "entry holds a non-string");
            names.append(name.toString());
        }
        doc.pending.insert(it.key(), names);
    }
    if (!in.problem.isEmpty())
        return damagedFile(path, in.problem);
    return doc;
}

Result<Document> readDocument(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Document(); // nothing enrolled yet
    if (!file.open(QIODevice::ReadOnly))
        return readFailed(path, file.errorString());
    if (file.size() > MaxFileSize)
        return damagedFile(path, QStringLiteral("larger than %1 bytes").arg(MaxFileSize));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readFailed(path, file.errorString());

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

Status writeDocument(const QString &path, const Document &doc)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return writeFailed(path, QStringLiteral("cannot create the folder"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(path, file.errorString());
    // Nothing secret is in here, but which accounts a person has is nobody else's business.
    // QSaveFile would otherwise create the file as umask allows, or keep a wider old mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeFailed(path, why);
    }
    const QByteArray json = QJsonDocument(documentToJson(doc)).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeFailed(path, why);
    }
    if (!file.commit())
        return writeFailed(path, file.errorString());
    return Status();
}

} // namespace

AccountStore::AccountStore(QString filePath) : m_path(std::move(filePath)) { }

Result<QList<AccountRecord>> AccountStore::load() const
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    return std::move(doc->accounts);
}

Result<std::optional<AccountRecord>> AccountStore::find(const QString &accountGuid) const
{
    const Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    for (const AccountRecord &r : doc->accounts) {
        if (r.accountGuid == accountGuid)
            return std::optional<AccountRecord>(r);
    }
    return std::optional<AccountRecord>();
}

// Every change reads the whole file again and writes it back, so that a damaged file stops the
// change (reading fails first) instead of being replaced by a near-empty one.

Status AccountStore::put(const AccountRecord &record)
{
    if (record.accountGuid.isEmpty())
        return Error::make(ErrorKind::Usage, QStringLiteral("account record without a GUID"));
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    bool replaced = false;
    for (AccountRecord &r : doc->accounts) {
        if (r.accountGuid == record.accountGuid) {
            r = record;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        doc->accounts.append(record);
    return writeDocument(m_path, *doc);
}

Status AccountStore::remove(const QString &accountGuid)
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    const qsizetype removed = doc->accounts.removeIf(
            [&](const AccountRecord &r) { return r.accountGuid == accountGuid; });
    if (removed == 0) {
        Error e = Error::make(
                ErrorKind::Usage,
                QStringLiteral("no account with GUID %1 in %2").arg(accountGuid, m_path));
        e.message = QCoreApplication::translate("groove::store::AccountStore",
                                                "There is no enrolled account %1.")
                            .arg(accountGuid);
        return e;
    }
    return writeDocument(m_path, *doc);
}

Result<QString> AccountStore::deviceGuid()
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    if (!doc->deviceGuid.isEmpty())
        return doc->deviceGuid;
    const Result<QString> guid = ids::newGuid();
    if (!guid.ok())
        return guid.error();
    doc->deviceGuid = guid.value();
    // Only hand the GUID out once it is on disk, or the next start would make another one.
    const Status written = writeDocument(m_path, *doc);
    if (!written.ok())
        return written.error();
    return guid.value();
}

Status AccountStore::beginPending(const QString &accountGuid, const QStringList &secretNames)
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    // Merged, not replaced: names from an earlier attempt may still be orphans too.
    QStringList &names = doc->pending[accountGuid];
    for (const QString &name : secretNames) {
        if (!names.contains(name))
            names.append(name);
    }
    return writeDocument(m_path, *doc);
}

Status AccountStore::endPending(const QString &accountGuid)
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    if (!doc->pending.remove(accountGuid))
        return Status(); // nothing to do; cleaning up twice is harmless
    return writeDocument(m_path, *doc);
}

Result<QHash<QString, QStringList>> AccountStore::pending() const
{
    Result<Document> doc = readDocument(m_path);
    if (!doc.ok())
        return doc.error();
    return std::move(doc->pending);
}

} // namespace groove::store
