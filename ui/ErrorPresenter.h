#pragma once

#include "Error.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace groove::ui {

// The texts of an error dialog: window title, the message for the user and the technical
// detail (for a "Show Details..." area; never holds secrets because Error never does).
struct ErrorPresentation
{
    QString title;
    QString text;
    QString detail;
};

// Turns an Error into what an error dialog shows. Pure, so it is testable without widgets.
class ErrorPresenter final
{
    Q_DECLARE_TR_FUNCTIONS(groove::ui::ErrorPresenter)

public:
    ErrorPresenter() = delete;

    [[nodiscard]] static ErrorPresentation present(const Error &error);
    [[nodiscard]] static QString title(ErrorClass errorClass);
};

} // namespace groove::ui
