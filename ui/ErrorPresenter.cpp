#include "ui/ErrorPresenter.h"

namespace groove::ui {

QString ErrorPresenter::title(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Usage:
        return tr("Incomplete Request");
    case ErrorClass::Network:
    case ErrorClass::Timeout:
        return tr("Connection Problem");
    case ErrorClass::Tls:
    case ErrorClass::Insecure:
        return tr("Security Problem");
    case ErrorClass::ServerFault:
    case ErrorClass::Authentication:
        return tr("Enrollment Refused");
    case ErrorClass::Protocol:
    case ErrorClass::Integrity:
        return tr("Unexpected Server Reply");
    case ErrorClass::Storage:
        return tr("Account Not Saved");
    case ErrorClass::Cancelled:
        return tr("Enrollment Cancelled");
    }
    return tr("Enrollment Failed");
}

ErrorPresentation ErrorPresenter::present(const Error &error)
{
    ErrorPresentation presentation;
    presentation.title = title(error.errorClass());
    presentation.text = error.message.isEmpty() ? defaultMessage(error.kind) : error.message;
    presentation.detail = error.detail.isEmpty() ? QString::fromLatin1(kindName(error.kind))
                                                 : error.toLogString();
    if (error.kind == ErrorKind::ServerFault)
        presentation.text += QLatin1Char('\n') + tr("Server fault code: %1").arg(error.faultCode);
    return presentation;
}

} // namespace groove::ui
