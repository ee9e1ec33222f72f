#pragma once

#include "Result.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace groove::devserver {

// Misbehaviour on demand, so that tests can show how a client copes with every failure.
enum class FaultAction {
    ProtocolFault, // answer with fault <code>
    Http500, // HTTP 500
    CloseMidBody, // half the response, then the connection closes
    CloseNoAnswer, // connection closes before any answer
    Stall, // no answer at all
    Oversized, // a body over the 1 MiB limit
    MalformedXml, // HTTP 200 with a broken body
    RedirectCrossHost, // 307 to another host
    RedirectSameOrigin, // 307 to the same origin (followed by good clients)
    WrongKey, // response sealed with a key the client does not have
    FlipMac, // one MAC byte changed
    FlipSignature, // one byte of a domain signature changed (managed object or contact)
    // Response fragments correctly sealed over a header a response must not have
    // (WIRE-PROFILE 4 step 1, 6.2): what a non-conforming server sends.
    WrapperName, // wrapper <TEXT> in place of ReturnPayloadWrapper
    SeAttribute, // g:SE with the attribute TEXT (default KeyID)
};

struct FaultRule
{
    QString method = QStringLiteral("*"); // a method name or "*"
    int onRequest = 0; // 0: every matching request; N: only the N-th (1-based) of that method, or
                       // of all for "*"
    FaultAction action = FaultAction::ProtocolFault;
    int faultCode = 0;
    QString text; // WrapperName: the wrapper; SeAttribute: the attribute's name

    // "METHOD:ACTION[:N]", ACTION one of fault=CODE, http-500, close-mid-body, close, stall,
    // oversized, malformed-xml, redirect-cross-host, redirect-same-origin, wrong-key, flip-mac,
    // flip-signature, wrapper=NAME, seattr[=NAME]. Example: "DomainEnrollment:fault=402",
    // "*:http-500:2", "KeyActivation:wrapper=Foo".
    [[nodiscard]] static Result<FaultRule> parse(const QString &spec);
    [[nodiscard]] QString toString() const;
    // True for actions that alter the real answer rather than replace it.
    [[nodiscard]] bool altersAnswer() const;
};

class FaultInjector final
{
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear();
    // Counts the request and returns the first rule that applies to it.
    [[nodiscard]] std::optional<FaultRule> next(const QString &method);
    [[nodiscard]] int count(const QString &method) const { return m_counts.value(method); }

private:
    QList<FaultRule> m_rules;
    QHash<QString, int> m_counts;
    int m_total = 0;
};

} // namespace groove::devserver
