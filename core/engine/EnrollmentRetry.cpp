// The parts of the engine that outlive one run: keys from the pool, and the attempt kept for
// retry() after a failure that happened before DomainEnrollment was sent.
#include "engine/EnrollmentEngine.h"
#include "Logging.h"

#include "SecretBytes.h"

#include <QtCore/QLoggingCategory>

namespace groove::engine {

using namespace protocol;

bool EnrollmentEngine::retry()
{
    if (!canRetry())
        return false;
    const Step from = *std::exchange(m_resumeStep, std::nullopt);
    ++m_run;
    m_running = true;
    m_finishing = false;
    m_committed = false;
    m_result = EnrollmentResult{};
    m_result.flow = m_request.flow;
    // The timings of the steps that stay done; the resumed ones are timed again.
    const qsizetype resumeIndex =
            m_steps.indexOf(from == Step::DomainEnrollment ? Step::StoreKeys : from);
    for (const StepTiming &t : std::as_const(m_doneSteps)) {
        if (m_steps.indexOf(t.step) < resumeIndex)
            m_result.steps.append(t);
    }
    m_doneSteps.clear();
    m_step = from;
    m_deadline.start(m_request.deadline);
    qCInfo(lcEngine).noquote() << "retrying from step" << stepName(from);
    QMetaObject::invokeMethod(
            this, [this, run = m_run] { resume(run); }, Qt::QueuedConnection);
    return true;
}

void EnrollmentEngine::resume(quint64 run)
{
    if (run != m_run || !alive())
        return;
    switch (m_step) {
    case Step::AutoAccountCodeConfiguration:
        return runAutoConfiguration();
    case Step::CreateDeviceAccount:
        return runDeviceAccount();
    case Step::AutoActivation:
        return runAutoActivation();
    case Step::KeyActivation:
        return runKeyActivation();
    case Step::GenerateKeys:
        return runGenerateKeys();
    case Step::CreateAccount:
        return runCreateAccount();
    case Step::StoreKeys:
    case Step::DomainEnrollment:
        // The rollback removed the stored keys: they are stored again first.
        return runStoreKeys();
    case Step::SaveAccount:
        break; // never retryable: DomainEnrollment was sent
    }
    fail(Error::make(ErrorKind::Usage,
                     QStringLiteral("cannot resume at %1").arg(stepName(m_step))));
}

void EnrollmentEngine::stopWaitingForKeys()
{
    disconnect(m_keyWait);
    disconnect(m_poolGone);
}

void EnrollmentEngine::discardAttempt()
{
    stopWaitingForKeys();
    m_resumeStep.reset();
    m_doneSteps.clear();
    m_begun = false;
    m_domainEnrollmentSent = false;
    m_code.reset();
    m_activation.reset();
    m_account.reset();
    m_deviceAccount.reset();
    m_enrollment.reset();
    wipe(m_request.code); // assignment alone would let go of them unwiped
    wipe(m_request.password);
    m_request = EnrollmentRequest{};
    delete m_ownPool; // keys it made and nobody took go with it
    m_ownPool = nullptr;
}

KeyPool *EnrollmentEngine::keyPool()
{
    if (m_pool)
        return m_pool;
    if (!m_ownPool)
        m_ownPool = new KeyPool(this);
    return m_ownPool;
}

void EnrollmentEngine::takeKeys(KeyPool::Kind kind, KeysTaken next)
{
    KeyPool *pool = keyPool();
    if (!pool->isReady(kind)) {
        pool->prepare(kind); // nothing when it is being made already
        stopWaitingForKeys();
        m_keyWait = connect(pool, &KeyPool::ready, this, [this, kind, next](KeyPool::Kind done) {
            if (done != kind)
                return;
            stopWaitingForKeys();
            if (alive())
                takeKeys(kind, next);
        });
        // A pool that goes away while we wait: our own pool takes over (m_pool is null now).
        m_poolGone = connect(pool, &QObject::destroyed, this, [this, kind, next] {
            stopWaitingForKeys();
            if (alive())
                takeKeys(kind, next);
        });
        return;
    }
    Result<std::shared_ptr<client::AccountKeys>> keys = pool->take(kind);
    if (!keys)
        return fail(keys.error());
    next(std::move(keys).value());
}

} // namespace groove::engine
