#include "devserver/FaultInjector.h"

namespace groove::devserver {

namespace {

struct ActionName
{
    FaultAction action;
    const char *name;
};

constexpr ActionName Names[] = {
    { FaultAction::Http500, "http-500" },
    { FaultAction::CloseMidBody, "close-mid-body" },
    { FaultAction::CloseNoAnswer, "close" },
    { FaultAction::Stall, "stall" },
    { FaultAction::Oversized, "oversized" },
    { FaultAction::MalformedXml, "malformed-xml" },
    { FaultAction::RedirectCrossHost, "redirect-cross-host" },
    { FaultAction::RedirectSameOrigin, "redirect-same-origin" },
    { FaultAction::WrongKey, "wrong-key" },
    { FaultAction::FlipMac, "flip-mac" },
    { FaultAction::FlipSignature, "flip-signature" },
};

} // namespace

Result<FaultRule> FaultRule::parse(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    auto bad = [&](const QString &why) {
        return Error::make(ErrorKind::Usage,
                           QStringLiteral("fault rule \"%1\": %2").arg(spec, why));
    };
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty())
        return bad(QStringLiteral("expected METHOD:ACTION[:N]"));
    FaultRule r;
    r.method = parts.at(0);
    const QString action = parts.at(1);
    if (action.startsWith(u"fault=")) {
        bool ok = false;
        r.faultCode = action.mid(6).toInt(&ok);
        if (!ok || r.faultCode <= 0)
            return bad(QStringLiteral("fault needs a positive code"));
        r.action = FaultAction::ProtocolFault;
    } else {
        bool found = false;
        for (const ActionName &n : Names) {
            if (action == QLatin1StringView(n.name)) {
                r.action = n.action;
                found = true;
            }
        }
        if (!found)
            return bad(QStringLiteral("unknown action %1").arg(action));
    }
    if (parts.size() == 3) {
        bool ok = false;
        r.onRequest = parts.at(2).toInt(&ok);
        if (!ok || r.onRequest < 1)
            return bad(QStringLiteral("N must be 1 or more"));
    }
    return r;
}

QString FaultRule::toString() const
{
    QString name;
    if (action == FaultAction::ProtocolFault) {
        name = QStringLiteral("fault=%1").arg(faultCode);
    } else {
        for (const ActionName &n : Names) {
            if (n.action == action)
                name = QLatin1StringView(n.name);
        }
    }
    QString s = method + u':' + name;
    if (onRequest > 0)
        s += u':' + QString::number(onRequest);
    return s;
}

void FaultInjector::clear()
{
    m_rules.clear();
    m_counts.clear();
    m_total = 0;
}

std::optional<FaultRule> FaultInjector::next(const QString &method)
{
    const int n = ++m_counts[method];
    const int total = ++m_total;
    for (const FaultRule &r : std::as_const(m_rules)) {
        const bool any = r.method == u"*";
        if (!any && r.method != method)
            continue;
        // "*" rules count every request; named rules count that method's requests.
        if (r.onRequest == 0 || r.onRequest == (any ? total : n))
            return r;
    }
    return std::nullopt;
}

} // namespace groove::devserver
