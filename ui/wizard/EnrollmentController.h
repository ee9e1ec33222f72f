#pragma once

#include "Error.h"
#include "net/ConnectivityCheck.h"
#include "engine/EnrollmentTypes.h"
#include "net/UntrustedCertificate.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <optional>

namespace groove::engine {
class ClientContext;
class EnrollmentEngine;
class KeyPool;
} // namespace groove::engine

namespace groove::ui {

// The wizard's only way to the network (STYLE 10): it owns the engine, the key pool and the
// connectivity check, all made by the ClientContext, and forwards their signals. Pages call it
// and listen; they never see a QNetworkAccessManager and never spin an event loop.
class EnrollmentController final : public QObject
{
    Q_OBJECT

public:
    explicit EnrollmentController(engine::ClientContext *context, QObject *parent = nullptr);
    ~EnrollmentController() override;

    [[nodiscard]] engine::ClientContext *context() const { return m_context; }

    // Starts making the RSA keys while the user types (KeyPool::prepare); again is harmless.
    void prepareKeys(bool withDeviceAccount);

    // Enrollment (EnrollmentEngine with the trust prompt on).
    void start(const engine::EnrollmentRequest &request);
    void cancel();
    [[nodiscard]] bool retry();
    [[nodiscard]] bool canRetry() const;
    [[nodiscard]] bool isRunning() const;
    void answerTrust(bool trust);
    // The last finished run (valid after finished()).
    [[nodiscard]] const std::optional<engine::EnrollmentResult> &lastResult() const
    {
        return m_lastResult;
    }

    // The dry run of --check for the page "Connection check".
    void startCheck(const QUrl &serverUrl, const QUrl &authenticatedUrl, bool needAuthenticated);
    void cancelCheck();
    [[nodiscard]] bool isChecking() const;

    // For tests and benchmarks (a key source, a device name); the wizard never needs them.
    [[nodiscard]] engine::EnrollmentEngine *engine() const { return m_engine; }
    [[nodiscard]] engine::KeyPool *keyPool() const { return m_pool; }

signals:
    void stepStarted(groove::engine::Step step, int index, int count);
    void stepFinished(groove::engine::Step step, qint64 ms);
    void stepFailed(groove::engine::Step step, const groove::Error &error);
    void retryScheduled(groove::engine::Step step, int attempt, int delaySeconds);
    void trustRequested(const groove::engine::UntrustedCertificate &certificate);
    void finished(const groove::engine::EnrollmentResult &result);

    void checkItemFinished(const groove::engine::ConnectivityCheck::Item &item);
    void checkFinished(const QList<groove::engine::ConnectivityCheck::Item> &items,
                       const std::optional<groove::Error> &error);

private:
    engine::ClientContext *m_context;
    engine::EnrollmentEngine *m_engine = nullptr;
    engine::KeyPool *m_pool = nullptr;
    engine::ConnectivityCheck *m_check = nullptr;
    std::optional<engine::EnrollmentResult> m_lastResult;
};

} // namespace groove::ui
