#pragma once

#include "Result.h"
#include "xml/XmlElement.h"

#include <QtCore/QByteArray>

// Secured fragments (WIRE-PROFILE 4): sealing with a shared key (MARC4 + HMAC-SHA1) and opening.
namespace groove::protocol {

// What the header H holds, apart from the Enc/Auth elements inside g:SE.
struct FragmentHeader
{
    QString wrapper; // method name, "Event" or "ReturnPayloadWrapper"
    QList<xml::XmlAttribute> wrapperAttributes; // the Event attributes (account-key requests)
    QList<xml::XmlAttribute> seAttributes; // KeyID (code-key requests)

    [[nodiscard]] static FragmentHeader forCodeKey(const QString &method, const QString &keyId);
    [[nodiscard]] static FragmentHeader forEvent(const QList<xml::XmlAttribute> &eventAttributes);
    [[nodiscard]] static FragmentHeader forResponse();

    [[nodiscard]] QString seAttribute(const QString &name) const;
    [[nodiscard]] QString wrapperAttribute(const QString &name) const;

    // <g:fragment xmlns:g="urn:groove.net"><WRAPPER ...><g:SE .../></WRAPPER></g:fragment>
    // with an empty SE, or with 'seChildren' inside it.
    [[nodiscard]] xml::XmlElement toElement(std::vector<xml::XmlElement> seChildren = {}) const;
};

// A parsed but not yet opened fragment.
struct SealedFragment
{
    FragmentHeader header;
    QByteArray ec;
    QByteArray iv;
    QByteArray mac;
};

// Seals 'payload' (serialized with the prefix) under 'key' with the given IV (tests inject it;
// product code uses the overload that draws a fresh IV as long as the key).
[[nodiscard]] Result<QByteArray> seal(const FragmentHeader &header, const xml::XmlElement &payload,
                                      QByteArrayView key, QByteArrayView iv);
[[nodiscard]] Result<QByteArray> seal(const FragmentHeader &header, const xml::XmlElement &payload,
                                      QByteArrayView key);

// Structure only: root g:fragment with xmlns:g, one wrapper, g:SE with g:Enc(EC, IV) and
// g:Auth(MAC); strict base64; MAC of 20 bytes. Receivers use it to find the key (KeyID, Event).
[[nodiscard]] Result<SealedFragment> parseSealed(QByteArrayView fragmentBytes);

struct OpenedPayload
{
    xml::XmlElement payload;
    QByteArray bytes; // decrypted serialized payload, prefix included
};

// Rebuilds H canonically, decrypts, checks the MAC in constant time (BadMac on any mismatch,
// including a wrong key or an IV whose length differs from the key's), then parses the payload.
[[nodiscard]] Result<OpenedPayload> open(const SealedFragment &fragment, QByteArrayView key);
[[nodiscard]] Result<OpenedPayload> open(QByteArrayView fragmentBytes, QByteArrayView key);

// What a client opens: the fragment must carry the response header H of WIRE-PROFILE 4 step 1
// and 6.2 exactly (wrapper ReturnPayloadWrapper, no wrapper attributes, an SE without
// attributes), else BadMac: the MAC then authenticates a header other than the one a response
// has, so the integrity of the response is not established (CLI class integrity).
[[nodiscard]] Result<OpenedPayload> openResponse(QByteArrayView fragmentBytes, QByteArrayView key);

} // namespace groove::protocol
