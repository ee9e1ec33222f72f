#include "protocol/Envelope.h"

#include "crypto/Crypto.h"
#include "protocol/Faults.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

namespace groove::protocol {

using xml::XmlElement;

namespace {

const QString EnvelopeName = QStringLiteral("SOAP-ENV:Envelope");
const QString BodyName = QStringLiteral("SOAP-ENV:Body");
const QString SoapFaultName = QStringLiteral("SOAP-ENV:Fault");
const QString ResponseSuffix = QStringLiteral("Response");

XmlElement envelopeSkeleton()
{
    XmlElement env(EnvelopeName);
    env.set(QStringLiteral("SOAP-ENV:encodingStyle"),
            QStringLiteral("http://schemas.xmlsoap.org/soap/encoding/"))
            .set(QStringLiteral("xmlns:SOAP-ENC"),
                 QStringLiteral("http://schemas.xmlsoap.org/soap/encoding/"))
            .set(QStringLiteral("xmlns:SOAP-ENV"),
                 QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"))
            .set(QStringLiteral("xmlns:xsd"), QStringLiteral("http://www.w3.org/1999/XMLSchema"))
            .set(QStringLiteral("xmlns:xsi"),
                 QStringLiteral("http://www.w3.org/1999/XMLSchema-instance"));
    return env;
}

Result<QByteArray> wrapBody(XmlElement content, xml::Prefix prefix)
{
    XmlElement env = envelopeSkeleton();
    env.append(XmlElement(BodyName)).append(std::move(content));
    return xml::serialize(env, prefix);
}

XmlElement intElement(const QString &name, int value)
{
    XmlElement e(name);
    e.set(QStringLiteral("xsi:type"), QStringLiteral("xsd:int"));
    e.setText(QString::number(value));
    return e;
}

XmlElement faultElement(int code, const QString &text)
{
    XmlElement fault(QStringLiteral("Fault"));
    fault.append(intElement(QStringLiteral("faultCode"), code));
    XmlElement str(QStringLiteral("faultString"));
    str.setText(text.isEmpty() ? faultSpecText(code) : text);
    fault.append(std::move(str));
    return fault;
}

Error protocolError(const QString &detail)
{
    return Error::make(ErrorKind::MalformedXml, detail);
}

Result<int> parseInt(const XmlElement &e)
{
    bool ok = false;
    const QString t = e.text().trimmed();
    const int v = t.toInt(&ok);
    if (!ok)
        return Error::make(ErrorKind::InvalidValue,
                           QStringLiteral("<%1> is not an integer").arg(e.name()));
    return v;
}

Result<const XmlElement *> bodyChild(const XmlElement &root)
{
    if (root.name() != EnvelopeName)
        return Error::make(ErrorKind::UnexpectedElement,
                           QStringLiteral("root is <%1>, not an envelope").arg(root.name()));
    const XmlElement *body = root.child(BodyName);
    if (!body)
        return Error::make(ErrorKind::MissingElement, QStringLiteral("envelope without Body"));
    if (body->children().size() != 1)
        return protocolError(QStringLiteral("Body holds %1 elements, expected one")
                                     .arg(body->children().size()));
    return &body->children().front();
}

// <Fault><faultCode>N</faultCode><faultString>T</faultString></Fault>
Error faultFrom(const XmlElement &fault)
{
    const XmlElement *code = fault.child(QStringLiteral("faultCode"));
    if (!code)
        return Error::make(ErrorKind::MissingElement, QStringLiteral("Fault without faultCode"));
    const Result<int> n = parseInt(*code);
    if (!n)
        return n.error();
    const XmlElement *text = fault.child(QStringLiteral("faultString"));
    return faultError(*n, text ? text->text() : QString());
}

} // namespace

Result<QByteArray> buildRequestEnvelope(const QString &method, QByteArrayView payload)
{
    XmlElement m(method);
    XmlElement p(QStringLiteral("Payload"));
    p.set(QStringLiteral("xsi:type"), QStringLiteral("base64"));
    p.setText(crypto::encodeBase64(payload));
    m.append(std::move(p));
    return wrapBody(std::move(m), xml::Prefix::With);
}

Result<QByteArray> buildResponseEnvelope(const QString &method,
                                         const std::optional<QByteArray> &payload)
{
    XmlElement m(method + ResponseSuffix);
    m.append(intElement(QStringLiteral("ReturnCode"), 0));
    if (payload) {
        XmlElement p(QStringLiteral("Payload"));
        p.set(QStringLiteral("data"), crypto::encodeBase64(*payload));
        p.set(QStringLiteral("xsi:type"), QStringLiteral("binary"));
        m.append(std::move(p));
    }
    return wrapBody(std::move(m), xml::Prefix::Without);
}

Result<QByteArray> buildFaultEnvelope(int code, const QString &text)
{
    return wrapBody(faultElement(code, text), xml::Prefix::Without);
}

Result<QByteArray> buildSoapFaultEnvelope(int code, const QString &text)
{
    const QString t = text.isEmpty() ? faultSpecText(code) : text;
    XmlElement f(SoapFaultName);
    XmlElement fc(QStringLiteral("faultcode"));
    fc.setText(QStringLiteral("SOAP-ENV:Server"));
    f.append(std::move(fc));
    XmlElement fs(QStringLiteral("faultstring"));
    fs.setText(t);
    f.append(std::move(fs));
    f.append(XmlElement(QStringLiteral("detail"))).append(faultElement(code, t));
    return wrapBody(std::move(f), xml::Prefix::Without);
}

Result<RequestEnvelope> parseRequestEnvelope(QByteArrayView body)
{
    const Result<XmlElement> root = xml::parse(body);
    if (!root)
        return root.error();
    const Result<const XmlElement *> method = bodyChild(*root);
    if (!method)
        return method.error();
    const XmlElement *payload = (*method)->child(QStringLiteral("Payload"));
    if (!payload)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("<%1> without Payload").arg((*method)->name()));
    Result<QByteArray> bytes = crypto::decodeBase64Strict(QStringView(payload->text()));
    if (!bytes)
        return bytes.error();
    return RequestEnvelope{ (*method)->name(), std::move(bytes).value() };
}

Result<ResponseEnvelope> parseResponseEnvelope(QByteArrayView body, const QString &expectedMethod)
{
    Result<XmlElement> root = xml::parse(body);
    if (!root)
        return root.error();
    // Payload@data of an unsecured answer (auto-configuration) encodes a code.
    const xml::WipeOnExit wipeTree(root.value());
    const Result<const XmlElement *> childR = bodyChild(*root);
    if (!childR)
        return childR.error();
    const XmlElement &child = **childR;

    if (child.name() == QStringLiteral("Fault"))
        return faultFrom(child);
    if (child.name() == SoapFaultName) {
        const XmlElement *detail = child.child(QStringLiteral("detail"));
        const XmlElement *inner = detail ? detail->child(QStringLiteral("Fault")) : nullptr;
        if (!inner)
            return Error::make(ErrorKind::MissingElement,
                               QStringLiteral("SOAP fault without detail/Fault"));
        return faultFrom(*inner);
    }
    if (!child.name().endsWith(ResponseSuffix))
        return Error::make(ErrorKind::UnexpectedElement,
                           QStringLiteral("Body holds <%1>").arg(child.name()));
    const QString method = child.name().chopped(ResponseSuffix.size());
    if (!expectedMethod.isEmpty() && method != expectedMethod) {
        return Error::make(
                ErrorKind::UnexpectedElement,
                QStringLiteral("expected %1Response, got <%2>").arg(expectedMethod, child.name()));
    }
    const XmlElement *rc = child.child(QStringLiteral("ReturnCode"));
    if (!rc)
        return Error::make(ErrorKind::MissingElement,
                           QStringLiteral("<%1> without ReturnCode").arg(child.name()));
    const Result<int> code = parseInt(*rc);
    if (!code)
        return code.error();
    if (*code != 0)
        return faultError(*code, faultSpecText(*code));

    ResponseEnvelope out{ method, std::nullopt };
    if (const XmlElement *payload = child.child(QStringLiteral("Payload"))) {
        const QString *data = payload->attribute(QStringLiteral("data"));
        if (!data)
            return Error::make(ErrorKind::MissingAttribute, QStringLiteral("Payload without data"));
        Result<QByteArray> bytes = crypto::decodeBase64Strict(QStringView(*data));
        if (!bytes)
            return bytes.error();
        out.payload = std::move(bytes).value();
    }
    return out;
}

} // namespace groove::protocol
