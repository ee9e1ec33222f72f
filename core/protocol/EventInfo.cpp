#include "protocol/EventInfo.h"

#include "crypto/Identifiers.h"

#include <QtCore/QSet>

namespace groove::protocol {

using xml::XmlAttribute;

namespace {

const QString DeviceGUID = QStringLiteral("DeviceGUID");
const QString DomainGUID = QStringLiteral("DomainGUID");
const QString Encrypted = QStringLiteral("Encrypted");
const QString GUID = QStringLiteral("GUID");
const QString GrooveVersion = QStringLiteral("GrooveVersion");
const QString IdentityURL = QStringLiteral("IdentityURL");
const QString IsDeviceAccount = QStringLiteral("IsDeviceAccount");
const QString UniqueID = QStringLiteral("UniqueID");
const QString UserDeviceGuid = QStringLiteral("UserDeviceGuid");
const QString UserDeviceName = QStringLiteral("UserDeviceName");
const QString EventID = QStringLiteral("_EventID");
const QString Created = QStringLiteral("created");

// Canonical decimal: digits only, no sign, no leading zero (except "0").
bool isCanonicalDecimal(QStringView s)
{
    if (s.isEmpty() || s.size() > 19)
        return false;
    if (s.size() > 1 && s.front() == u'0')
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Error invalid(const QString &detail)
{
    return Error::make(ErrorKind::InvalidValue, detail);
}

} // namespace

QString productGrooveVersion()
{
    return QStringLiteral("%1,%2,%3,0")
            .arg(GE_VERSION_MAJOR)
            .arg(GE_VERSION_MINOR)
            .arg(GE_VERSION_PATCH);
}

bool isValidGrooveVersion(QStringView v)
{
    const auto parts = v.split(u',');
    if (parts.size() != 4)
        return false;
    return std::all_of(parts.begin(), parts.end(),
                       [](QStringView p) { return isCanonicalDecimal(p) && p.size() <= 9; });
}

QList<XmlAttribute> eventAttributes(const EventInfo &info, EventForm form)
{
    QList<XmlAttribute> a{
        { DomainGUID, info.domainGuid },
        { GUID, info.guid },
        { GrooveVersion, info.grooveVersion },
        { IdentityURL, info.identityUrl },
        { IsDeviceAccount, info.isDeviceAccount ? QStringLiteral("1") : QStringLiteral("0") },
        { UserDeviceGuid, info.userDeviceGuid },
        { UserDeviceName, info.userDeviceName },
        { Created, QString::number(info.created) },
    };
    if (form == EventForm::CreateAccount)
        a.append({ Encrypted, QStringLiteral("1") });
    else
        a.append({ EventID, QString::number(info.eventId) });
    if (form == EventForm::Heartbeat) {
        a.append({ DeviceGUID, info.userDeviceGuid });
        a.append({ UniqueID, info.domainGuid + info.identityUrl });
    }
    return a;
}

Result<EventInfo> parseEventAttributes(const QList<XmlAttribute> &attributes, EventForm form)
{
    QSet<QString> expected{ DomainGUID,      GUID,           GrooveVersion,  IdentityURL,
                            IsDeviceAccount, UserDeviceGuid, UserDeviceName, Created };
    expected.insert(form == EventForm::CreateAccount ? Encrypted : EventID);
    if (form == EventForm::Heartbeat) {
        expected.insert(DeviceGUID);
        expected.insert(UniqueID);
    }

    QHash<QString, QString> v;
    for (const XmlAttribute &a : attributes) {
        if (!expected.contains(a.name))
            return invalid(QStringLiteral("unexpected Event attribute %1").arg(a.name));
        v.insert(a.name, a.value);
    }
    for (const QString &name : std::as_const(expected)) {
        if (!v.contains(name))
            return Error::make(ErrorKind::MissingAttribute,
                               QStringLiteral("Event@%1 missing").arg(name));
    }

    EventInfo info;
    info.domainGuid = v.value(DomainGUID);
    info.guid = v.value(GUID);
    info.grooveVersion = v.value(GrooveVersion);
    info.identityUrl = v.value(IdentityURL);
    info.userDeviceGuid = v.value(UserDeviceGuid);
    info.userDeviceName = v.value(UserDeviceName);

    if (!ids::isValidGuid(info.domainGuid) || !ids::isValidGuid(info.guid)
        || !ids::isValidGuid(info.userDeviceGuid))
        return invalid(QStringLiteral("Event holds a malformed GUID"));
    if (!isValidGrooveVersion(info.grooveVersion))
        return invalid(QStringLiteral("Event@GrooveVersion malformed"));

    const QString device = v.value(IsDeviceAccount);
    if (device != u"0" && device != u"1")
        return invalid(QStringLiteral("Event@IsDeviceAccount must be 0 or 1"));
    info.isDeviceAccount = device == u"1";
    if (info.isDeviceAccount ? !info.identityUrl.isEmpty()
                             : !ids::isValidIdentityUrl(info.identityUrl))
        return invalid(QStringLiteral("Event@IdentityURL does not fit IsDeviceAccount"));

    const QString created = v.value(Created);
    if (!isCanonicalDecimal(created))
        return invalid(QStringLiteral("Event@created is not a canonical number"));
    info.created = created.toLongLong();

    if (form == EventForm::CreateAccount) {
        if (v.value(Encrypted) != u"1")
            return invalid(QStringLiteral("Event@Encrypted must be 1"));
    } else {
        const QString id = v.value(EventID);
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        if (!isCanonicalDecimal(id) || !ok || n < 1 || n > 2147483647)
            return invalid(QStringLiteral("Event@_EventID out of range"));
        info.eventId = qint32(n);
    }
    if (form == EventForm::Heartbeat) {
        // Derived attributes: a sender that disagrees with itself is refused rather than
        // letting one of the two copies win silently.
        if (v.value(DeviceGUID) != info.userDeviceGuid)
            return invalid(QStringLiteral("Event@DeviceGUID differs from UserDeviceGuid"));
        if (v.value(UniqueID) != info.domainGuid + info.identityUrl)
            return invalid(QStringLiteral("Event@UniqueID is not DomainGUID + IdentityURL"));
    }
    return info;
}

} // namespace groove::protocol
