#pragma once

#include "devserver/FaultInjector.h"
#include "devserver/HttpMessage.h"
#include "devserver/ServerState.h"
#include "xml/XmlElement.h"

#include <functional>
#include <optional>

namespace groove::devserver {

// The management server's protocol logic (WIRE-PROFILE 1, 2, 5, 6.7, 7.8): HTTP request in,
// HTTP response out. Transport, TLS and sockets live in HttpServer.
class GmsService final
{
public:
    using Clock = std::function<qint64()>; // Unix seconds

    GmsService(ServerState &state, const ServerConfig &config, Clock clock);

    void setServerUrl(const QString &url) { m_serverUrl = url; }
    // On by default: one port serves HTTP and TLS, so a client that came over TLS is told the
    // https form of the server URL (clients refuse a switch from https to http).
    void setAdvertiseRequestScheme(bool on) { m_advertiseRequestScheme = on; }
    [[nodiscard]] const QString &serverUrl() const { return m_serverUrl; }
    [[nodiscard]] FaultInjector &faults() { return m_faults; }

    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

private:
    struct Reply
    {
        int fault = 0; // non-zero: answer with this fault
        std::optional<QByteArray> payload; // response payload (fragment or plain payload)
        QString note; // for the log: who/what, never a secret
    };
    struct Caller
    {
        QString login; // HTTP-authenticated name, authenticated endpoint only
    };

    Reply keyActivation(const QByteArray &payload);
    Reply createAccount(const QByteArray &payload);
    Reply domainEnrollment(const QByteArray &payload);
    Reply autoAccountCodeConfiguration(const QByteArray &payload, const Caller &caller);
    Reply autoActivation(const QByteArray &payload, const Caller &caller);
    Reply accountHeartbeat(const QByteArray &body); // the whole body: N is outside the Payload

    // Authentication of the /AutoActivate endpoint: nullopt when the caller is known, else the
    // response to send (401 challenge or a fault).
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Caller &caller,
                                             QString &note, int &fault);
    [[nodiscard]] Result<QByteArray> sealResponse(const xml::XmlElement &payload,
                                                  QByteArrayView key);
    [[nodiscard]] Result<xml::XmlElement>
    activationResponse(const MemberState &member, const QString &elementName, bool withCode);
    [[nodiscard]] bool createdIsAcceptable(qint64 created) const;
    [[nodiscard]] HttpResponse injected(const FaultRule &rule, const HttpRequest &request,
                                        const QString &method);

    ServerState &m_state;
    const ServerConfig &m_config;
    Clock m_clock;
    QString m_serverUrl;
    FaultInjector m_faults;
    std::optional<FaultRule> m_current; // the rule applying to the request being handled
    bool m_advertiseRequestScheme = true;
    bool m_requestOverTls = false; // of the request being handled
    [[nodiscard]] QString advertisedServerUrl() const;
};

// Maps a codec error to the fault a server answers (WIRE-PROFILE 7.8).
[[nodiscard]] int faultCodeFor(const Error &error);

} // namespace groove::devserver
