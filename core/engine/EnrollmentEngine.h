#pragma once

#include "engine/AccountVault.h"
#include "engine/EnrollmentTypes.h"
#include "engine/KeyPool.h"
#include "net/Transport.h"
#include "net/UntrustedCertificate.h"
#include "protocol/ClientCodec.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <functional>

namespace groove::engine {

// Runs one enrollment (WIRE-PROFILE 5) as an explicit state machine on the event loop: no
// blocking, no nested loops. Signals tell a wizard or the command line what happens; finished()
// is emitted exactly once per start() or retry(), also after cancel(), a timeout or any failure,
// and only after a failed run has removed everything it stored. No signal is ever emitted from
// inside a public call: a caller may connect right after start() returns.
class EnrollmentEngine final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // Unix seconds (Event@created)

    struct Device
    {
        QString guid; // empty: the AccountStore's device GUID
        QString name; // empty: the short host name
    };

    EnrollmentEngine(Transport *transport, store::SecretStore *secrets,
                     store::AccountStore *accounts, QObject *parent = nullptr);
    ~EnrollmentEngine() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setDevice(const Device &device) { m_deviceOverride = device; }
    // Keys made ahead of time (owned by the caller; may be destroyed at any time). Without a
    // pool, or once it is gone, the engine makes its own keys, overlapping the first round trip.
    void setKeyPool(KeyPool *pool) { m_pool = pool; }

    [[nodiscard]] bool isRunning() const { return m_running; }

    // TLS trust prompt (EnrollmentTrust.cpp). Off (the default): a certificate that is not
    // trusted ends the run as tls. On, and the transport has a TrustStore: when pinning could
    // trust the certificate (UntrustedCertificate::trustable), the run pauses with its deadline
    // and trustRequested() asks; answerTrust(true) saves the pin for that host:port and sends
    // the same request again; answerTrust(false) or cancel() ends the run as tls. Nothing of
    // the request was sent to the untrusted server.
    void setTrustPromptEnabled(bool enabled) { m_trustPrompt = enabled; }
    [[nodiscard]] bool isTrustPromptEnabled() const { return m_trustPrompt; }
    void answerTrust(bool trust);

    // Starts a new attempt; an attempt kept for retry() is dropped (its keys wiped).
    void start(const EnrollmentRequest &request);
    // Works in every state: aborts the request in flight, removes what was stored, then emits
    // finished() with ErrorKind::Cancelled. Does nothing when no run is active.
    void cancel();
    // Resumes the last attempt from its failed step when its result was retryable: same code,
    // same activation answer, same keys (stored again if the rollback removed them); the steps
    // before are not sent again. Returns false (and does nothing) otherwise.
    [[nodiscard]] bool retry();
    [[nodiscard]] bool canRetry() const { return !m_running && m_resumeStep.has_value(); }

signals:
    void stepStarted(groove::engine::Step step, int index, int count);
    void stepFinished(groove::engine::Step step, qint64 ms);
    void stepFailed(groove::engine::Step step, const groove::Error &error);
    // The transport sends the message of 'step' again after 'delaySeconds' (rounded up);
    // 'attempt' counts the retries of that message from 1.
    void retryScheduled(groove::engine::Step step, int attempt, int delaySeconds);
    void progress(int percent);
    void finished(const groove::engine::EnrollmentResult &result);
    // Always queued: never from inside start() or answerTrust().
    void trustRequested(const groove::engine::UntrustedCertificate &certificate);

private:
    // Both emit signals whose slots may cancel the run: callers stop when they return false.
    [[nodiscard]] bool begin(Step step);
    [[nodiscard]] bool end();
    [[nodiscard]] bool alive() const { return m_running && !m_finishing; }
    void fail(Error error);
    void finishWhenRolledBack();
    void finishRun();
    void beginRun(quint64 run);
    void resume(quint64 run);
    void discardAttempt();
    [[nodiscard]] KeyPool *keyPool();
    using KeysTaken = std::function<void(std::shared_ptr<protocol::client::AccountKeys>)>;
    // Runs 'next' with keys of 'kind' from the pool, now or once it has them.
    void takeKeys(KeyPool::Kind kind, KeysTaken next);
    void stopWaitingForKeys();
    void send(const QUrl &url, const QString &method, const QByteArray &envelope,
              bool authenticated, bool retryable, std::function<void(QByteArray)> onBody);
    [[nodiscard]] bool adoptServerUrl(const QString &url);
    // Pauses for the trust prompt when 'error' is a certificate it can offer; 'resend' then
    // repeats the request. False: the caller fails the run as usual.
    [[nodiscard]] bool askTrust(const Error &error, std::function<void()> resend);
    // CreateAccount for 'account' in the domain whose encryption key is given; then 'next'.
    void createAccount(const protocol::client::AccountKeys &account,
                       const protocol::EventInfo &event, const crypto::RsaPublicKey &domainKey,
                       std::function<void()> next);
    [[nodiscard]] protocol::EventInfo eventFor(const QString &domainGuid,
                                               const QString &identityUrl, bool device) const;

    // flow steps
    void runAutoConfiguration();
    void runDeviceAccount();
    void runAutoActivation();
    void runKeyActivation();
    void afterActivation(protocol::client::Activation activation);
    void runGenerateKeys();
    void runCreateAccount();
    void runStoreKeys();
    void runDomainEnrollment();
    void runSaveAccount();

    Transport *m_transport;
    store::SecretStore *m_secrets;
    store::AccountStore *m_accounts;
    AccountVault *m_vault = nullptr;
    Clock m_clock;
    Device m_deviceOverride;

    QPointer<KeyPool> m_pool;
    KeyPool *m_ownPool = nullptr; // without m_pool; one per attempt
    QMetaObject::Connection m_keyWait;
    QMetaObject::Connection m_poolGone;

    // one run
    quint64 m_run = 0; // tells a queued continuation of an earlier run from the current one
    bool m_running = false;
    bool m_finishing = false;
    bool m_committed = false;
    int m_finishPending = 0; // stepFailed() and the rollback, both before finished()
    EnrollmentRequest m_request;
    EnrollmentResult m_result;
    QList<Step> m_steps;
    Step m_step = Step::KeyActivation;
    QElapsedTimer m_stepTimer;
    QTimer m_deadline;
    QPointer<SoapCall> m_call;
    protocol::client::Device m_device;
    QUrl m_serverUrl; // where messages go; follows ServerURL of responses (WIRE-PROFILE 6.8)

    // one attempt: kept after a retryable failure for retry()
    bool m_begun = false; // a step has started (earlier failures are bad input: not retryable)
    bool m_domainEnrollmentSent = false;
    std::optional<Step> m_resumeStep;
    QList<StepTiming> m_doneSteps;
    std::optional<protocol::client::CodeKey> m_code;
    std::optional<protocol::client::Activation> m_activation;
    std::shared_ptr<protocol::client::AccountKeys> m_account;
    std::shared_ptr<protocol::client::AccountKeys> m_deviceAccount;
    std::optional<protocol::DomainEnrollmentRequest> m_enrollment;

    // trust prompt
    bool m_trustPrompt = false;
    std::function<void()> m_resend; // set while a question is open
    std::optional<Error> m_trustError; // the failure the question is about
    std::optional<std::chrono::milliseconds> m_deadlineLeft; // the paused deadline
    quint64 m_trustQuestion = 0; // tells a queued trustRequested() that is stale
    QString m_lastTrusted; // host:port/key answered yes: never asked twice in a row
};

} // namespace groove::engine
