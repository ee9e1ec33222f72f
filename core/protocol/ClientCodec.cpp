#include "protocol/ClientCodec.h"

#include "crypto/CodeKey.h"
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/Envelope.h"
#include "protocol/SecuredFragment.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::protocol::client {

using xml::XmlElement;

namespace {

const QString KeyActivationResponseName = QStringLiteral("KeyActivationResponse");
const QString AutoConfigResponseName = QStringLiteral("AutoAccountCodeConfigurationResponse");

// Response envelope -> payload bytes, or the fault / protocol error.
Result<QByteArray> responsePayload(QByteArrayView body, const QString &method)
{
    Result<ResponseEnvelope> env = parseResponseEnvelope(body, method);
    if (!env)
        return env.error();
    if (!env->payload)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("%1Response without Payload").arg(method));
    return std::move(*env->payload);
}

Result<Activation> verifiedActivation(const XmlElement &payload, const QString &elementName)
{
    Result<ActivationResponse> r = ActivationResponse::fromXml(payload, elementName);
    if (!r)
        return r.error();
    Result<crypto::DomainCertificate> cert = r->verify();
    if (!cert)
        return cert.error();
    Result<QString> vcard =
            identityTemplateVCard(*r->findObject(QString::fromLatin1(IdentityTemplateName)));
    if (!vcard)
        return vcard.error();
    return Activation{ std::move(r).value(), std::move(cert).value(), std::move(vcard).value() };
}

} // namespace

CodeKey CodeKey::fromCode(QStringView code)
{
    CodeKey k;
    k.code = crypto::trimCode(code);
    k.key = crypto::deriveCodeKey(k.code);
    k.keyId = crypto::keyIdOf(k.key);
    return k;
}

Result<AccountKeys> AccountKeys::generate(const QString &guid)
{
    AccountKeys a;
    if (guid.isEmpty()) {
        Result<QString> g = ids::newGuid();
        if (!g)
            return g.error();
        a.guid = std::move(g).value();
    } else {
        a.guid = guid;
    }
    Result<SecretBytes> key = crypto::randomSecret(24);
    if (!key)
        return key.error();
    a.sharedKey = std::move(key).value();
    Result<crypto::RsaPrivateKey> sig = crypto::RsaPrivateKey::generate();
    if (!sig)
        return sig.error();
    Result<crypto::RsaPrivateKey> enc = crypto::RsaPrivateKey::generate();
    if (!enc)
        return enc.error();
    a.signatureKey = std::move(sig).value();
    a.encryptionKey = std::move(enc).value();
    return a;
}

AccountPublicKeys AccountKeys::publicKeys() const
{
    return AccountPublicKeys{ encryptionKey.publicKey(), signatureKey.publicKey() };
}

Result<QByteArray> keyActivationRequest(const CodeKey &code, const Device &device)
{
    const DeviceRequest req{ device.grooveVersion, device.guid, device.name };
    const Result<QByteArray> fragment =
            seal(FragmentHeader::forCodeKey(method::KeyActivation, code.keyId),
                 req.toXml(method::KeyActivation), code.key.view());
    if (!fragment)
        return fragment.error();
    return buildRequestEnvelope(method::KeyActivation, *fragment);
}

Result<Activation> keyActivationResponse(QByteArrayView body, const CodeKey &code)
{
    const Result<QByteArray> payload = responsePayload(body, method::KeyActivation);
    if (!payload)
        return payload.error();
    Result<OpenedPayload> opened = openResponse(*payload, code.key.view());
    if (!opened)
        return opened.error();
    wipe(opened->bytes);
    const xml::WipeOnExit wipeTree(opened->payload);
    return verifiedActivation(opened->payload, KeyActivationResponseName);
}

Result<QByteArray> autoAccountCodeConfigurationRequest(const Device &device)
{
    const DeviceRequest req{ device.grooveVersion, device.guid, device.name };
    const Result<QByteArray> payload =
            xml::serialize(req.toXml(method::AutoAccountCodeConfiguration));
    if (!payload)
        return payload.error();
    return buildRequestEnvelope(method::AutoAccountCodeConfiguration, *payload);
}

Result<Activation> autoAccountCodeConfigurationResponse(QByteArrayView body)
{
    Result<QByteArray> payload = responsePayload(body, method::AutoAccountCodeConfiguration);
    if (!payload)
        return payload.error();
    Result<XmlElement> tree = xml::parse(*payload);
    wipe(payload.value()); // it carries the account configuration code
    if (!tree)
        return tree.error();
    // So does the tree: the result shares the code (left alone), any other copy is wiped.
    const xml::WipeOnExit wipeTree(tree.value());
    return verifiedActivation(*tree, AutoConfigResponseName);
}

Result<QByteArray> createAccountRequest(const AccountKeys &account, const EventInfo &event,
                                        const crypto::RsaPublicKey &domainEncryptionKey)
{
    CreateAccountRequest req;
    req.event = event;
    req.event.guid = account.guid;
    Result<QByteArray> csm = domainEncryptionKey.encrypt(account.sharedKey.view());
    if (!csm)
        return csm.error();
    req.csmKey = std::move(csm).value();
    req.keys = account.publicKeys();
    if (Status s = req.sign(account.signatureKey); !s)
        return s.error();
    const Result<QByteArray> fragment = req.serialize();
    if (!fragment)
        return fragment.error();
    return buildRequestEnvelope(method::CreateAccount, *fragment);
}

Status createAccountResponse(QByteArrayView body)
{
    // Only the return code matters; a Payload, if any, is ignored.
    return parseResponseEnvelope(body, method::CreateAccount);
}

Result<DomainEnrollmentRequest> domainEnrollment(const CodeKey &code, const AccountKeys &account,
                                                 const QString &identityUrl,
                                                 const QString &vCardData, const Device &device)
{
    DomainEnrollmentRequest req;
    const SecretBytes activation = crypto::activationKeyBytes(code.code);
    Result<QByteArray> sig = account.signatureKey.grooveSign(activation.view());
    if (!sig)
        return sig.error();
    req.activationKeySignature = std::move(sig).value();
    req.guid = account.guid;
    req.identityUrl = identityUrl;
    req.contact = Contact{ identityUrl, vCardData, device.guid, device.name, account.publicKeys() };
    return req;
}

Result<QByteArray> domainEnrollmentRequest(const CodeKey &code,
                                           const DomainEnrollmentRequest &request)
{
    const Result<QByteArray> fragment =
            seal(FragmentHeader::forCodeKey(method::DomainEnrollment, code.keyId), request.toXml(),
                 code.key.view());
    if (!fragment)
        return fragment.error();
    return buildRequestEnvelope(method::DomainEnrollment, *fragment);
}

Result<DomainEnrollmentResponse>
domainEnrollmentResponse(QByteArrayView body, const CodeKey &code,
                         const DomainEnrollmentRequest &sent,
                         const crypto::DomainCertificate &certificate, const QString &domainGuid)
{
    const Result<QByteArray> payload = responsePayload(body, method::DomainEnrollment);
    if (!payload)
        return payload.error();
    Result<OpenedPayload> opened = openResponse(*payload, code.key.view());
    if (!opened)
        return opened.error();
    wipe(opened->bytes);
    const xml::WipeOnExit wipeTree(opened->payload);
    Result<DomainEnrollmentResponse> r = DomainEnrollmentResponse::fromXml(opened->payload);
    if (!r)
        return r.error();
    if (r->signerDomainGuid != domainGuid)
        return Error::make(ErrorKind::MismatchedIdentity,
                           QStringLiteral("Contact signed by another domain"));
    if (Status s = r->verify(certificate.signingKey()); !s)
        return s.error();
    if (!(r->contact == sent.contact.toXml()))
        return Error::make(ErrorKind::MismatchedIdentity,
                           QStringLiteral("returned Contact differs from the one sent"));
    return r;
}

Result<QByteArray> autoActivationRequest(const EventInfo &deviceEvent, QByteArrayView deviceKey,
                                         const QString &loginName)
{
    const Result<QByteArray> fragment =
            seal(FragmentHeader::forEvent(eventAttributes(deviceEvent, EventForm::Wrapper)),
                 AutoActivationRequest{ loginName }.toXml(), deviceKey);
    if (!fragment)
        return fragment.error();
    return buildRequestEnvelope(method::AutoActivation, *fragment);
}

Result<AutoActivationResponse> autoActivationResponse(QByteArrayView body, QByteArrayView deviceKey)
{
    const Result<QByteArray> payload = responsePayload(body, method::AutoActivation);
    if (!payload)
        return payload.error();
    Result<OpenedPayload> opened = openResponse(*payload, deviceKey);
    if (!opened)
        return opened.error();
    wipe(opened->bytes);
    // The tree holds AccountConfigurationCode; the result shares it and keeps it, the engine
    // wipes it once the code key is derived.
    const xml::WipeOnExit wipeTree(opened->payload);
    return AutoActivationResponse::fromXml(opened->payload);
}

namespace {

Result<QByteArray> heartbeatRequest(const EventInfo &event, QByteArrayView accountKey,
                                    qint32 sequenceNumber, std::optional<QByteArrayView> iv)
{
    if (sequenceNumber < 0)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("heartbeat sequence number is negative"));
    const FragmentHeader header =
            FragmentHeader::forEvent(eventAttributes(event, EventForm::Heartbeat));
    const XmlElement payload = AccountHeartbeatRequest{}.toXml();
    const Result<QByteArray> fragment =
            iv ? seal(header, payload, accountKey, *iv) : seal(header, payload, accountKey);
    if (!fragment)
        return fragment.error();
    return buildHeartbeatEnvelope(*fragment, sequenceNumber);
}

} // namespace

Result<QByteArray> accountHeartbeatRequest(const EventInfo &event, QByteArrayView accountKey,
                                           qint32 sequenceNumber)
{
    return heartbeatRequest(event, accountKey, sequenceNumber, std::nullopt);
}

Result<QByteArray> accountHeartbeatRequest(const EventInfo &event, QByteArrayView accountKey,
                                           qint32 sequenceNumber, QByteArrayView iv)
{
    return heartbeatRequest(event, accountKey, sequenceNumber, iv);
}

Result<AccountHeartbeatResponse> accountHeartbeatResponse(QByteArrayView body,
                                                          QByteArrayView accountKey)
{
    const Result<QByteArray> payload = responsePayload(body, method::AccountHeartbeat);
    if (!payload)
        return payload.error();
    Result<OpenedPayload> opened = openResponse(*payload, accountKey);
    if (!opened)
        return opened.error();
    Result<AccountHeartbeatResponse> r = AccountHeartbeatResponse::fromXml(opened->payload);
    if (!r)
        return r.error();
    // The server decides the interval, within limits that keep a broken or hostile server
    // from making the client silent for ever or from hammering it.
    r->nextHeartbeatSeconds =
            std::clamp(r->nextHeartbeatSeconds, MinHeartbeatSeconds, MaxHeartbeatSeconds);
    return r;
}

} // namespace groove::protocol::client
