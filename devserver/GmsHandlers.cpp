// The five enrollment messages, server side (WIRE-PROFILE 5, 6.7, 6.13, 7.8).
#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "devserver/GmsService.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::devserver {

using protocol::ActivationResponse;
using protocol::ManagedObject;
using xml::XmlElement;

namespace {

struct ObjectSpec
{
    const char *name;
    const char *title;
};

constexpr ObjectSpec Objects[] = {
    { "grooveIdentityTemplate:", "Identity Template" },
    { "grooveIdentityPolicy:", "Identity Policy" },
    { "grooveDevicePolicy:", "Device Policy" },
    { "grooveAccountServicesPolicy2:", "Account Services Policy" },
};

QString vCardFor(const MemberConfig &m)
{
    QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:" + m.name.toUtf8() + "\r\n";
    if (!m.email.isEmpty())
        card += "EMAIL;INTERNET:" + m.email.toUtf8() + "\r\n";
    card += "END:VCARD\r\n";
    return crypto::encodeBase64(card);
}

XmlElement objectBody(int index, const MemberConfig &m)
{
    if (index == 0) {
        XmlElement t(QStringLiteral("IdentityTemplate"));
        XmlElement vcard(QStringLiteral("vCard"));
        vcard.set(QStringLiteral("Data"), vCardFor(m));
        t.append(XmlElement(QStringLiteral("Contact"))).append(std::move(vcard));
        return t;
    }
    XmlElement policy(QStringLiteral("Policy"));
    if (index == 3)
        policy.set(QStringLiteral("Flags"), QStringLiteral("0"));
    return policy;
}

// The code-key part shared by KeyActivation and DomainEnrollment: find the member by KeyID and
// open the fragment with its K_code.
struct CodeKeyRequest
{
    MemberState *member = nullptr;
    XmlElement payload;
    int fault = 0;
    QString note;
};

CodeKeyRequest openWithCode(ServerState &state, const QByteArray &fragment, const QString &method)
{
    CodeKeyRequest r;
    const Result<protocol::SealedFragment> sealed = protocol::parseSealed(fragment);
    if (!sealed) {
        r.fault = faultCodeFor(sealed.error());
        r.note = sealed.error().toLogString();
        return r;
    }
    const QString keyId = sealed->header.seAttribute(QStringLiteral("KeyID"));
    const Result<QByteArray> keyIdBytes = crypto::decodeBase64Strict(QStringView(keyId));
    if (sealed->header.wrapper != method || !keyIdBytes || keyIdBytes->size() != crypto::Sha1Size) {
        r.fault = 204;
        r.note = QStringLiteral("wrapper or KeyID malformed");
        return r;
    }
    r.member = state.memberByKeyId(keyId);
    if (!r.member) {
        r.fault = 401;
        r.note = QStringLiteral("unknown KeyID");
        return r;
    }
    const SecretBytes key = crypto::deriveCodeKey(r.member->code);
    Result<protocol::OpenedPayload> opened = protocol::open(*sealed, key.view());
    if (!opened) {
        r.fault = faultCodeFor(opened.error());
        r.note = QStringLiteral("%1: %2").arg(r.member->login, opened.error().toLogString());
        return r;
    }
    wipe(opened->bytes);
    r.payload = std::move(opened->payload);
    return r;
}

} // namespace

Result<XmlElement> GmsService::activationResponse(const MemberState &member,
                                                  const QString &elementName, bool withCode)
{
    const DomainState *domain = m_state.domainByGuid(member.domainGuid);
    QString domainName;
    const MemberConfig *config = m_config.findByLogin(member.login, &domainName);
    if (!domain || !config)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("member %1 has no domain").arg(member.login));

    ActivationResponse r;
    r.domainGuid = domain->guid;
    r.identityUrl = member.identityUrl;
    r.memberName = config->name;
    r.serverUrl = advertisedServerUrl();
    r.domainCertificateDer = domain->certificate.der();
    r.domainName = domain->name;
    if (withCode)
        r.accountConfigurationCode = member.code;
    for (int i = 0; i < int(std::size(Objects)); ++i) {
        ManagedObject o;
        o.name = QLatin1StringView(Objects[i].name);
        o.displayName = o.description = QLatin1StringView(Objects[i].title);
        o.domainGuid = domain->guid;
        o.serverUrl = advertisedServerUrl();
        o.body = objectBody(i, *config);
        if (Status s = o.sign(domain->signingKey); !s)
            return s.error();
        if (i == 0 && m_current && m_current->action == FaultAction::FlipSignature)
            o.signature[7] = char(o.signature.at(7) ^ 0x01);
        r.managedObjects.append(std::move(o));
    }
    return r.toXml(elementName);
}

GmsService::Reply GmsService::keyActivation(const QByteArray &payload)
{
    CodeKeyRequest req = openWithCode(m_state, payload, protocol::method::KeyActivation);
    if (req.fault)
        return Reply{ req.fault, std::nullopt, req.note };
    const Result<protocol::DeviceRequest> device =
            protocol::DeviceRequest::fromXml(req.payload, protocol::method::KeyActivation);
    if (!device)
        return Reply{ faultCodeFor(device.error()), std::nullopt, device.error().toLogString() };
    if (req.member->enrolled)
        return Reply{ 402, std::nullopt,
                      QStringLiteral("%1 already enrolled").arg(req.member->login) };

    const Result<XmlElement> response =
            activationResponse(*req.member, QStringLiteral("KeyActivationResponse"), false);
    if (!response)
        return Reply{ 203, std::nullopt, response.error().toLogString() };
    const SecretBytes key = crypto::deriveCodeKey(req.member->code);
    Result<QByteArray> sealed = sealResponse(*response, key.view());
    if (!sealed)
        return Reply{ 203, std::nullopt, sealed.error().toLogString() };
    return Reply{
        0, std::move(sealed).value(),
        QStringLiteral("member %1 device %2").arg(req.member->login, device->userDeviceName)
    };
}

GmsService::Reply GmsService::createAccount(const QByteArray &payload)
{
    const Result<protocol::CreateAccountRequest> req =
            protocol::CreateAccountRequest::parse(payload);
    if (!req)
        return Reply{ faultCodeFor(req.error()), std::nullopt, req.error().toLogString() };
    const protocol::EventInfo &ev = req->event;
    if (!createdIsAcceptable(ev.created))
        return Reply{ 204, std::nullopt,
                      QStringLiteral("created %1 is too far from our clock").arg(ev.created) };
    const DomainState *domain = m_state.domainByGuid(ev.domainGuid);
    if (!domain)
        return Reply{ 209, std::nullopt, QStringLiteral("unknown domain") };
    // Device accounts live in the device domain with GUID = UserDeviceGuid (WIRE-PROFILE 5.5);
    // user accounts carry an identity URL this server assigned in that domain (6.5).
    if (ev.isDeviceAccount != domain->isDeviceDomain
        || (ev.isDeviceAccount && ev.guid != ev.userDeviceGuid))
        return Reply{ 204, std::nullopt, QStringLiteral("account kind does not fit the domain") };
    if (!ev.isDeviceAccount) {
        const QList<MemberState> members = m_state.members();
        const bool assigned =
                std::any_of(members.cbegin(), members.cend(), [&](const MemberState &m) {
                    return m.domainGuid == ev.domainGuid && m.identityUrl == ev.identityUrl;
                });
        if (!assigned)
            return Reply{ 204, std::nullopt, QStringLiteral("identity URL was not assigned here") };
    }
    if (Status s = req->verify(); !s)
        return Reply{ 205, std::nullopt, s.error().toLogString() };
    Result<SecretBytes> key = domain->encryptionKey.decrypt(req->csmKey);
    if (!key || key->size() != 24)
        return Reply{ 205, std::nullopt, QStringLiteral("CSMKey does not decrypt to 24 bytes") };

    AccountState account;
    account.guid = ev.guid;
    account.domainGuid = ev.domainGuid;
    account.sharedKey = key->view().toByteArray();
    account.signatureKey = req->keys.signature;
    account.encryptionKey = req->keys.encryption;
    account.isDevice = ev.isDeviceAccount;
    account.identityUrl = ev.identityUrl;
    account.deviceName = ev.userDeviceName;
    account.createdAt = m_clock();
    m_state.putAccount(std::move(account));
    if (Status s = m_state.save(); !s)
        return Reply{ 203, std::nullopt, s.error().toLogString() };
    return Reply{ 0, std::nullopt,
                  QStringLiteral("%1 account %2 device %3")
                          .arg(ev.isDeviceAccount ? QStringLiteral("device")
                                                  : QStringLiteral("user"),
                               ev.guid, ev.userDeviceName) };
}

GmsService::Reply GmsService::domainEnrollment(const QByteArray &payload)
{
    CodeKeyRequest req = openWithCode(m_state, payload, protocol::method::DomainEnrollment);
    if (req.fault)
        return Reply{ req.fault, std::nullopt, req.note };
    const Result<protocol::DomainEnrollmentRequest> de =
            protocol::DomainEnrollmentRequest::fromXml(req.payload);
    if (!de)
        return Reply{ faultCodeFor(de.error()), std::nullopt, de.error().toLogString() };
    MemberState &member = *req.member;
    // WIRE-PROFILE 7.8 order: parameters (204), account (200), then the message's own faults.
    if (de->identityUrl != member.identityUrl || de->contact.url != member.identityUrl)
        return Reply{ 204, std::nullopt, QStringLiteral("identity URL is not the one assigned") };
    const AccountState *account = m_state.account(de->guid, member.domainGuid);
    if (!account)
        return Reply{ 200, std::nullopt,
                      QStringLiteral("account %1 unknown in the member's domain").arg(de->guid) };
    if (member.enrolled)
        return Reply{ 402, std::nullopt, QStringLiteral("%1 already enrolled").arg(member.login) };
    const SecretBytes activation = crypto::activationKeyBytes(member.code);
    if (!account->signatureKey.verifyGrooveSign(activation.view(), de->activationKeySignature))
        return Reply{ 403, std::nullopt, QStringLiteral("ActivationKeySignature does not verify") };
    if (!(de->contact.keys.signature == account->signatureKey)
        || !(de->contact.keys.encryption == account->encryptionKey))
        return Reply{ 403, std::nullopt,
                      QStringLiteral("CSecurity keys differ from CreateAccount's") };

    const DomainState *domain = m_state.domainByGuid(member.domainGuid);
    protocol::DomainEnrollmentResponse response;
    response.contact = req.payload.child(QStringLiteral("Contact"))
            ? *req.payload.child(QStringLiteral("Contact"))
            : de->contact.toXml();
    if (Status s = response.sign(domain->signingKey, domain->guid); !s)
        return Reply{ 203, std::nullopt, s.error().toLogString() };
    if (m_current && m_current->action == FaultAction::FlipSignature)
        response.signature[5] = char(response.signature.at(5) ^ 0x01);
    const SecretBytes key = crypto::deriveCodeKey(member.code);
    Result<QByteArray> sealed = sealResponse(response.toXml(), key.view());
    if (!sealed)
        return Reply{ 203, std::nullopt, sealed.error().toLogString() };

    member.enrolled = true;
    member.accountGuid = de->guid;
    member.enrolledAt = m_clock();
    if (Status s = m_state.save(); !s) {
        member.enrolled = false;
        return Reply{ 203, std::nullopt, s.error().toLogString() };
    }
    return Reply{ 0, std::move(sealed).value(),
                  QStringLiteral("member %1 enrolled account %2").arg(member.login, de->guid) };
}

GmsService::Reply GmsService::autoAccountCodeConfiguration(const QByteArray &payload,
                                                           const Caller &caller)
{
    const Result<XmlElement> tree = xml::parse(payload);
    if (!tree)
        return Reply{ 105, std::nullopt, tree.error().toLogString() };
    const Result<protocol::DeviceRequest> device =
            protocol::DeviceRequest::fromXml(*tree, protocol::method::AutoAccountCodeConfiguration);
    if (!device)
        return Reply{ faultCodeFor(device.error()), std::nullopt, device.error().toLogString() };
    const MemberConfig *config = m_config.findByLogin(caller.login);
    MemberState *member = m_state.memberByLogin(caller.login);
    if (!config || !member)
        return Reply{ 211, std::nullopt, QStringLiteral("unknown login %1").arg(caller.login) };
    if (!config->autoConfiguration)
        return Reply{ 227, std::nullopt,
                      QStringLiteral("%1 may not use auto configuration").arg(caller.login) };
    const Result<XmlElement> response = activationResponse(
            *member, QStringLiteral("AutoAccountCodeConfigurationResponse"), true);
    if (!response)
        return Reply{ 203, std::nullopt, response.error().toLogString() };
    Result<QByteArray> bytes = xml::serialize(*response);
    if (!bytes)
        return Reply{ 203, std::nullopt, bytes.error().toLogString() };
    return Reply{ 0, std::move(bytes).value(),
                  QStringLiteral("code issued to %1").arg(caller.login) };
}

GmsService::Reply GmsService::autoActivation(const QByteArray &payload, const Caller &caller)
{
    const Result<protocol::SealedFragment> sealed = protocol::parseSealed(payload);
    if (!sealed)
        return Reply{ faultCodeFor(sealed.error()), std::nullopt, sealed.error().toLogString() };
    if (sealed->header.wrapper != u"Event" || !sealed->header.seAttributes.isEmpty())
        return Reply{ 204, std::nullopt, QStringLiteral("not an Event fragment") };
    const Result<protocol::EventInfo> ev = protocol::parseEventAttributes(
            sealed->header.wrapperAttributes, protocol::EventForm::Wrapper);
    if (!ev)
        return Reply{ 204, std::nullopt, ev.error().toLogString() };
    if (!createdIsAcceptable(ev->created))
        return Reply{ 204, std::nullopt, QStringLiteral("created is too far from our clock") };
    if (!m_state.domainByGuid(ev->domainGuid))
        return Reply{ 209, std::nullopt, QStringLiteral("unknown domain") };
    const AccountState *account = m_state.account(ev->guid, ev->domainGuid);
    if (!account)
        return Reply{ 200, std::nullopt, QStringLiteral("unknown account %1").arg(ev->guid) };
    if (!account->isDevice
        || !ev->isDeviceAccount) // a parameter fault (204) comes before security (205)
        return Reply{ 204, std::nullopt, QStringLiteral("AutoActivation needs a device account") };
    Result<protocol::OpenedPayload> opened = protocol::open(*sealed, account->sharedKey);
    if (!opened)
        return Reply{ faultCodeFor(opened.error()), std::nullopt, opened.error().toLogString() };
    const Result<protocol::AutoActivationRequest> req =
            protocol::AutoActivationRequest::fromXml(opened->payload);
    if (!req)
        return Reply{ faultCodeFor(req.error()), std::nullopt, req.error().toLogString() };
    const MemberConfig *config = m_config.findByLogin(caller.login);
    const MemberState *member = m_state.memberByLogin(caller.login);
    if (!config || !member)
        return Reply{ 211, std::nullopt, QStringLiteral("unknown login %1").arg(caller.login) };
    if (!config->autoConfiguration)
        return Reply{ 227, std::nullopt,
                      QStringLiteral("%1 may not use auto activation").arg(caller.login) };

    protocol::AutoActivationResponse response{ member->code, advertisedServerUrl() };
    Result<QByteArray> out = sealResponse(response.toXml(), account->sharedKey);
    if (!out)
        return Reply{ 203, std::nullopt, out.error().toLogString() };
    return Reply{
        0, std::move(out).value(),
        QStringLiteral("device %1 activated for %2").arg(account->deviceName, caller.login)
    };
}

} // namespace groove::devserver
