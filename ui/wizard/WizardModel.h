#pragma once

#include "engine/EnrollmentTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace groove::ui {

// What the wizard starts with, from an enrollment link, the managed-device policy, the status
// window's "Re-enroll..." or the demo. A locked value is shown but cannot be edited; the page
// says why (lockReason).
struct WizardPrefill
{
    QString server; // as given (normalised by the page)
    bool serverLocked = false;
    QString code; // from a link; wiped by the destructor
    bool codeLocked = false;
    QByteArray pinSha256; // 32 bytes from a link's pin=, else empty
    QString login;
    std::optional<engine::Flow> flow; // preselected method
    // Managed-device settings exist: the "This computer is managed" method is offered and
    // preselected.
    std::optional<engine::ManagedSettings> managed;
    QString lockReason; // translated: "Set by your organisation." / "From the enrollment link."
    // The organisation's policy (policy/Policy.h): the methods offered (empty: all of them), and
    // a refusal (translated) when the policy is broken, so that the wizard says why it cannot
    // enroll instead of ignoring the policy's locks.
    QList<engine::Flow> allowedMethods;
    QString policyRefusal;

    WizardPrefill() = default;
    WizardPrefill(const WizardPrefill &) = default;
    WizardPrefill &operator=(const WizardPrefill &) = default;
    ~WizardPrefill();
};

// The plain result object of the wizard's input pages (STYLE 9): the method and what the user
// typed. The input pages write it, the progress page turns it into a request. Secrets (code,
// password) are wiped by clearSecrets() and by the destructor.
class WizardModel final
{
public:
    WizardModel() = default;
    ~WizardModel() { clearSecrets(); }
    Q_DISABLE_COPY_MOVE(WizardModel)

    engine::Flow flow = engine::Flow::Manual;
    QUrl serverUrl; // normalised (engine::normalizeServerUrl)
    QUrl authenticatedUrl; // empty: derived from serverUrl
    QString code;
    QString login;
    QString password;
    std::optional<engine::ManagedSettings> managed;
    QByteArray pinSha256; // from a link

    // The request for EnrollmentEngine::start(), from the current values.
    [[nodiscard]] engine::EnrollmentRequest request() const;
    // Whether the values are enough to enroll: false after "Check connection" from an input page
    // that is not filled in yet (the check needs the server only), so the check page can keep
    // "Enroll" disabled until the person has gone back and finished the page.
    [[nodiscard]] bool readyToEnroll() const;
    void clearSecrets();
};

} // namespace groove::ui
