#include "ui/ErrorPresenter.h"

namespace groove::ui {

QString ErrorPresenter::title(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::Usage:
        return tr("Something is missing");
    case ErrorClass::Network:
    case ErrorClass::Timeout:
        return tr("The server could not be reached");
    case ErrorClass::Tls:
    case ErrorClass::Insecure:
        return tr("The connection is not secure");
    case ErrorClass::ServerFault:
    case ErrorClass::Authentication:
        return tr("The enrollment was refused");
    case ErrorClass::Protocol:
    case ErrorClass::Integrity:
        return tr("The server's answer was not usable");
    case ErrorClass::Storage:
        return tr("The account could not be saved");
    case ErrorClass::Cancelled:
        return tr("The enrollment was cancelled");
    }
    return tr("The enrollment failed");
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
