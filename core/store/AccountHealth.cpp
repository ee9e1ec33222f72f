#include "store/AccountHealth.h"

#include <array>
#include <limits>

namespace groove::store {

namespace {

constexpr std::array<std::pair<Health, QLatin1StringView>, 4> HealthNames{ {
        { Health::Unknown, QLatin1StringView("unknown") },
        { Health::Ok, QLatin1StringView("ok") },
        { Health::Unreachable, QLatin1StringView("unreachable") },
        { Health::Reenroll, QLatin1StringView("reenroll") },
} };

namespace key {
constexpr QLatin1StringView health{ "health" };
constexpr QLatin1StringView lastHeartbeatAt{ "lastHeartbeatAt" };
constexpr QLatin1StringView checkedAt{ "checkedAt" };
constexpr QLatin1StringView unreachableSince{ "unreachableSince" };
constexpr QLatin1StringView faultCode{ "faultCode" };
constexpr QLatin1StringView sequence{ "sequence" };
constexpr QLatin1StringView nextHeartbeatSeconds{ "nextHeartbeatSeconds" };
} // namespace key

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QDateTime readTime(const QJsonObject &o, QLatin1StringView k, QString &problem)
{
    const QJsonValue v = o.value(k);
    if (v.isUndefined() || v.isNull())
        return QDateTime();
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !t.isValid()) {
        problem = QStringLiteral("heartbeat.%1: not an ISO 8601 time").arg(k);
        return QDateTime();
    }
    return t.toUTC();
}

qint64 readInt(const QJsonObject &o, QLatin1StringView k, qint64 max, QString &problem)
{
    const QJsonValue v = o.value(k);
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > double(max) || d != double(v.toInteger())) {
        problem = QStringLiteral("heartbeat.%1: not an integer from 0 to %2").arg(k).arg(max);
        return 0;
    }
    return v.toInteger();
}

} // namespace

QString healthName(Health health)
{
    for (const auto &[h, name] : HealthNames) {
        if (h == health)
            return name;
    }
    return QStringLiteral("unknown");
}

Health healthFromName(const QString &name, bool *ok)
{
    for (const auto &[h, n] : HealthNames) {
        if (name == n) {
            if (ok)
                *ok = true;
            return h;
        }
    }
    if (ok)
        *ok = false;
    return Health::Unknown;
}

QJsonObject heartbeatToJson(const HeartbeatState &state)
{
    QJsonObject o;
    o.insert(key::health, healthName(state.health));
    o.insert(key::lastHeartbeatAt, timeJson(state.lastHeartbeatAt));
    o.insert(key::checkedAt, timeJson(state.checkedAt));
    o.insert(key::unreachableSince, timeJson(state.unreachableSince));
    o.insert(key::faultCode, state.faultCode);
    o.insert(key::sequence, state.sequence);
    o.insert(key::nextHeartbeatSeconds, state.nextHeartbeatSeconds);
    return o;
}

HeartbeatState heartbeatFromJson(const QJsonObject &o, QString &problem)
{
    HeartbeatState s;
    bool known = true;
    const QJsonValue health = o.value(key::health);
    if (!health.isUndefined()) {
        s.health = healthFromName(health.toString(), &known);
        if (!known)
            problem = QStringLiteral("heartbeat.health: unknown value");
    }
    s.lastHeartbeatAt = readTime(o, key::lastHeartbeatAt, problem);
    s.checkedAt = readTime(o, key::checkedAt, problem);
    s.unreachableSince = readTime(o, key::unreachableSince, problem);
    s.faultCode = int(readInt(o, key::faultCode, 99999, problem));
    s.sequence = qint32(readInt(o, key::sequence, std::numeric_limits<qint32>::max(), problem));
    s.nextHeartbeatSeconds = int(readInt(o, key::nextHeartbeatSeconds, 86400, problem));
    return s;
}

} // namespace groove::store
