#pragma once

#include "app/CommandLine.h"
#include "engine/EnrollmentEngine.h"

#include <QtCore/QObject>

#include <memory>

class QTemporaryDir;

namespace groove::devserver {
class DevServer;
}

namespace groove::engine {
class ClientContext;
struct ClientOptions;
} // namespace groove::engine

namespace groove::app {

// Runs one headless enrollment (or the --demo) and reports like CLI-CONTRACT.md says. The
// exit code arrives through done(); nothing here blocks.
class HeadlessRunner final : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(Invocation invocation, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void start();
    void cancel();

signals:
    void done(int exitCode);

private:
    void failEarly(const Error &error);
    void onFinished(const engine::EnrollmentResult &result);
    [[nodiscard]] Result<engine::EnrollmentRequest> buildRequest();
    [[nodiscard]] Status readSecrets(engine::EnrollmentRequest &request);
    // Plain-http server, code on the command line: said on standard error, the run goes on.
    void warnAboutExposure(const engine::EnrollmentRequest &request) const;
    void startEngine(const engine::EnrollmentRequest &request, engine::ClientOptions options);
    // The common options of CLI-CONTRACT.md (timeout, CA file, pin, proxy, key store).

    Invocation m_inv;
    std::unique_ptr<devserver::DevServer> m_demoServer;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    engine::ClientContext *m_context = nullptr;
    engine::EnrollmentEngine *m_engine = nullptr;
    int m_stepCount = 0;
};

// A Tls failure for a certificate that could be trusted by pinning it: the message names the
// key's hash and the hint --pin-sha256 (the command line has no prompt).
[[nodiscard]] Error withPinAdvice(Error error);

} // namespace groove::app
