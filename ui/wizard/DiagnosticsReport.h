#pragma once

#include "engine/EnrollmentTypes.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace groove::ui {

// The texts behind "Copy details" and "Save diagnostics…" of the result page (the status window
// may reuse them). Pure: built from the result and what the wizard knows, nothing secret (no
// code, password, key or account secret; an Error never carries one; the server URL loses any
// user info). The field names stay English so IT can read any user's file; values for people
// are translated.
class DiagnosticsReport final
{
    Q_DECLARE_TR_FUNCTIONS(groove::ui::DiagnosticsReport)

public:
    DiagnosticsReport(const engine::EnrollmentResult &result, const QUrl &serverUrl,
                      const QDateTime &when);

    // The collapsed "Details" of a problem: fault code, step, server, time, technical detail.
    [[nodiscard]] QString details() const;
    // The diagnostics file: versions (application, Qt, OpenSSL, operating system), the flow,
    // the server, every step with its state and time, and the error.
    [[nodiscard]] QString report() const;

    // Without user info, query or fragment.
    [[nodiscard]] static QString serverText(const QUrl &url);
    // "done 412 ms", "failed", "not run"
    [[nodiscard]] static QString stepStateText(const engine::EnrollmentResult &result,
                                               engine::Step step);

private:
    engine::EnrollmentResult m_result;
    QUrl m_server;
    QDateTime m_when;
};

} // namespace groove::ui
