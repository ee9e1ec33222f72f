#include "protocol/SecuredFragment.h"

#include "SecretBytes.h"
#include "crypto/Crypto.h"
#include "crypto/Marc4.h"
#include "protocol/Messages.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::protocol {

using xml::XmlAttribute;
using xml::XmlElement;

namespace {

const QString FragmentName = QStringLiteral("g:fragment");
const QString SeName = QStringLiteral("g:SE");
const QString EncName = QStringLiteral("g:Enc");
const QString AuthName = QStringLiteral("g:Auth");
const QString GrooveNs = QStringLiteral("urn:groove.net");

QString find(const QList<XmlAttribute> &attrs, const QString &name)
{
    for (const XmlAttribute &a : attrs) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

// digest = SHA1(prefix || H || prefix || P); H and P are both serialized with the prefix.
Result<QByteArray> digestOf(const FragmentHeader &header, QByteArrayView payloadBytes)
{
    Result<QByteArray> h = xml::serialize(header.toElement());
    if (!h)
        return h.error();
    QByteArray input = std::move(h).value();
    input.append(payloadBytes.constData(), payloadBytes.size());
    const QByteArray digest = crypto::sha1(input);
    wipe(input);
    return digest;
}

} // namespace

FragmentHeader FragmentHeader::forCodeKey(const QString &method, const QString &keyId)
{
    return FragmentHeader{ method, {}, { XmlAttribute{ QStringLiteral("KeyID"), keyId } } };
}

FragmentHeader FragmentHeader::forEvent(const QList<XmlAttribute> &eventAttributes)
{
    return FragmentHeader{ QStringLiteral("Event"), eventAttributes, {} };
}

FragmentHeader FragmentHeader::forResponse()
{
    return FragmentHeader{ QStringLiteral("ReturnPayloadWrapper"), {}, {} };
}

QString FragmentHeader::seAttribute(const QString &name) const
{
    return find(seAttributes, name);
}

QString FragmentHeader::wrapperAttribute(const QString &name) const
{
    return find(wrapperAttributes, name);
}

XmlElement FragmentHeader::toElement(std::vector<XmlElement> seChildren) const
{
    XmlElement se(SeName);
    for (const XmlAttribute &a : seAttributes)
        se.set(a.name, a.value);
    se.children() = std::move(seChildren);

    XmlElement w(wrapper);
    for (const XmlAttribute &a : wrapperAttributes)
        w.set(a.name, a.value);
    w.append(std::move(se));

    return makeFragment(std::move(w));
}

Result<QByteArray> seal(const FragmentHeader &header, const XmlElement &payload, QByteArrayView key,
                        QByteArrayView iv)
{
    if (key.isEmpty() || iv.size() != key.size())
        return Error::make(ErrorKind::WrongLength, QStringLiteral("IV and key lengths differ"));
    Result<QByteArray> p = xml::serialize(payload);
    if (!p)
        return p.error();
    QByteArray plain = std::move(p).value();

    const Result<QByteArray> digest = digestOf(header, plain);
    Result<QByteArray> ec = crypto::marc4(key, iv, plain);
    wipe(plain);
    if (!digest)
        return digest.error();
    if (!ec)
        return ec.error();
    const QByteArray mac = crypto::hmacSha1(key, *digest);

    XmlElement enc(EncName);
    enc.set(QStringLiteral("EC"), crypto::encodeBase64(*ec));
    enc.set(QStringLiteral("IV"), crypto::encodeBase64(iv));
    XmlElement auth(AuthName);
    auth.set(QStringLiteral("MAC"), crypto::encodeBase64(mac));
    std::vector<XmlElement> seChildren;
    seChildren.push_back(std::move(enc));
    seChildren.push_back(std::move(auth));
    return xml::serialize(header.toElement(std::move(seChildren)));
}

Result<QByteArray> seal(const FragmentHeader &header, const XmlElement &payload, QByteArrayView key)
{
    const Result<QByteArray> iv = crypto::randomBytes(key.size());
    if (!iv)
        return iv.error();
    return seal(header, payload, key, *iv);
}

Result<SealedFragment> parseSealed(QByteArrayView fragmentBytes)
{
    const Result<XmlElement> root = xml::parse(fragmentBytes);
    if (!root)
        return root.error();
    if (root->name() != FragmentName)
        return Error::make(ErrorKind::UnexpectedElement,
                           QStringLiteral("root is <%1>, not g:fragment").arg(root->name()));
    if (root->value(QStringLiteral("xmlns:g")) != GrooveNs)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("g:fragment without xmlns:g=\"urn:groove.net\""));
    if (root->children().size() != 1)
        return Error::make(ErrorKind::MalformedXml,
                           QStringLiteral("g:fragment must hold exactly one wrapper"));
    const XmlElement &wrapper = root->children().front();
    if (wrapper.children().size() != 1 || wrapper.children().front().name() != SeName)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("<%1> must hold exactly one g:SE").arg(wrapper.name()));
    const XmlElement &se = wrapper.children().front();
    const XmlElement *enc = se.child(EncName);
    const XmlElement *auth = se.child(AuthName);
    if (!enc || !auth || se.children().size() != 2)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("g:SE must hold g:Enc and g:Auth"));

    SealedFragment out;
    out.header.wrapper = wrapper.name();
    out.header.wrapperAttributes = wrapper.attributes();
    out.header.seAttributes = se.attributes();
    Result<QByteArray> ec = requiredBase64(*enc, QStringLiteral("EC"));
    if (!ec)
        return ec.error();
    Result<QByteArray> iv = requiredBase64(*enc, QStringLiteral("IV"));
    if (!iv)
        return iv.error();
    Result<QByteArray> mac = requiredBase64(*auth, QStringLiteral("MAC"));
    if (!mac)
        return mac.error();
    if (mac->size() != crypto::Sha1Size)
        return Error::make(ErrorKind::WrongLength,
                           QStringLiteral("MAC is %1 bytes, expected 20").arg(mac->size()));
    if (iv->isEmpty())
        return Error::make(ErrorKind::WrongLength, QStringLiteral("empty IV"));
    out.ec = std::move(ec).value();
    out.iv = std::move(iv).value();
    out.mac = std::move(mac).value();
    return out;
}

Result<OpenedPayload> open(const SealedFragment &fragment, QByteArrayView key)
{
    // A wrong-length IV means the wrong key (or tampering): same answer as a MAC mismatch, so
    // a sender learns nothing from the difference.
    if (fragment.iv.size() != key.size())
        return Error::make(ErrorKind::BadMac, QStringLiteral("IV length does not match the key"));
    Result<QByteArray> plain = crypto::marc4(key, fragment.iv, fragment.ec);
    if (!plain)
        return plain.error();
    const Result<QByteArray> digest = digestOf(fragment.header, *plain);
    if (!digest)
        return digest.error();
    const QByteArray mac = crypto::hmacSha1(key, *digest);
    if (!crypto::constantTimeEquals(mac, fragment.mac)) {
        wipe(plain.value());
        return Error::make(ErrorKind::BadMac, QStringLiteral("MAC mismatch"));
    }
    if (!plain->startsWith(xml::GroovePrefix)) {
        wipe(plain.value());
        return Error::make(ErrorKind::MalformedXml,
                           QStringLiteral("decrypted payload lacks the Groove prefix"));
    }
    Result<XmlElement> payload = xml::parse(*plain);
    if (!payload) {
        wipe(plain.value());
        return payload.error();
    }
    return OpenedPayload{ std::move(payload).value(), std::move(plain).value() };
}

Result<OpenedPayload> open(QByteArrayView fragmentBytes, QByteArrayView key)
{
    const Result<SealedFragment> f = parseSealed(fragmentBytes);
    if (!f)
        return f.error();
    return open(*f, key);
}

Result<OpenedPayload> openResponse(QByteArrayView fragmentBytes, QByteArrayView key)
{
    const Result<SealedFragment> f = parseSealed(fragmentBytes);
    if (!f)
        return f.error();
    const FragmentHeader expected = FragmentHeader::forResponse();
    if (f->header.wrapper != expected.wrapper) {
        return Error::make(ErrorKind::BadMac,
                           QStringLiteral("response fragment wrapper is <%1>, not <%2>")
                                   .arg(f->header.wrapper, expected.wrapper));
    }
    if (!f->header.wrapperAttributes.isEmpty())
        return Error::make(ErrorKind::BadMac,
                           QStringLiteral("response fragment wrapper has attributes"));
    if (!f->header.seAttributes.isEmpty()) {
        return Error::make(ErrorKind::BadMac,
                           QStringLiteral("response fragment g:SE has attributes (%1)")
                                   .arg(f->header.seAttributes.front().name));
    }
    return open(*f, key);
}

} // namespace groove::protocol
