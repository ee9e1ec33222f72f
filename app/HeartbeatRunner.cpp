#include "app/HeartbeatRunner.h"

#include "app/ResultPrinter.h"

#include <QtCore/QCoreApplication>

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::Heartbeat)
};

QJsonObject outcomeJson(const engine::HeartbeatOutcome &o)
{
    QJsonObject j{ { QStringLiteral("accountGuid"), o.accountGuid },
                   { QStringLiteral("health"), store::healthName(o.state.health) },
                   { QStringLiteral("checkedAt"),
                     o.state.checkedAt.isValid() ? QJsonValue(isoUtc(o.state.checkedAt))
                                                 : QJsonValue() } };
    if (o.state.faultCode != 0 && o.error && o.error->kind == ErrorKind::ServerFault)
        j.insert(QStringLiteral("faultCode"), o.state.faultCode);
    if (!o.error && o.state.health == store::Health::Ok)
        j.insert(QStringLiteral("nextHeartbeatSeconds"), o.state.nextHeartbeatSeconds);
    if (o.error) {
        j.insert(QStringLiteral("message"), o.error->message);
        if (!o.error->hint.isEmpty())
            j.insert(QStringLiteral("hint"), o.error->hint);
    }
    return j;
}

QString outcomeText(const engine::HeartbeatOutcome &o)
{
    switch (o.state.health) {
    case store::Health::Ok:
        if (!o.error)
            return Text::tr("%1: the server knows this account (next check in %2 s)\n")
                    .arg(o.accountGuid)
                    .arg(o.state.nextHeartbeatSeconds);
        break;
    case store::Health::Reenroll:
        return Text::tr("%1: needs to be enrolled again: %2\n")
                .arg(o.accountGuid, humanFailure(*o.error).trimmed());
    case store::Health::Unreachable:
        return Text::tr("%1: the server could not be reached (since %2): %3\n")
                .arg(o.accountGuid, isoUtc(o.state.unreachableSince),
                     o.error ? humanFailure(*o.error).trimmed() : QString());
    case store::Health::Unknown:
        break;
    }
    return Text::tr("%1: not confirmed: %2\n")
            .arg(o.accountGuid, o.error ? humanFailure(*o.error).trimmed() : QString());
}

} // namespace

int heartbeatExitCode(const QList<engine::HeartbeatOutcome> &outcomes)
{
    bool reenroll = false;
    bool unreachable = false;
    std::optional<Error> other;
    for (const engine::HeartbeatOutcome &o : outcomes) {
        if (o.state.health == store::Health::Reenroll && o.error)
            reenroll = true;
        else if (o.state.health == store::Health::Unreachable && o.error)
            unreachable = true;
        else if (o.error && !other)
            other = o.error;
    }
    if (reenroll)
        return exitCodeOf(ErrorClass::ServerFault);
    if (unreachable)
        return exitCodeOf(ErrorClass::Network);
    return other ? exitCodeOf(other->errorClass()) : 0;
}

HeartbeatRunner::HeartbeatRunner(Invocation invocation, QObject *parent)
    : QObject(parent),
      m_inv(std::move(invocation))
{
}

HeartbeatRunner::~HeartbeatRunner()
{
    delete m_monitor; // before the context whose stores and transport it uses
}

void HeartbeatRunner::start()
{
    // The same network, proxy, trusted servers and key stores as an enrollment.
    m_context = new engine::ClientContext(clientOptions(m_inv), this);
    const Result<QList<store::AccountRecord>> records = m_context->accounts()->load();
    if (!records)
        return (void)emit done(reportFailure(records.error(), m_inv.json));
    for (const store::AccountRecord &r : *records) {
        if (m_inv.heartbeatGuid.isEmpty() || r.accountGuid == m_inv.heartbeatGuid)
            m_waiting.append(r.accountGuid);
    }
    if (!m_inv.heartbeatGuid.isEmpty() && m_waiting.isEmpty()) {
        Error e = Error::make(ErrorKind::Usage,
                              QStringLiteral("no account %1").arg(m_inv.heartbeatGuid));
        e.message =
                Text::tr("No account %1 is enrolled on this computer.").arg(m_inv.heartbeatGuid);
        e.hint = Text::tr("groove-enroll --status lists the enrolled accounts.");
        return (void)emit done(reportFailure(e, m_inv.json));
    }
    if (m_waiting.isEmpty()) {
        if (!m_inv.json)
            printOut(Text::tr("No account is enrolled on this computer.\n"));
        return finish();
    }

    m_monitor = m_context->createHeartbeatMonitor();
    connect(m_monitor, &engine::HeartbeatMonitor::accountChecked, this,
            &HeartbeatRunner::onChecked);
    m_monitor->checkNow(m_waiting);
}

void HeartbeatRunner::cancel()
{
    if (m_monitor)
        m_monitor->stop();
    Error e = Error::make(ErrorKind::Cancelled, QStringLiteral("heartbeat interrupted"));
    emit done(reportFailure(e, m_inv.json));
}

void HeartbeatRunner::onChecked(const engine::HeartbeatOutcome &outcome)
{
    if (!m_waiting.removeOne(outcome.accountGuid))
        return;
    m_outcomes.append(outcome);
    if (!m_inv.json)
        printOut(outcomeText(outcome));
    if (m_waiting.isEmpty())
        finish();
}

void HeartbeatRunner::finish()
{
    if (m_inv.json) {
        QJsonArray list;
        for (const engine::HeartbeatOutcome &o : std::as_const(m_outcomes))
            list.append(outcomeJson(o));
        printJson(QJsonObject{ { QStringLiteral("accounts"), list } });
    }
    emit done(heartbeatExitCode(m_outcomes));
}

} // namespace groove::app
