#pragma once

#include "engine/EnrollmentTypes.h"
#include "store/AccountStore.h"

#include <QtCore/QJsonObject>

// What the command line prints (CLI-CONTRACT.md "Result"): one JSON object, or plain language.
// Nothing secret is ever part of either.
namespace groove::app {

[[nodiscard]] QJsonObject resultJson(const engine::EnrollmentResult &result);
[[nodiscard]] QJsonObject failureJson(const Error &error,
                                      std::optional<engine::Step> step = std::nullopt);
[[nodiscard]] QJsonObject accountJson(const store::AccountRecord &record);
[[nodiscard]] QString isoUtc(const QDateTime &time);

// "Confirmed by the server at ...", "Needs to be enrolled again (fault 210)", ...
[[nodiscard]] QString healthText(const store::HeartbeatState &state);
[[nodiscard]] QString humanResult(const engine::EnrollmentResult &result);
[[nodiscard]] QString humanFailure(const Error &error,
                                   std::optional<engine::Step> step = std::nullopt);

void printOut(const QString &text); // stdout, flushed
void printErr(const QString &text); // stderr, flushed
void printJson(const QJsonObject &object);
// A failure before or outside an enrollment: JSON on stdout or plain language on stderr.
// Returns the exit code of its error class.
int reportFailure(const Error &error, bool json);

} // namespace groove::app
