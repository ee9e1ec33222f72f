// Codec of the AccountHeartbeat payload and its response (WIRE-PROFILE 5.6).
#include "protocol/Messages.h"

#include <algorithm>
#include <limits>

namespace groove::protocol {

using xml::XmlElement;

namespace {

const QString ResponseName = QStringLiteral("AccountHeartbeatResponse");
const QString NextHeartbeatSeconds = QStringLiteral("NextHeartbeatSeconds");
const QString ServerTime = QStringLiteral("ServerTime");

// Canonical decimal (no sign, no leading zero, digits only) within [min, max].
Result<qint64> canonicalNumber(const XmlElement &e, const QString &name, qint64 min, qint64 max)
{
    const Result<QString> v = requiredAttribute(e, name);
    if (!v)
        return v.error();
    const QString &s = *v;
    const bool digits = !s.isEmpty() && s.size() <= 19
            && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const qint64 n = digits && (s.size() == 1 || s.front() != u'0') ? s.toLongLong(&ok) : 0;
    if (!ok || n < min || n > max)
        return Error::make(
                ErrorKind::InvalidValue,
                QStringLiteral("%1@%2 is not a canonical number in range").arg(e.name(), name));
    return n;
}

} // namespace

XmlElement AccountHeartbeatRequest::toXml() const
{
    return XmlElement(method::AccountHeartbeat);
}

Result<AccountHeartbeatRequest> AccountHeartbeatRequest::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, method::AccountHeartbeat); !s)
        return s.error();
    if (!e.attributes().isEmpty() || !e.children().empty() || !e.text().isEmpty())
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("<AccountHeartbeat> must be empty"));
    return AccountHeartbeatRequest{};
}

XmlElement AccountHeartbeatResponse::toXml() const
{
    XmlElement e(ResponseName);
    e.set(NextHeartbeatSeconds, QString::number(nextHeartbeatSeconds))
            .set(ServerTime, QString::number(serverTime));
    return e;
}

Result<AccountHeartbeatResponse> AccountHeartbeatResponse::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, ResponseName); !s)
        return s.error();
    const Result<qint64> next = canonicalNumber(e, NextHeartbeatSeconds, 1, 2147483647);
    if (!next)
        return next.error();
    const Result<qint64> time =
            canonicalNumber(e, ServerTime, 0, std::numeric_limits<qint64>::max());
    if (!time)
        return time.error();
    return AccountHeartbeatResponse{ int(*next), *time };
}

} // namespace groove::protocol
