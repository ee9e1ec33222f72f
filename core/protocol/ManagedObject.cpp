#include "protocol/ManagedObject.h"

#include "crypto/Crypto.h"
#include "protocol/Messages.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::protocol {

using xml::XmlElement;

namespace {

const QString ObjectName = QStringLiteral("ManagedObject");

XmlElement toElement(const ManagedObject &o, bool withSignatures)
{
    XmlElement obj(ObjectName);
    obj.set(QStringLiteral("Version"), QStringLiteral("0,0,0,0"));
    XmlElement header(QStringLiteral("Header"));
    header.set(QStringLiteral("Description"), o.description)
            .set(QStringLiteral("DisplayName"), o.displayName)
            .set(QStringLiteral("DomainGUID"), o.domainGuid)
            .set(QStringLiteral("Name"), o.name)
            .set(QStringLiteral("ServerURL"), o.serverUrl);
    obj.append(std::move(header));
    XmlElement body(QStringLiteral("Body"));
    body.set(QStringLiteral("ComponentResourceURL"), o.componentResourceUrl);
    body.append(o.body);
    obj.append(std::move(body));
    if (withSignatures) {
        XmlElement sig(QStringLiteral("Signature"));
        sig.set(QStringLiteral("Sig"), crypto::encodeBase64(o.signature));
        sig.set(QStringLiteral("SignerDomainGUID"), o.signerDomainGuid);
        obj.append(XmlElement(QStringLiteral("Signatures"))).append(std::move(sig));
    }
    return makeFragment(std::move(obj));
}

} // namespace

Result<QByteArray> ManagedObject::signedBytes() const
{
    return xml::serialize(toElement(*this, false));
}

Result<QByteArray> ManagedObject::serialize() const
{
    return xml::serialize(toElement(*this, true));
}

Status ManagedObject::verify(const crypto::RsaPublicKey &domainSigningKey) const
{
    Status s = verifySerialized(signedBytes(), domainSigningKey, signature);
    if (!s) {
        Error e = s.error();
        e.detail = QStringLiteral("managed object %1: %2").arg(name, e.detail);
        return e;
    }
    return {};
}

Status ManagedObject::sign(const crypto::RsaPrivateKey &domainSigningKey)
{
    signerDomainGuid = domainGuid;
    if (Status s = signSerialized(signedBytes(), domainSigningKey, signature); !s)
        return s;
    return {};
}

Result<ManagedObject> ManagedObject::parse(QByteArrayView bytes)
{
    const Result<XmlElement> parsed = parseFragment(bytes, ObjectName);
    if (!parsed)
        return parsed.error();
    const XmlElement &obj = *parsed;

    const XmlElement *header = obj.child(QStringLiteral("Header"));
    const XmlElement *body = obj.child(QStringLiteral("Body"));
    const XmlElement *sigs = obj.child(QStringLiteral("Signatures"));
    if (!header || !body || !sigs)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("ManagedObject needs Header, Body and Signatures"));
    if (obj.value(QStringLiteral("Version")) != u"0,0,0,0" || obj.children().size() != 3)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("ManagedObject has an unexpected version or shape"));
    if (body->children().size() != 1)
        return Error::make(ErrorKind::MalformedXml,
                           QStringLiteral("managed object Body must hold one element"));
    const auto signatures = sigs->childrenNamed(QStringLiteral("Signature"));
    if (signatures.size() != 1 || sigs->children().size() != 1)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("managed object must carry exactly one Signature"));

    ManagedObject o;
    for (const auto &[field, attr] : { std::pair{ &o.description, QStringLiteral("Description") },
                                       std::pair{ &o.displayName, QStringLiteral("DisplayName") },
                                       std::pair{ &o.domainGuid, QStringLiteral("DomainGUID") },
                                       std::pair{ &o.name, QStringLiteral("Name") },
                                       std::pair{ &o.serverUrl, QStringLiteral("ServerURL") } }) {
        Result<QString> v = requiredAttribute(*header, attr);
        if (!v)
            return v.error();
        *field = std::move(v).value();
    }
    Result<QString> component = requiredAttribute(*body, QStringLiteral("ComponentResourceURL"));
    if (!component)
        return component.error();
    o.componentResourceUrl = std::move(component).value();
    o.body = body->children().front();

    Result<QByteArray> sig = requiredBase64(*signatures.front(), QStringLiteral("Sig"));
    if (!sig)
        return sig.error();
    o.signature = std::move(sig).value();
    Result<QString> signer =
            requiredAttribute(*signatures.front(), QStringLiteral("SignerDomainGUID"));
    if (!signer)
        return signer.error();
    o.signerDomainGuid = std::move(signer).value();
    return o;
}

Result<QString> identityTemplateVCard(const ManagedObject &identityTemplate)
{
    const XmlElement &t = identityTemplate.body;
    const XmlElement *contact =
            t.name() == u"IdentityTemplate" ? t.child(QStringLiteral("Contact")) : nullptr;
    const XmlElement *vcard = contact ? contact->child(QStringLiteral("vCard")) : nullptr;
    if (!vcard)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("identity template without Contact/vCard"));
    return requiredAttribute(*vcard, QStringLiteral("Data"));
}

} // namespace groove::protocol
