#include "policy/Policy.h"

#include <QtCore/QCoreApplication>

namespace groove::policy {

namespace {

// Every policy text is in the context "groove::Policy" (lupdate reads it from here).
class PolicyText final
{
    Q_DECLARE_TR_FUNCTIONS(groove::Policy)
};

} // namespace

QString keyName(Key key)
{
    switch (key) {
    case Key::ServerURL:
        return QStringLiteral("ServerURL");
    case Key::Method:
        return QStringLiteral("Method");
    case Key::Proxy:
        return QStringLiteral("Proxy");
    case Key::CAFile:
        return QStringLiteral("CAFile");
    case Key::PinSha256:
        return QStringLiteral("PinSha256");
    }
    return {};
}

QByteArray parsePinSha256(const QString &text)
{
    const QString hex = QString(text).remove(u':').trimmed();
    const QByteArray pin = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || pin.size() != 32 || pin.toHex() != hex.toLower().toLatin1())
        return {};
    return pin;
}

std::optional<engine::Flow> parseMethod(const QString &text)
{
    for (engine::Flow f :
         { engine::Flow::Manual, engine::Flow::AutoConfiguration, engine::Flow::AutoActivation }) {
        if (text == engine::flowName(f))
            return f;
    }
    return std::nullopt;
}

QString Policy::lockReason() const
{
    QString reason = PolicyText::tr("Set by your organisation's policy.");
    if (!m_supportContact.isEmpty())
        reason += u' ' + PolicyText::tr("To change it, contact %1.").arg(m_supportContact);
    return reason;
}

Error lockedError(const Policy &policy, Key key, const QString &what)
{
    Error e = Error::make(ErrorKind::Usage,
                          QStringLiteral("%1 contradicts the locked policy key %2 of %3")
                                  .arg(what, keyName(key), policy.sourceOf(key)));
    e.message =
            PolicyText::tr("%1 is locked by your organisation's policy (%2) and cannot be changed.")
                    .arg(what, policy.sourceOf(key));
    e.hint = policy.lockReason();
    return e;
}

Error methodNotAllowedError(const Policy &policy, engine::Flow flow)
{
    QStringList allowed;
    for (engine::Flow f : policy.allowedMethods())
        allowed.append(engine::flowName(f));
    Error e = Error::make(ErrorKind::Usage,
                          QStringLiteral("method %1 is not in AllowedMethods of %2")
                                  .arg(engine::flowName(flow), policy.sourceOf(Key::Method)));
    e.message = PolicyText::tr(
                        "Your organisation's policy (%1) does not allow the enrollment method %2; "
                        "allowed: %3.")
                        .arg(policy.sourceOf(Key::Method), engine::flowName(flow),
                             allowed.join(QStringLiteral(", ")));
    e.hint = policy.lockReason();
    return e;
}

} // namespace groove::policy
