#pragma once

#include "app/CommandLine.h"
#include "engine/EnrollmentEngine.h"

#include <QtCore/QObject>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace groove::devserver {
class DevServer;
}

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
    void startEngine(const engine::EnrollmentRequest &request, const QString &caFile);

    Invocation m_inv;
    std::unique_ptr<devserver::DevServer> m_demoServer;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QNetworkAccessManager *m_nam = nullptr;
    engine::Transport *m_transport = nullptr;
    store::SecretStore *m_secrets = nullptr;
    std::unique_ptr<store::AccountStore> m_accounts;
    engine::EnrollmentEngine *m_engine = nullptr;
    int m_stepCount = 0;
};

[[nodiscard]] QString accountStorePath();
// The account store of this user, waiting for another process's change as long as
// GROOVE_ENROLL_LOCK_TIMEOUT_MS says (milliseconds; default 10 s).
[[nodiscard]] std::unique_ptr<store::AccountStore> userAccountStore();

} // namespace groove::app
