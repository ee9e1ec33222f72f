#pragma once

#include "Error.h"
#include "Result.h"
#include "store/AccountStore.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <chrono>
#include <optional>

namespace groove::engine {

// The public enums print by name in QDebug and QSignalSpy and go into a QVariant as they are.
Q_NAMESPACE

enum class Flow {
    Manual, // account configuration code
    AutoConfiguration, // HTTP login -> code (AutoAccountCodeConfiguration)
    AutoActivation, // managed device: device account -> AutoActivation -> code
};

// The steps a person sees, in the order a flow runs them.
enum class Step {
    AutoAccountCodeConfiguration,
    CreateDeviceAccount, // CreateAccount in the device domain
    AutoActivation,
    KeyActivation,
    GenerateKeys,
    CreateAccount,
    StoreKeys, // secrets into the keychain, still marked pending
    DomainEnrollment,
    SaveAccount, // the account record: the commit point
};

Q_ENUM_NS(Flow)
Q_ENUM_NS(Step)

[[nodiscard]] QList<Step> stepsOf(Flow flow);
// Stable names for JSON and logs: message names for network steps ("KeyActivation", ...).
[[nodiscard]] QString stepName(Step step);
// Translated, for people: "Checking the account configuration code", ...
[[nodiscard]] QString stepTitle(Step step);
[[nodiscard]] QString flowName(Flow flow); // "manual", "auto-configuration", "auto-activation"

// Managed-device settings (WIRE-PROFILE 5.5; CLI-CONTRACT policy file, group [Managed]).
struct ManagedSettings
{
    QUrl serverUrl;
    QString deviceDomainGuid;
    QByteArray deviceDomainCertificate; // DER
    QUrl authenticatedUrl; // empty: derived from serverUrl
    QString loginName;

    // Strict: a missing or malformed key is a Usage error naming the key and the file.
    [[nodiscard]] static Result<ManagedSettings> fromFile(const QString &path);
};

struct EnrollmentRequest
{
    Flow flow = Flow::Manual;
    QUrl serverUrl; // normalised (ServerUrl.h)
    QUrl authenticatedUrl; // empty: derived from serverUrl
    QString code; // Manual
    QString login; // AutoConfiguration, AutoActivation
    QString password; // AutoConfiguration, AutoActivation
    ManagedSettings managed; // AutoActivation
    std::chrono::milliseconds deadline{ std::chrono::minutes(5) };

    EnrollmentRequest() = default;
    EnrollmentRequest(const EnrollmentRequest &) = default;
    EnrollmentRequest &operator=(const EnrollmentRequest &) = default;
    ~EnrollmentRequest(); // wipes code and password
};

struct StepTiming
{
    Step step;
    qint64 ms = 0;
};

// What one run produced: the account (and, for auto activation, the device account), or the
// error. Exactly one of account / error is meaningful.
struct EnrollmentResult
{
    Flow flow = Flow::Manual;
    std::optional<Error> error;
    Step failedStep = Step::KeyActivation; // meaningful with an error
    // DomainEnrollment was sent: the server may have used the code up even if no answer came,
    // so a new attempt with it may be refused (fault 402). Also true after success.
    bool codeMayBeUsed = false;
    // EnrollmentEngine::retry() can resume this attempt from the failed step: a failure in a
    // step before DomainEnrollment was sent, and not a usage error or a cancel.
    bool retryable = false;
    store::AccountRecord account;
    std::optional<store::AccountRecord> deviceAccount;
    QList<StepTiming> steps;

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

} // namespace groove::engine
