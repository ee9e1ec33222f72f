// Routing, HTTP-level checks, authentication, fault injection and logging of the devserver.
#include "devserver/GmsService.h"

#include "crypto/Crypto.h"
#include "protocol/Envelope.h"
#include "protocol/Faults.h"
#include "protocol/Messages.h"
#include "protocol/SecuredFragment.h"

#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcGms, "groove.devserver", QtInfoMsg)

namespace groove::devserver {

namespace {

const QByteArray ContentType = QByteArrayLiteral("text/xml; charset=utf-8");
const QByteArray AuthPath = QByteArrayLiteral("/AutoActivate/gms.dll");
const QByteArray Challenge = QByteArrayLiteral("Basic realm=\"Groove\", charset=\"UTF-8\"");

HttpResponse xmlResponse(const QByteArray &body)
{
    HttpResponse r;
    r.headers.append({ QByteArrayLiteral("Content-Type"), ContentType });
    r.body = body;
    return r;
}

HttpResponse faultResponse(int code)
{
    return xmlResponse(protocol::buildFaultEnvelope(code).value());
}

HttpResponse plainStatus(int status, const QByteArray &reason)
{
    HttpResponse r;
    r.status = status;
    r.reason = reason;
    r.headers.append(
            { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8") });
    r.body = reason + '\n';
    return r;
}

// One base64 character of the attribute's value changed (another valid character, so the
// damage is found by the MAC or signature check, not by the base64 decoder).
void flipAttribute(QByteArray &xml, QByteArrayView attribute)
{
    const qsizetype at = xml.indexOf(QByteArray(attribute.toByteArray() + "=\""));
    if (at < 0)
        return;
    const qsizetype pos = at + attribute.size() + 2 + 2;
    xml[pos] = xml[pos] == 'A' ? 'B' : 'A';
}

} // namespace

int faultCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::MalformedXml:
    case ErrorKind::ForbiddenXml:
    case ErrorKind::UnexpectedElement:
    case ErrorKind::InputTooLarge:
    case ErrorKind::UnsupportedCharacter:
        return 105;
    case ErrorKind::BadMac:
    case ErrorKind::BadSignature:
        return 205;
    case ErrorKind::ServerFault:
        return error.faultCode;
    default:
        return 204;
    }
}

GmsService::GmsService(ServerState &state, const ServerConfig &config, Clock clock)
    : m_state(state),
      m_config(config),
      m_clock(std::move(clock))
{
}

bool GmsService::createdIsAcceptable(qint64 created) const
{
    return qAbs(created - m_clock()) <= m_config.clockSkewSeconds;
}

Result<QByteArray> GmsService::sealResponse(const xml::XmlElement &payload, QByteArrayView key)
{
    protocol::FragmentHeader header = protocol::FragmentHeader::forResponse();
    if (m_current && m_current->action == FaultAction::WrapperName)
        header.wrapper = m_current->text;
    if (m_current && m_current->action == FaultAction::SeAttribute)
        header.seAttributes.append({ m_current->text, QStringLiteral("AAAA") });
    if (m_current && m_current->action == FaultAction::WrongKey) {
        const Result<QByteArray> other = crypto::randomBytes(key.size());
        if (!other)
            return other.error();
        return protocol::seal(header, payload, *other);
    }
    Result<QByteArray> sealed = protocol::seal(header, payload, key);
    if (sealed && m_current && m_current->action == FaultAction::FlipMac)
        flipAttribute(sealed.value(), "MAC");
    return sealed;
}

std::optional<HttpResponse> GmsService::authenticate(const HttpRequest &request, Caller &caller,
                                                     QString &note, int &fault)
{
    const QByteArray auth = request.header("authorization");
    if (!request.overTls && !auth.isEmpty()) {
        // WIRE-PROFILE 1 and 7.2: Basic goes over https only. Credentials that came in clear
        // are refused unread: checking them would tell an eavesdropper whether they are right,
        // and a 401 would ask for them again (and tell the client the password is wrong).
        note = QStringLiteral("credentials over plain HTTP refused unchecked");
        HttpResponse r = plainStatus(403, "Forbidden");
        r.body = QByteArrayLiteral("Credentials are accepted over https only.\n");
        return r;
    }
    if (auth.isEmpty()) {
        HttpResponse r = plainStatus(401, "Unauthorized");
        r.headers.append({ QByteArrayLiteral("WWW-Authenticate"), Challenge });
        note = QStringLiteral("challenge");
        return r;
    }
    const qsizetype space = auth.indexOf(' ');
    const QByteArray scheme = auth.left(space).toLower();
    if (space < 0 || scheme != "basic") {
        note = QStringLiteral("scheme %1 refused").arg(QString::fromLatin1(scheme.left(16)));
        return faultResponse(fault = 221);
    }
    Result<QByteArray> decoded =
            crypto::decodeBase64Strict(QByteArrayView(auth.mid(space + 1).trimmed()));
    if (!decoded) {
        note = QStringLiteral("malformed Basic credentials");
        return faultResponse(fault = 221);
    }
    const qsizetype colon = decoded->indexOf(':');
    QString login = QString::fromUtf8(decoded->left(colon < 0 ? decoded->size() : colon));
    QString password = colon < 0 ? QString() : QString::fromUtf8(decoded->mid(colon + 1));
    wipe(decoded.value());
    if (login.isEmpty()) {
        note = QStringLiteral("empty user name");
        return faultResponse(fault = 222);
    }
    const MemberConfig *member = m_config.findByLogin(login);
    if (!member) {
        note = QStringLiteral("unknown login %1").arg(login);
        wipe(password);
        return faultResponse(fault = 211);
    }
    const bool passwordOk =
            crypto::constantTimeEquals(password.toUtf8(), member->password.toUtf8());
    wipe(password);
    if (!passwordOk) {
        note = QStringLiteral("wrong password for %1").arg(login);
        HttpResponse r = plainStatus(401, "Unauthorized");
        r.headers.append({ QByteArrayLiteral("WWW-Authenticate"), Challenge });
        return r;
    }
    caller.login = login;
    return std::nullopt;
}

HttpResponse GmsService::injected(const FaultRule &rule, const HttpRequest &request,
                                  const QString &method)
{
    switch (rule.action) {
    case FaultAction::ProtocolFault:
        return faultResponse(rule.faultCode);
    case FaultAction::Http500:
        return plainStatus(500, "Internal Server Error");
    case FaultAction::CloseNoAnswer: {
        HttpResponse r;
        r.delivery = Delivery::CloseNoAnswer;
        return r;
    }
    case FaultAction::Stall: {
        HttpResponse r;
        r.delivery = Delivery::Stall;
        return r;
    }
    case FaultAction::Oversized:
        return xmlResponse(QByteArray(1024 * 1024 + 4096, ' ')
                           + protocol::buildFaultEnvelope(203).value());
    case FaultAction::MalformedXml:
        return xmlResponse(QByteArrayLiteral("<SOAP-ENV:Envelope><SOAP-ENV:Body><")
                           + method.toUtf8() + "Response><Retu");
    case FaultAction::RedirectCrossHost:
    case FaultAction::RedirectSameOrigin: {
        HttpResponse r = plainStatus(307, "Temporary Redirect");
        const QByteArray scheme = request.overTls ? "https" : "http";
        // 127.0.0.2 is another host, still on this machine's loopback: a client that wrongly
        // follows it sends nothing off the machine.
        const QByteArray host =
                rule.action == FaultAction::RedirectCrossHost ? "127.0.0.2" : "127.0.0.1";
        const QByteArray path = QByteArrayLiteral("/redirected") + request.target;
        r.headers.append(
                { QByteArrayLiteral("Location"),
                  scheme + "://" + host + ':' + QByteArray::number(request.localPort) + path });
        return r;
    }
    case FaultAction::CloseMidBody:
    case FaultAction::WrongKey:
    case FaultAction::FlipMac:
    case FaultAction::FlipSignature:
    case FaultAction::WrapperName:
    case FaultAction::SeAttribute:
        break; // applied to the real answer
    }
    return {};
}

QString GmsService::advertisedServerUrl() const
{
    const QLatin1StringView http("http://");
    if (m_advertiseRequestScheme && m_requestOverTls && m_serverUrl.startsWith(http))
        return QStringLiteral("https://") + m_serverUrl.mid(http.size());
    return m_serverUrl;
}

HttpResponse GmsService::handle(const HttpRequest &request)
{
    QString note;
    QString method = QStringLiteral("-");
    HttpResponse response;
    int faultSent = 0;
    m_current.reset();
    m_requestOverTls = request.overTls;

    const QByteArray path = request.target;
    const bool authenticated = path.endsWith(AuthPath);
    if (!path.endsWith("/gms.dll") || path.contains('?') || path.contains('#')) {
        response = plainStatus(404, "Not Found");
    } else if (request.method != "POST") {
        response = plainStatus(405, "Method Not Allowed");
        response.headers.append({ QByteArrayLiteral("Allow"), QByteArrayLiteral("POST") });
    } else {
        Caller caller;
        std::optional<HttpResponse> refused;
        if (authenticated)
            refused = authenticate(request, caller, note, faultSent);
        if (refused) {
            response = *refused;
        } else if (request.header("content-type") != ContentType) {
            note = QStringLiteral("Content-Type %1")
                           .arg(QString::fromLatin1(request.header("content-type").left(64)));
            response = faultResponse(faultSent = 105);
        } else {
            const Result<protocol::RequestEnvelope> env =
                    protocol::parseRequestEnvelope(request.body);
            if (env)
                method = env->method;
            m_current = m_faults.next(method);
            if (m_current && !m_current->altersAnswer()) {
                note = QStringLiteral("injected %1").arg(m_current->toString());
                response = injected(*m_current, request, method);
            } else if (!env) {
                note = env.error().toLogString();
                response = faultResponse(faultSent = 105);
            } else {
                Reply reply;
                const bool needsAuth = method == protocol::method::AutoAccountCodeConfiguration
                        || method == protocol::method::AutoActivation;
                if (needsAuth && !authenticated) {
                    reply.fault = 221; // these methods exist only on the authenticated endpoint
                    reply.note = QStringLiteral("method needs the authenticated endpoint");
                } else if (method == protocol::method::KeyActivation) {
                    reply = keyActivation(env->payload);
                } else if (method == protocol::method::CreateAccount) {
                    reply = createAccount(env->payload);
                } else if (method == protocol::method::DomainEnrollment) {
                    reply = domainEnrollment(env->payload);
                } else if (method == protocol::method::AutoAccountCodeConfiguration) {
                    reply = autoAccountCodeConfiguration(env->payload, caller);
                } else if (method == protocol::method::AutoActivation) {
                    reply = autoActivation(env->payload, caller);
                } else if (method == protocol::method::AccountHeartbeat) {
                    reply = accountHeartbeat(request.body);
                } else {
                    reply.fault = 105;
                    reply.note = QStringLiteral("unknown method");
                }
                note = reply.note;
                if (reply.fault != 0)
                    response = faultResponse(faultSent = reply.fault);
                else
                    response = xmlResponse(
                            protocol::buildResponseEnvelope(method, reply.payload).value());
                if (m_current) {
                    note += QStringLiteral(" (injected %1)").arg(m_current->toString());
                    if (m_current->action == FaultAction::CloseMidBody)
                        response.delivery = Delivery::CloseMidBody;
                }
            }
        }
    }

    if (m_current && m_current->action == FaultAction::ProtocolFault)
        faultSent = m_current->faultCode;
    const QString result = response.status != 200 ? QStringLiteral("HTTP %1").arg(response.status)
            : faultSent != 0                      ? QStringLiteral("fault %1").arg(faultSent)
                                                  : QStringLiteral("ok");
    qCInfo(lcGms).noquote() << QStringLiteral("#%1 %2 %3 %4 -> %5 %6")
                                       .arg(request.connectionId)
                                       .arg(request.overTls ? QStringLiteral("https")
                                                            : QStringLiteral("http"),
                                            QString::fromLatin1(path.left(128)), method, result,
                                            note);
    m_current.reset();
    return response;
}

} // namespace groove::devserver
