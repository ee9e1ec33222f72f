#include "devserver/FaultInjector.h"

#include <QtCore/QRegularExpression>

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
    { FaultAction::SeAttribute, "seattr" },
};

// The argument becomes an element or attribute name in the answer: keep it a plain XML name.
bool isPlainName(const QString &s)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"));
    return name.match(s).hasMatch();
}

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
    } else if (action.startsWith(u"wrapper=")) {
        r.text = action.mid(8);
        if (!isPlainName(r.text))
            return bad(QStringLiteral("wrapper needs an XML name"));
        r.action = FaultAction::WrapperName;
    } else if (action.startsWith(u"seattr=")) {
        r.text = action.mid(7);
        if (!isPlainName(r.text))
            return bad(QStringLiteral("seattr needs an XML name"));
        r.action = FaultAction::SeAttribute;
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
        if (r.action == FaultAction::SeAttribute)
            r.text = QStringLiteral("KeyID");
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
    } else if (action == FaultAction::WrapperName) {
        name = QStringLiteral("wrapper=%1").arg(text);
    } else if (action == FaultAction::SeAttribute) {
        name = QStringLiteral("seattr=%1").arg(text);
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

bool FaultRule::altersAnswer() const
{
    switch (action) {
    case FaultAction::CloseMidBody:
    case FaultAction::WrongKey:
    case FaultAction::FlipMac:
    case FaultAction::FlipSignature:
    case FaultAction::WrapperName:
    case FaultAction::SeAttribute:
        return true;
    case FaultAction::ProtocolFault:
    case FaultAction::Http500:
    case FaultAction::CloseNoAnswer:
    case FaultAction::Stall:
    case FaultAction::Oversized:
    case FaultAction::MalformedXml:
    case FaultAction::RedirectCrossHost:
    case FaultAction::RedirectSameOrigin:
        return false;
    }
    return false;
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
