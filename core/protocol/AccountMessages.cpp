// Codecs of the account messages: CreateAccount and DomainEnrollment.
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/Messages.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::protocol {

using xml::XmlElement;

namespace {

const QString Rsa = QStringLiteral("RSA");
const QString SeName = QStringLiteral("g:SE");
const QString CertName = QStringLiteral("g:Cert");
const QString AuthName = QStringLiteral("g:Auth");
const QString ContactName = QStringLiteral("Contact");
const QString SignatureName = QStringLiteral("Signature");

Result<crypto::RsaPublicKey> readKey(const XmlElement &e, const QString &name)
{
    const Result<QByteArray> der = requiredBase64(e, name);
    if (!der)
        return der.error();
    Result<crypto::RsaPublicKey> key = crypto::RsaPublicKey::fromDer(*der);
    if (!key) {
        Error err = key.error();
        err.detail = QStringLiteral("%1@%2: %3").arg(e.name(), name, err.detail);
        return err;
    }
    return key;
}

XmlElement createAccountElement(const CreateAccountRequest &r, bool withAuth)
{
    XmlElement se(SeName);
    se.set(QStringLiteral("CSMKey"), crypto::encodeBase64(r.csmKey));
    XmlElement cert(CertName);
    r.keys.writeTo(cert);
    se.append(std::move(cert));
    if (withAuth) {
        XmlElement auth(AuthName);
        auth.set(QStringLiteral("Sig"), crypto::encodeBase64(r.signature));
        se.append(std::move(auth));
    }
    XmlElement event(QStringLiteral("Event"));
    for (const xml::XmlAttribute &a : eventAttributes(r.event, EventForm::CreateAccount))
        event.set(a.name, a.value);
    event.append(std::move(se));
    return makeFragment(std::move(event));
}

} // namespace

// ---- keys

void AccountPublicKeys::writeTo(XmlElement &e) const
{
    e.set(QStringLiteral("EPKAlgo"), Rsa)
            .set(QStringLiteral("EPubKey"), crypto::encodeBase64(encryption.toDer()))
            .set(QStringLiteral("EncAlgo"), Rsa)
            .set(QStringLiteral("SPKAlgo"), Rsa)
            .set(QStringLiteral("SPubKey"), crypto::encodeBase64(signature.toDer()))
            .set(QStringLiteral("SigAlgo"), Rsa);
}

Result<AccountPublicKeys> AccountPublicKeys::readFrom(const XmlElement &e)
{
    for (const QString &algo : { QStringLiteral("EPKAlgo"), QStringLiteral("EncAlgo"),
                                 QStringLiteral("SPKAlgo"), QStringLiteral("SigAlgo") }) {
        const Result<QString> v = requiredAttribute(e, algo);
        if (!v)
            return v.error();
        if (*v != Rsa)
            return Error::make(ErrorKind::InvalidValue,
                               QStringLiteral("%1@%2 is not RSA").arg(e.name(), algo));
    }
    Result<crypto::RsaPublicKey> enc = readKey(e, QStringLiteral("EPubKey"));
    if (!enc)
        return enc.error();
    Result<crypto::RsaPublicKey> sig = readKey(e, QStringLiteral("SPubKey"));
    if (!sig)
        return sig.error();
    return AccountPublicKeys{ std::move(enc).value(), std::move(sig).value() };
}

// ---- CreateAccount

Result<QByteArray> CreateAccountRequest::signedBytes() const
{
    return xml::serialize(createAccountElement(*this, false));
}

Result<QByteArray> CreateAccountRequest::serialize() const
{
    return xml::serialize(createAccountElement(*this, true));
}

Status CreateAccountRequest::sign(const crypto::RsaPrivateKey &accountSignatureKey)
{
    if (Status s = signSerialized(signedBytes(), accountSignatureKey, signature); !s)
        return s;
    return {};
}

Status CreateAccountRequest::verify() const
{
    return verifySerialized(signedBytes(), keys.signature, signature);
}

Result<CreateAccountRequest> CreateAccountRequest::parse(QByteArrayView fragmentBytes)
{
    const Result<XmlElement> parsed = parseFragment(fragmentBytes, QStringLiteral("Event"));
    if (!parsed)
        return parsed.error();
    const XmlElement &event = *parsed;
    const XmlElement *se = event.child(SeName);
    if (!se || event.children().size() != 1)
        return Error::make(ErrorKind::MissingElement, QStringLiteral("Event must hold one g:SE"));
    const XmlElement *cert = se->child(CertName);
    const XmlElement *auth = se->child(AuthName);
    if (!cert || !auth || se->children().size() != 2)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("g:SE must hold g:Cert and g:Auth"));

    CreateAccountRequest r;
    Result<EventInfo> info = parseEventAttributes(event.attributes(), EventForm::CreateAccount);
    if (!info)
        return info.error();
    r.event = std::move(info).value();
    Result<QByteArray> csm = requiredBase64(*se, QStringLiteral("CSMKey"));
    if (!csm)
        return csm.error();
    r.csmKey = std::move(csm).value();
    Result<AccountPublicKeys> keys = AccountPublicKeys::readFrom(*cert);
    if (!keys)
        return keys.error();
    r.keys = std::move(keys).value();
    Result<QByteArray> sig = requiredBase64(*auth, QStringLiteral("Sig"));
    if (!sig)
        return sig.error();
    r.signature = std::move(sig).value();
    return r;
}

// ---- Contact

XmlElement Contact::toXml() const
{
    XmlElement c(ContactName);
    c.set(QStringLiteral("Flags"), QStringLiteral("0"))
            .set(QStringLiteral("SeqNum"), QStringLiteral("1"))
            .set(QStringLiteral("URL"), url)
            .set(QStringLiteral("Version"), QStringLiteral("0,0,0,0"));
    XmlElement vcard(QStringLiteral("vCard"));
    vcard.set(QStringLiteral("Data"), vCardData);
    c.append(std::move(vcard));
    XmlElement device(QStringLiteral("ClientDevice"));
    device.set(QStringLiteral("DeviceGUID"), deviceGuid).set(QStringLiteral("Name"), deviceName);
    c.append(XmlElement(QStringLiteral("ClientDevices"))).append(std::move(device));
    c.append(XmlElement(QStringLiteral("RelayDevices")));
    XmlElement security(QStringLiteral("CSecurity"));
    keys.writeTo(security);
    c.append(std::move(security));
    return c;
}

Result<Contact> Contact::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, ContactName); !s)
        return s.error();
    Contact c;
    Result<QString> url = requiredAttribute(e, QStringLiteral("URL"));
    if (!url)
        return url.error();
    c.url = std::move(url).value();
    const XmlElement *vcard = e.child(QStringLiteral("vCard"));
    const XmlElement *devices = e.child(QStringLiteral("ClientDevices"));
    const XmlElement *security = e.child(QStringLiteral("CSecurity"));
    const XmlElement *device = devices ? devices->child(QStringLiteral("ClientDevice")) : nullptr;
    if (!vcard || !device || !security)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("Contact needs vCard, ClientDevice and CSecurity"));
    Result<QString> data = requiredAttribute(*vcard, QStringLiteral("Data"));
    if (!data)
        return data.error();
    c.vCardData = std::move(data).value();
    Result<QString> guid = requiredAttribute(*device, QStringLiteral("DeviceGUID"));
    if (!guid)
        return guid.error();
    c.deviceGuid = std::move(guid).value();
    Result<QString> name = requiredAttribute(*device, QStringLiteral("Name"));
    if (!name)
        return name.error();
    c.deviceName = std::move(name).value();
    Result<AccountPublicKeys> keys = AccountPublicKeys::readFrom(*security);
    if (!keys)
        return keys.error();
    c.keys = std::move(keys).value();
    return c;
}

bool operator==(const Contact &a, const Contact &b)
{
    return a.url == b.url && a.vCardData == b.vCardData && a.deviceGuid == b.deviceGuid
            && a.deviceName == b.deviceName && a.keys.encryption == b.keys.encryption
            && a.keys.signature == b.keys.signature;
}

// ---- DomainEnrollment

XmlElement DomainEnrollmentRequest::toXml() const
{
    XmlElement e(method::DomainEnrollment);
    e.set(QStringLiteral("ActivationKeySignature"), crypto::encodeBase64(activationKeySignature))
            .set(QStringLiteral("GUID"), guid)
            .set(QStringLiteral("IdentityURL"), identityUrl);
    e.append(contact.toXml());
    return e;
}

Result<DomainEnrollmentRequest> DomainEnrollmentRequest::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, method::DomainEnrollment); !s)
        return s.error();
    DomainEnrollmentRequest r;
    Result<QByteArray> sig = requiredBase64(e, QStringLiteral("ActivationKeySignature"));
    if (!sig)
        return sig.error();
    r.activationKeySignature = std::move(sig).value();
    Result<QString> guid = requiredAttribute(e, QStringLiteral("GUID"));
    if (!guid)
        return guid.error();
    r.guid = std::move(guid).value();
    Result<QString> url = requiredAttribute(e, QStringLiteral("IdentityURL"));
    if (!url)
        return url.error();
    r.identityUrl = std::move(url).value();
    if (!ids::isValidGuid(r.guid) || !ids::isValidIdentityUrl(r.identityUrl))
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("DomainEnrollment has a malformed GUID or identity"));
    const XmlElement *contact = e.child(ContactName);
    if (!contact)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("DomainEnrollment without Contact"));
    Result<Contact> c = Contact::fromXml(*contact);
    if (!c)
        return c.error();
    r.contact = std::move(c).value();
    return r;
}

Result<QByteArray> DomainEnrollmentResponse::signedBytes() const
{
    return xml::serialize(contact);
}

Status DomainEnrollmentResponse::sign(const crypto::RsaPrivateKey &domainSigningKey,
                                      const QString &domainGuid)
{
    if (Status s = signSerialized(signedBytes(), domainSigningKey, signature); !s)
        return s;
    signerDomainGuid = domainGuid;
    return {};
}

Status DomainEnrollmentResponse::verify(const crypto::RsaPublicKey &domainSigningKey) const
{
    return verifySerialized(signedBytes(), domainSigningKey, signature);
}

XmlElement DomainEnrollmentResponse::toXml() const
{
    XmlElement c = contact;
    XmlElement sig(SignatureName);
    sig.set(QStringLiteral("Sig"), crypto::encodeBase64(signature))
            .set(QStringLiteral("SignerDomainGUID"), signerDomainGuid);
    c.append(std::move(sig));
    XmlElement e(method::DomainEnrollment + QStringLiteral("Response"));
    e.append(std::move(c));
    return e;
}

Result<DomainEnrollmentResponse> DomainEnrollmentResponse::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, method::DomainEnrollment + QStringLiteral("Response")); !s)
        return s.error();
    const XmlElement *contact = e.child(ContactName);
    if (!contact)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("DomainEnrollmentResponse without Contact"));
    const auto signatures = contact->childrenNamed(SignatureName);
    if (signatures.size() != 1)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("returned Contact must carry one Signature"));
    DomainEnrollmentResponse r;
    Result<QByteArray> sig = requiredBase64(*signatures.front(), QStringLiteral("Sig"));
    if (!sig)
        return sig.error();
    r.signature = std::move(sig).value();
    Result<QString> signer =
            requiredAttribute(*signatures.front(), QStringLiteral("SignerDomainGUID"));
    if (!signer)
        return signer.error();
    r.signerDomainGuid = std::move(signer).value();
    r.contact = *contact;
    r.contact.removeChildren(SignatureName);
    return r;
}

} // namespace groove::protocol
