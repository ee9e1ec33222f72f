// AccountHeartbeat, server side (WIRE-PROFILE 5.6, 7.8).
#include "devserver/GmsService.h"
#include "protocol/Envelope.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"

namespace groove::devserver {

GmsService::Reply GmsService::accountHeartbeat(const QByteArray &body)
{
    const auto refuse = [](int fault, const QString &note) {
        return Reply{ fault, std::nullopt, note };
    };
    const Result<protocol::HeartbeatEnvelope> env = protocol::parseHeartbeatEnvelope(body);
    if (!env)
        return refuse(faultCodeFor(env.error()), env.error().toLogString());
    const Result<protocol::SealedFragment> sealed = protocol::parseSealed(env->payload);
    if (!sealed)
        return refuse(faultCodeFor(sealed.error()), sealed.error().toLogString());
    if (sealed->header.wrapper != u"Event" || !sealed->header.seAttributes.isEmpty())
        return refuse(204, QStringLiteral("not an Event fragment"));
    const Result<protocol::EventInfo> ev = protocol::parseEventAttributes(
            sealed->header.wrapperAttributes, protocol::EventForm::Heartbeat);
    if (!ev)
        return refuse(204, ev.error().toLogString());
    if (!createdIsAcceptable(ev->created))
        return refuse(204, QStringLiteral("created is too far from our clock"));
    if (!m_state.domainByGuid(ev->domainGuid))
        return refuse(209, QStringLiteral("unknown domain"));
    const AccountState *account = m_state.account(ev->guid, ev->domainGuid);
    if (!account)
        return refuse(200, QStringLiteral("unknown account %1").arg(ev->guid));
    // Parameters that contradict the account are parameter faults, which come before security.
    if (account->isDevice != ev->isDeviceAccount || account->identityUrl != ev->identityUrl)
        return refuse(204, QStringLiteral("Event does not fit account %1").arg(ev->guid));
    const Result<protocol::OpenedPayload> opened = protocol::open(*sealed, account->sharedKey);
    if (!opened)
        return refuse(faultCodeFor(opened.error()), opened.error().toLogString());
    if (const Result<protocol::AccountHeartbeatRequest> req =
                protocol::AccountHeartbeatRequest::fromXml(opened->payload);
        !req) {
        return refuse(faultCodeFor(req.error()), req.error().toLogString());
    }
    // After the MAC: only the account's own client learns that it has to enroll again.
    if (account->reenrollRequired)
        return refuse(210, QStringLiteral("account %1 must enroll again").arg(ev->guid));

    const QByteArray key = account->sharedKey; // the state may move the account when saving
    const qint64 now = m_clock();
    const protocol::AccountHeartbeatResponse response{ m_config.heartbeatSeconds, now };
    Result<QByteArray> out = sealResponse(response.toXml(), key);
    if (!out)
        return refuse(203, out.error().toLogString());
    if (Status s = m_state.recordHeartbeat(ev->guid, ev->domainGuid, now, env->sequenceNumber);
        !s) {
        return refuse(203, s.error().toLogString());
    }
    return Reply{
        0, std::move(out).value(),
        QStringLiteral("account %1 heartbeat %2").arg(ev->guid).arg(env->sequenceNumber)
    };
}

} // namespace groove::devserver
