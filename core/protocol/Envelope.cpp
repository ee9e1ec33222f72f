#include "protocol/Envelope.h"

#include "crypto/Crypto.h"
#include "protocol/Faults.h"
#include "xml/CanonicalXml.h"
#include "xml/XmlReader.h"

#include <algorithm>
#include <limits>

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

QStringView trimAsciiSpaces(QStringView s)
{
    while (!s.isEmpty() && s.front() == u' ')
        s = s.sliced(1);
    while (!s.isEmpty() && s.back() == u' ')
        s.chop(1);
    return s;
}

Error invalidParameter(const QString &detail)
{
    return Error::make(ErrorKind::InvalidValue, detail);
}

// <NAME xsi:type="xsd:int">canonical non-negative int32</NAME>, nothing else.
Result<qint32> heartbeatInt(const XmlElement &e)
{
    const QString &t = e.text();
    const bool digits = !t.isEmpty() && t.size() <= 10
            && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
            && (t.size() == 1 || t.front() != u'0');
    bool ok = false;
    const qint64 v = digits ? t.toLongLong(&ok) : -1;
    if (e.attributes()
                != QList<xml::XmlAttribute>{ { QStringLiteral("xsi:type"),
                                               QStringLiteral("xsd:int") } }
        || !e.children().empty() || !ok || v < 0 || v > std::numeric_limits<qint32>::max())
        return invalidParameter(
                QStringLiteral("<%1> is not a canonical non-negative xsd:int").arg(e.name()));
    return qint32(v);
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
    QStringView text(payload->text());
    if ((*method)->name() == u"AccountHeartbeat")
        text = trimAsciiSpaces(text);
    Result<QByteArray> bytes = crypto::decodeBase64Strict(text);
    if (!bytes)
        return bytes.error();
    return RequestEnvelope{ (*method)->name(), std::move(bytes).value() };
}

Result<QByteArray> buildHeartbeatEnvelope(QByteArrayView fragment, qint32 sequenceNumber)
{
    if (sequenceNumber < 0)
        return invalidParameter(QStringLiteral("MessageSequenceNumber is negative"));
    XmlElement m(QStringLiteral("AccountHeartbeat"));
    XmlElement p(QStringLiteral("Payload"));
    p.set(QStringLiteral("xsi:type"), QStringLiteral("base64"));
    p.setText(crypto::encodeBase64(fragment));
    m.append(std::move(p));
    m.append(intElement(QStringLiteral("Version"), 4));
    m.append(intElement(QStringLiteral("LastBroadcastProcessed"), 0));
    m.append(intElement(QStringLiteral("MessageSequenceNumber"), sequenceNumber));
    return wrapBody(std::move(m), xml::Prefix::With);
}

Result<HeartbeatEnvelope> parseHeartbeatEnvelope(QByteArrayView body)
{
    const Result<XmlElement> root = xml::parse(body);
    if (!root)
        return root.error();
    const Result<const XmlElement *> methodR = bodyChild(*root);
    if (!methodR)
        return methodR.error();
    const XmlElement &m = **methodR;
    if (m.name() != u"AccountHeartbeat")
        return Error::make(ErrorKind::UnexpectedElement,
                           QStringLiteral("Body holds <%1>, not <AccountHeartbeat>").arg(m.name()));
    static const QStringList names{ QStringLiteral("Payload"), QStringLiteral("Version"),
                                    QStringLiteral("LastBroadcastProcessed"),
                                    QStringLiteral("MessageSequenceNumber") };
    const std::vector<XmlElement> &c = m.children();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (qsizetype(c.size()) <= i || c[size_t(i)].name() != names[i])
            return Error::make(
                    ErrorKind::MissingElement,
                    QStringLiteral("<AccountHeartbeat> lacks <%1> at its place").arg(names[i]));
    }
    if (c.size() != size_t(names.size()) || !m.attributes().isEmpty() || !m.text().isEmpty())
        return invalidParameter(QStringLiteral("<AccountHeartbeat> holds more than its four"));

    const XmlElement &payload = c[0];
    if (payload.attributes()
                != QList<xml::XmlAttribute>{ { QStringLiteral("xsi:type"),
                                               QStringLiteral("base64") } }
        || !payload.children().empty())
        return invalidParameter(QStringLiteral("<Payload> is not xsi:type base64 text"));
    Result<QByteArray> bytes =
            crypto::decodeBase64Strict(trimAsciiSpaces(QStringView(payload.text())));
    if (!bytes)
        return bytes.error();
    const Result<qint32> version = heartbeatInt(c[1]);
    if (!version)
        return version.error();
    if (*version != 4)
        return invalidParameter(QStringLiteral("<Version> is not 4"));
    const Result<qint32> broadcast = heartbeatInt(c[2]);
    if (!broadcast)
        return broadcast.error();
    if (*broadcast != 0)
        return invalidParameter(QStringLiteral("<LastBroadcastProcessed> is not 0"));
    const Result<qint32> n = heartbeatInt(c[3]);
    if (!n)
        return n.error();
    return HeartbeatEnvelope{ std::move(bytes).value(), *n };
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
