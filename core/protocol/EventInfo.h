#pragma once

#include "Result.h"
#include "xml/XmlElement.h"

#include <QtCore/QString>

namespace groove::protocol {

// The identifying attributes of an account's Event (WIRE-PROFILE 5.2).
struct EventInfo
{
    QString domainGuid;
    QString guid; // account GUID (device GUID for device accounts)
    QString grooveVersion; // "major,minor,patch,build"
    QString identityUrl; // empty for device accounts
    bool isDeviceAccount = false;
    QString userDeviceGuid;
    QString userDeviceName;
    qint64 created = 0; // Unix seconds
    qint32 eventId = 0; // _EventID; only in the Event wrapper of account-key requests

    friend bool operator==(const EventInfo &, const EventInfo &) = default;
};

enum class EventForm {
    CreateAccount, // adds Encrypted="1", no _EventID
    Wrapper, // exactly the nine attributes of WIRE-PROFILE 5.2, with _EventID
    // AccountHeartbeat (WIRE-PROFILE 5.6): the nine of Wrapper plus DeviceGUID (= UserDeviceGuid)
    // and UniqueID (= DomainGUID followed by IdentityURL), both derived from the other fields.
    Heartbeat,
};

[[nodiscard]] QList<xml::XmlAttribute> eventAttributes(const EventInfo &info, EventForm form);
// Strict: the exact attribute set of the form (extra or missing -> MissingAttribute/InvalidValue),
// GUIDs valid, numbers canonical, GrooveVersion well formed; for Heartbeat also DeviceGUID and
// UniqueID equal to what the other attributes say (InvalidValue otherwise).
[[nodiscard]] Result<EventInfo> parseEventAttributes(const QList<xml::XmlAttribute> &attributes,
                                                     EventForm form);

// GrooveVersion of this build: "major,minor,patch,0" (WIRE-PROFILE 7.5).
[[nodiscard]] QString productGrooveVersion();
[[nodiscard]] bool isValidGrooveVersion(QStringView v);

} // namespace groove::protocol
