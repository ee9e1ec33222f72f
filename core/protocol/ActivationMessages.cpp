// Codecs of the code-key and activation messages: KeyActivation, AutoAccountCodeConfiguration,
// AutoActivation and their responses.
#include "crypto/Crypto.h"
#include "crypto/Identifiers.h"
#include "protocol/Messages.h"
#include "xml/XmlReader.h"

namespace groove::protocol {

using xml::XmlElement;

Result<QString> requiredAttribute(const XmlElement &e, const QString &name)
{
    const QString *v = e.attribute(name);
    if (!v)
        return Error::make(ErrorKind::MissingAttribute,
                           QStringLiteral("%1@%2 missing").arg(e.name(), name));
    return *v;
}

Result<QByteArray> requiredBase64(const XmlElement &e, const QString &name)
{
    const Result<QString> v = requiredAttribute(e, name);
    if (!v)
        return v.error();
    Result<QByteArray> bytes = crypto::decodeBase64Strict(QStringView(*v));
    if (!bytes) {
        Error err = bytes.error();
        err.detail = QStringLiteral("%1@%2: %3").arg(e.name(), name, err.detail);
        return err;
    }
    return bytes;
}

Status expectName(const XmlElement &e, const QString &name)
{
    if (e.name() != name)
        return Error::make(ErrorKind::UnexpectedElement,
                           QStringLiteral("expected <%1>, got <%2>").arg(name, e.name()));
    return {};
}

Status signSerialized(const Result<QByteArray> &signedForm, const crypto::RsaPrivateKey &key,
                      QByteArray &signature)
{
    if (!signedForm)
        return signedForm.error();
    Result<QByteArray> sig = key.grooveSign(*signedForm);
    if (!sig)
        return sig.error();
    signature = std::move(sig).value();
    return {};
}

Status verifySerialized(const Result<QByteArray> &signedForm, const crypto::RsaPublicKey &key,
                        const QByteArray &signature)
{
    if (!signedForm)
        return signedForm.error();
    return key.verifyGrooveSign(*signedForm, signature);
}

XmlElement makeFragment(XmlElement child)
{
    XmlElement root(QStringLiteral("g:fragment"));
    root.set(QStringLiteral("xmlns:g"), QStringLiteral("urn:groove.net"));
    root.append(std::move(child));
    return root;
}

Result<XmlElement> parseFragment(QByteArrayView bytes, const QString &childName)
{
    Result<XmlElement> root = xml::parse(bytes);
    if (!root)
        return root.error();
    if (Status s = expectName(*root, QStringLiteral("g:fragment")); !s)
        return s.error();
    if (root->children().size() != 1)
        return Error::make(ErrorKind::MalformedXml,
                           QStringLiteral("g:fragment must hold exactly one element"));
    XmlElement child = std::move(root->children().front());
    if (Status s = expectName(child, childName); !s)
        return s.error();
    return child;
}

// ---- KeyActivation / AutoAccountCodeConfiguration requests

XmlElement DeviceRequest::toXml(const QString &methodName) const
{
    XmlElement e(methodName);
    e.set(QStringLiteral("GrooveVersion"), grooveVersion)
            .set(QStringLiteral("UserDeviceGuid"), userDeviceGuid)
            .set(QStringLiteral("UserDeviceName"), userDeviceName);
    return e;
}

Result<DeviceRequest> DeviceRequest::fromXml(const XmlElement &e, const QString &methodName)
{
    if (Status s = expectName(e, methodName); !s)
        return s.error();
    DeviceRequest r;
    for (const auto &[field, attr] :
         { std::pair{ &r.grooveVersion, QStringLiteral("GrooveVersion") },
           std::pair{ &r.userDeviceGuid, QStringLiteral("UserDeviceGuid") },
           std::pair{ &r.userDeviceName, QStringLiteral("UserDeviceName") } }) {
        Result<QString> v = requiredAttribute(e, attr);
        if (!v)
            return v.error();
        *field = std::move(v).value();
    }
    if (!isValidGrooveVersion(r.grooveVersion) || !ids::isValidGuid(r.userDeviceGuid))
        return Error::make(
                ErrorKind::InvalidValue,
                QStringLiteral("%1 has a malformed version or device GUID").arg(methodName));
    return r;
}

// ---- KeyActivationResponse / AutoAccountCodeConfigurationResponse

Result<XmlElement> ActivationResponse::toXml(const QString &elementName) const
{
    XmlElement e(elementName);
    if (!accountConfigurationCode.isEmpty())
        e.set(QStringLiteral("AccountConfigurationCode"), accountConfigurationCode);
    e.set(QStringLiteral("DomainGUID"), domainGuid)
            .set(QStringLiteral("IdentityURL"), identityUrl)
            .set(QStringLiteral("MemberName"), memberName)
            .set(QStringLiteral("ServerURL"), serverUrl);
    XmlElement domain(QStringLiteral("Domain"));
    domain.set(QStringLiteral("Certificate"), crypto::encodeBase64(domainCertificateDer))
            .set(QStringLiteral("DomainGUID"), domainGuid)
            .set(QStringLiteral("Name"), domainName);
    e.append(std::move(domain));
    XmlElement &objects = e.append(XmlElement(QStringLiteral("ManagedObjects")));
    for (const ManagedObject &o : managedObjects) {
        Result<QByteArray> bytes = o.serialize();
        if (!bytes)
            return bytes.error();
        XmlElement entry(QStringLiteral("ManagedObjectEntry"));
        entry.set(QStringLiteral("Data"), crypto::encodeBase64(*bytes))
                .set(QStringLiteral("Name"), o.name);
        objects.append(std::move(entry));
    }
    return e;
}

Result<ActivationResponse> ActivationResponse::fromXml(const XmlElement &e,
                                                       const QString &elementName)
{
    if (Status s = expectName(e, elementName); !s)
        return s.error();
    ActivationResponse r;
    for (const auto &[field, attr] : { std::pair{ &r.domainGuid, QStringLiteral("DomainGUID") },
                                       std::pair{ &r.identityUrl, QStringLiteral("IdentityURL") },
                                       std::pair{ &r.memberName, QStringLiteral("MemberName") },
                                       std::pair{ &r.serverUrl, QStringLiteral("ServerURL") } }) {
        Result<QString> v = requiredAttribute(e, attr);
        if (!v)
            return v.error();
        *field = std::move(v).value();
    }
    if (elementName == u"AutoAccountCodeConfigurationResponse") {
        Result<QString> code = requiredAttribute(e, QStringLiteral("AccountConfigurationCode"));
        if (!code)
            return code.error();
        if (code->trimmed().isEmpty())
            return Error::make(ErrorKind::InvalidValue,
                               QStringLiteral("empty AccountConfigurationCode"));
        r.accountConfigurationCode = std::move(code).value();
    }
    if (!ids::isValidGuid(r.domainGuid) || !ids::isValidIdentityUrl(r.identityUrl)
        || r.serverUrl.isEmpty())
        return Error::make(
                ErrorKind::InvalidValue,
                QStringLiteral("%1 has a malformed GUID, identity or URL").arg(elementName));

    const XmlElement *domain = e.child(QStringLiteral("Domain"));
    const XmlElement *objects = e.child(QStringLiteral("ManagedObjects"));
    if (!domain || !objects)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("%1 needs Domain and ManagedObjects").arg(elementName));
    Result<QByteArray> cert = requiredBase64(*domain, QStringLiteral("Certificate"));
    if (!cert)
        return cert.error();
    r.domainCertificateDer = std::move(cert).value();
    const Result<QString> domainGuid = requiredAttribute(*domain, QStringLiteral("DomainGUID"));
    if (!domainGuid)
        return domainGuid.error();
    Result<QString> name = requiredAttribute(*domain, QStringLiteral("Name"));
    if (!name)
        return name.error();
    r.domainName = std::move(name).value();
    if (*domainGuid != r.domainGuid)
        return Error::make(ErrorKind::MismatchedIdentity,
                           QStringLiteral("Domain@DomainGUID differs from the response's"));

    for (const XmlElement *entry : objects->childrenNamed(QStringLiteral("ManagedObjectEntry"))) {
        const Result<QByteArray> data = requiredBase64(*entry, QStringLiteral("Data"));
        if (!data)
            return data.error();
        const Result<QString> entryName = requiredAttribute(*entry, QStringLiteral("Name"));
        if (!entryName)
            return entryName.error();
        Result<ManagedObject> obj = ManagedObject::parse(*data);
        if (!obj)
            return obj.error();
        if (obj->name != *entryName || obj->domainGuid != r.domainGuid
            || obj->signerDomainGuid != r.domainGuid) {
            return Error::make(ErrorKind::MismatchedIdentity,
                               QStringLiteral("managed object %1 names another object or domain")
                                       .arg(*entryName));
        }
        r.managedObjects.append(std::move(obj).value());
    }
    const ManagedObject *tmpl = r.findObject(QString::fromLatin1(IdentityTemplateName));
    if (!tmpl)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("no grooveIdentityTemplate: managed object"));
    if (const Result<QString> vcard = identityTemplateVCard(*tmpl); !vcard)
        return vcard.error();
    return r;
}

Result<crypto::DomainCertificate> ActivationResponse::verify() const
{
    Result<crypto::DomainCertificate> cert = crypto::DomainCertificate::parse(domainCertificateDer);
    if (!cert)
        return cert.error();
    for (const ManagedObject &o : managedObjects) {
        if (Status s = o.verify(cert->signingKey()); !s)
            return s.error();
    }
    return cert;
}

const ManagedObject *ActivationResponse::findObject(const QString &name) const
{
    for (const ManagedObject &o : managedObjects) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// ---- AutoActivation

XmlElement AutoActivationRequest::toXml() const
{
    XmlElement e(method::AutoActivation);
    e.set(QStringLiteral("LoginName"), loginName);
    return e;
}

Result<AutoActivationRequest> AutoActivationRequest::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, method::AutoActivation); !s)
        return s.error();
    Result<QString> login = requiredAttribute(e, QStringLiteral("LoginName"));
    if (!login)
        return login.error();
    return AutoActivationRequest{ std::move(login).value() };
}

XmlElement AutoActivationResponse::toXml() const
{
    XmlElement e(method::AutoActivation + QStringLiteral("Response"));
    e.set(QStringLiteral("AccountConfigurationCode"), accountConfigurationCode)
            .set(QStringLiteral("ServerURL"), serverUrl);
    return e;
}

Result<AutoActivationResponse> AutoActivationResponse::fromXml(const XmlElement &e)
{
    if (Status s = expectName(e, method::AutoActivation + QStringLiteral("Response")); !s)
        return s.error();
    Result<QString> code = requiredAttribute(e, QStringLiteral("AccountConfigurationCode"));
    if (!code)
        return code.error();
    Result<QString> url = requiredAttribute(e, QStringLiteral("ServerURL"));
    if (!url)
        return url.error();
    if (code->trimmed().isEmpty() || url->isEmpty())
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("AutoActivationResponse with an empty code or URL"));
    return AutoActivationResponse{ std::move(code).value(), std::move(url).value() };
}

} // namespace groove::protocol
