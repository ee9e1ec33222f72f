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

[[nodiscard]] Result<RequestEnvelope> parseRequestEnvelope(QByteArrayView body);
// Faults (both forms, and ReturnCode != 0) come back as faultError(code, text). When
// expectedMethod is not empty, another METHODResponse is an UnexpectedElement error.
[[nodiscard]] Result<ResponseEnvelope> parseResponseEnvelope(QByteArrayView body,
                                                             const QString &expectedMethod = {});

} // namespace groove::protocol
