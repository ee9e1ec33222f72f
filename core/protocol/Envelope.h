#pragma once

#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

// The SOAP envelope of WIRE-PROFILE 2: request, success response, and the fault forms.
namespace groove::protocol {

struct RequestEnvelope
{
    QString method;
    QByteArray payload; // decoded Payload: the serialized fragment or payload, prefix included
};

struct ResponseEnvelope
{
    QString method; // without the "Response" suffix
    std::optional<QByteArray> payload; // decoded Payload@data; absent for return-code-only answers
};

[[nodiscard]] Result<QByteArray> buildRequestEnvelope(const QString &method,
                                                      QByteArrayView payload);
[[nodiscard]] Result<QByteArray> buildResponseEnvelope(const QString &method,
                                                       const std::optional<QByteArray> &payload);
// Our form (Fault in place of METHODResponse); the server text defaults to the spec's string.
[[nodiscard]] Result<QByteArray> buildFaultEnvelope(int code, const QString &text = {});
// SOAP 1.1 form (WIRE-PROFILE 6.11), which clients must also accept.
[[nodiscard]] Result<QByteArray> buildSoapFaultEnvelope(int code, const QString &text = {});

// Any method; for AccountHeartbeat the Payload text may have ASCII spaces around it
// (WIRE-PROFILE 5.6) and the other children are not looked at (parseHeartbeatEnvelope is).
[[nodiscard]] Result<RequestEnvelope> parseRequestEnvelope(QByteArrayView body);

// AccountHeartbeat's own request body (WIRE-PROFILE 5.6): Payload, Version 4,
// LastBroadcastProcessed 0 and MessageSequenceNumber N, in that order.
struct HeartbeatEnvelope
{
    QByteArray payload; // decoded Payload: the sealed fragment
    qint32 sequenceNumber = 0; // MessageSequenceNumber
};
[[nodiscard]] Result<QByteArray> buildHeartbeatEnvelope(QByteArrayView fragment,
                                                        qint32 sequenceNumber);
// Strict: exactly those four children with their xsi:type, Version "4", LastBroadcastProcessed
// "0", N a canonical non-negative decimal int32 (InvalidValue/MissingElement otherwise); only
// the base64 text may carry ASCII spaces at both ends.
[[nodiscard]] Result<HeartbeatEnvelope> parseHeartbeatEnvelope(QByteArrayView body);
// Faults (both forms, and ReturnCode != 0) come back as faultError(code, text). When
// expectedMethod is not empty, another METHODResponse is an UnexpectedElement error.
[[nodiscard]] Result<ResponseEnvelope> parseResponseEnvelope(QByteArrayView body,
                                                             const QString &expectedMethod = {});

} // namespace groove::protocol
