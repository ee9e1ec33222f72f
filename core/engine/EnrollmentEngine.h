#pragma once

#include "engine/AccountVault.h"
#include "engine/EnrollmentTypes.h"
#include "net/Transport.h"
#include "net/UntrustedCertificate.h"
#include "protocol/ClientCodec.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <functional>

namespace groove::engine {

class KeyGenerator;

// Runs one enrollment (WIRE-PROFILE 5) as an explicit state machine on the event loop: no
// blocking, no nested loops. Signals tell a wizard or the command line what happens; finished()
// is emitted exactly once per start(), also after cancel(), a timeout or any failure, and only
// after a failed run has removed everything it stored.
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
    void start(const EnrollmentRequest &request);
    // Works in every state: aborts the request in flight, removes what was stored, then emits
    // finished() with ErrorKind::Cancelled. Does nothing when no run is active.
    void cancel();

signals:
    void stepStarted(groove::engine::Step step, int index, int count);
    void stepFinished(groove::engine::Step step, qint64 ms);
    void stepFailed(groove::engine::Step step, const groove::Error &error);
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
    void finishRun();
    void send(const QUrl &url, const QString &method, const QByteArray &envelope,
              bool authenticated, bool retryable, std::function<void(QByteArray)> onBody);
    [[nodiscard]] bool adoptServerUrl(const QString &url);
    // Pauses for the trust prompt when 'error' is a certificate it can offer; 'resend' then
    // repeats the request. False: the caller fails the run as usual.
    [[nodiscard]] bool askTrust(const Error &error, std::function<void()> resend);
    // Runs 'next' once the generator has its keys (now, or when it finishes).
    void whenReady(KeyGenerator *generator, std::function<void()> next);
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

    // one run
    bool m_running = false;
    bool m_finishing = false;
    bool m_committed = false;
    EnrollmentRequest m_request;
    EnrollmentResult m_result;
    QList<Step> m_steps;
    Step m_step = Step::KeyActivation;
    QElapsedTimer m_stepTimer;
    QTimer m_deadline;
    QPointer<SoapCall> m_call;
    protocol::client::Device m_device;
    QUrl m_serverUrl; // where messages go; follows ServerURL of responses (WIRE-PROFILE 6.8)
    std::optional<protocol::client::CodeKey> m_code;
    std::optional<protocol::client::Activation> m_activation;
    QPointer<KeyGenerator> m_userKeys;
    QPointer<KeyGenerator> m_deviceKeysGen;
    std::optional<protocol::client::AccountKeys> m_account;
    std::optional<protocol::client::AccountKeys> m_deviceAccount;
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

Q_DECLARE_METATYPE(groove::engine::Step)
