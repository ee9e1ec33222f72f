#pragma once

#include "Result.h"
#include "crypto/RsaKey.h"
#include "xml/XmlElement.h"

// Managed objects of a KeyActivation-shaped response ([MS-GRVSPCM] 2.2.2.2.10, WIRE-PROFILE 5.1).
namespace groove::protocol {

inline constexpr const char *IdentityTemplateName = "grooveIdentityTemplate:";

struct ManagedObject
{
    QString name; // Header@Name, e.g. "grooveIdentityTemplate:"
    QString displayName;
    QString description;
    QString domainGuid; // Header@DomainGUID
    QString serverUrl;
    QString componentResourceUrl = QStringLiteral("urn:groove.net:GMS:ManagedObject");
    xml::XmlElement body; // the single child of <Body>
    QString signerDomainGuid;
    QByteArray signature; // raw GrooveSign bytes

    // The object without <Signatures>, serialized with the prefix: what the domain signs.
    [[nodiscard]] Result<QByteArray> signedBytes() const;
    [[nodiscard]] Result<QByteArray> serialize() const; // complete, with the prefix
    [[nodiscard]] Status verify(const crypto::RsaPublicKey &domainSigningKey) const;
    // Sets signerDomainGuid = domainGuid and the signature (server side).
    [[nodiscard]] Status sign(const crypto::RsaPrivateKey &domainSigningKey);

    // Strict parse of a serialized object (the decoded ManagedObjectEntry@Data).
    [[nodiscard]] static Result<ManagedObject> parse(QByteArrayView bytes);
};

// vCard@Data of IdentityTemplate/Contact/vCard in the template's body (MissingElement if absent).
[[nodiscard]] Result<QString> identityTemplateVCard(const ManagedObject &identityTemplate);

} // namespace groove::protocol
