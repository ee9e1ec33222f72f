// The steps of the three flows (WIRE-PROFILE 5.1-5.5), each a small async continuation.
#include "crypto/Crypto.h"
#include "Logging.h"
#include "engine/EnrollmentEngine.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimeZone>

namespace groove::engine {

using namespace protocol;

void EnrollmentEngine::runAutoConfiguration()
{
    if (!begin(Step::AutoAccountCodeConfiguration))
        return;
    const Result<QByteArray> envelope = client::autoAccountCodeConfigurationRequest(m_device);
    if (!envelope)
        return fail(envelope.error());
    send(m_request.authenticatedUrl, method::AutoAccountCodeConfiguration, *envelope, true, true,
         [this](QByteArray body) {
             Result<client::Activation> a = client::autoAccountCodeConfigurationResponse(body);
             wipe(body);
             if (!a)
                 return fail(a.error());
             m_code = client::CodeKey::fromCode(a->response.accountConfigurationCode);
             wipe(a.value().response.accountConfigurationCode);
             afterActivation(std::move(a).value());
         });
}

void EnrollmentEngine::runDeviceAccount()
{
    if (!begin(Step::CreateDeviceAccount))
        return;
    const Result<crypto::DomainCertificate> cert =
            crypto::DomainCertificate::parse(m_request.managed.deviceDomainCertificate);
    if (!cert)
        return fail(cert.error());

    const EventInfo event = eventFor(m_request.managed.deviceDomainGuid, QString(), true);
    if (m_deviceAccount && m_deviceAccount->signatureKey.isNull()) { // retry(): reused
        if (end())
            runAutoActivation();
        return;
    }
    if (m_deviceAccount) {
        // retry(): the keys of the failed try, whose GUID the server may know already.
        createAccount(*m_deviceAccount, event, cert->encryptionKey(),
                      [this] { runAutoActivation(); });
        return;
    }

    // WIRE-PROFILE 6.13: one device account per device and domain, reused once enrolled.
    const Result<QList<store::AccountRecord>> records = m_accounts->load();
    if (!records)
        return fail(records.error());
    for (const store::AccountRecord &r : *records) {
        if (!r.isDeviceAccount || r.domainGuid != m_request.managed.deviceDomainGuid
            || r.accountGuid != m_device.guid)
            continue;
        QPointer<EnrollmentEngine> self(this);
        AccountVault::readSharedKey(
                m_secrets, hostOf(r.serverUrl), r.accountGuid,
                [self, guid = r.accountGuid](Result<SecretBytes> key) {
                    if (!self || !self->alive())
                        return;
                    if (!key || key->size() != 24) {
                        self->fail(key ? Error::make(
                                           ErrorKind::Storage,
                                           QStringLiteral("stored device key has the wrong size"))
                                       : key.error());
                        return;
                    }
                    // No key pairs: stored already, and not stored again.
                    auto reused = std::make_shared<client::AccountKeys>();
                    reused->guid = guid;
                    reused->sharedKey = std::move(key).value();
                    self->m_deviceAccount = std::move(reused);
                    if (!self->end())
                        return;
                    self->runAutoActivation();
                });
        return;
    }

    takeKeys(KeyPool::Kind::Device,
             [this, event,
              encryptionKey = cert->encryptionKey()](std::shared_ptr<client::AccountKeys> keys) {
                 keys->guid = m_device.guid; // WIRE-PROFILE 5.5: the device account's GUID
                 m_deviceAccount = std::move(keys);
                 createAccount(*m_deviceAccount, event, encryptionKey,
                               [this] { runAutoActivation(); });
             });
}

void EnrollmentEngine::createAccount(const client::AccountKeys &account, const EventInfo &event,
                                     const crypto::RsaPublicKey &domainKey,
                                     std::function<void()> next)
{
    const Result<QByteArray> envelope = client::createAccountRequest(account, event, domainKey);
    if (!envelope)
        return fail(envelope.error());
    send(m_serverUrl, method::CreateAccount, *envelope, false, true,
         [this, next = std::move(next)](QByteArray body) {
             if (Status s = client::createAccountResponse(body); !s)
                 return fail(s.error());
             if (!end())
                 return;
             next();
         });
}

void EnrollmentEngine::runAutoActivation()
{
    if (!begin(Step::AutoActivation))
        return;
    EventInfo wrapper = eventFor(m_request.managed.deviceDomainGuid, QString(), true);
    wrapper.guid = m_device.guid;
    const QString login = m_request.login.isEmpty() ? m_request.managed.loginName : m_request.login;
    const Result<QByteArray> envelope =
            client::autoActivationRequest(wrapper, m_deviceAccount->sharedKey.view(), login);
    if (!envelope)
        return fail(envelope.error());
    send(m_request.authenticatedUrl, method::AutoActivation, *envelope, true, true,
         [this](QByteArray body) {
             Result<AutoActivationResponse> r =
                     client::autoActivationResponse(body, m_deviceAccount->sharedKey.view());
             if (!r)
                 return fail(r.error());
             m_code = client::CodeKey::fromCode(r->accountConfigurationCode);
             wipe(r.value().accountConfigurationCode);
             if (!adoptServerUrl(r->serverUrl))
                 return;
             if (!end())
                 return;
             runKeyActivation();
         });
}

void EnrollmentEngine::runKeyActivation()
{
    if (!begin(Step::KeyActivation))
        return;
    const Result<QByteArray> envelope = client::keyActivationRequest(*m_code, m_device);
    if (!envelope)
        return fail(envelope.error());
    send(m_serverUrl, method::KeyActivation, *envelope, false, true, [this](QByteArray body) {
        Result<client::Activation> a = client::keyActivationResponse(body, *m_code);
        if (!a)
            return fail(a.error());
        afterActivation(std::move(a).value());
    });
}

void EnrollmentEngine::afterActivation(client::Activation activation)
{
    if (!adoptServerUrl(activation.response.serverUrl))
        return;
    m_activation = std::move(activation);
    if (!end())
        return;
    runGenerateKeys();
}

void EnrollmentEngine::runGenerateKeys()
{
    if (!begin(Step::GenerateKeys))
        return;
    if (m_account) { // retry(): the keys of the failed try
        if (end())
            runCreateAccount();
        return;
    }
    takeKeys(KeyPool::Kind::User, [this](std::shared_ptr<client::AccountKeys> keys) {
        m_account = std::move(keys);
        if (!end())
            return;
        runCreateAccount();
    });
}

void EnrollmentEngine::runCreateAccount()
{
    if (!begin(Step::CreateAccount))
        return;
    const ActivationResponse &r = m_activation->response;
    createAccount(*m_account, eventFor(r.domainGuid, r.identityUrl, false),
                  m_activation->certificate.encryptionKey(), [this] { runStoreKeys(); });
}

void EnrollmentEngine::runStoreKeys()
{
    if (!begin(Step::StoreKeys))
        return;
    QList<AccountVault::Entry> entries{ { hostOf(m_serverUrl.toString()), &*m_account } };
    if (m_deviceAccount
        && !m_deviceAccount->signatureKey.isNull()) // a reused device account is stored already
        entries.append({ hostOf(m_request.managed.serverUrl.toString()), &*m_deviceAccount });
    m_vault->stage(entries, [this](Status s) {
        if (!alive())
            return;
        if (!s)
            return fail(s.error());
        if (!end())
            return;
        runDomainEnrollment();
    });
}

void EnrollmentEngine::runDomainEnrollment()
{
    if (!begin(Step::DomainEnrollment))
        return;
    const ActivationResponse &r = m_activation->response;
    Result<DomainEnrollmentRequest> de = client::domainEnrollment(
            *m_code, *m_account, r.identityUrl, m_activation->vCardData, m_device);
    if (!de)
        return fail(de.error());
    m_enrollment = std::move(de).value();
    const Result<QByteArray> envelope = client::domainEnrollmentRequest(*m_code, *m_enrollment);
    if (!envelope)
        return fail(envelope.error());
    // Not retryable: a second DomainEnrollment with the same code is refused (402).
    m_domainEnrollmentSent = true;
    send(m_serverUrl, method::DomainEnrollment, *envelope, false, false, [this](QByteArray body) {
        const Result<DomainEnrollmentResponse> done = client::domainEnrollmentResponse(
                body, *m_code, *m_enrollment, m_activation->certificate,
                m_activation->response.domainGuid);
        if (!done)
            return fail(done.error());
        if (!end())
            return;
        runSaveAccount();
    });
}

void EnrollmentEngine::runSaveAccount()
{
    if (!begin(Step::SaveAccount))
        return;
    const ActivationResponse &r = m_activation->response;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), QTimeZone::utc());

    store::AccountRecord user;
    user.accountGuid = m_account->guid;
    user.domainGuid = r.domainGuid;
    user.domainName = r.domainName;
    user.identityUrl = r.identityUrl;
    user.memberName = r.memberName;
    user.serverUrl = m_serverUrl.toString();
    user.domainCertificateDer = r.domainCertificateDer;
    for (const ManagedObject &o : r.managedObjects) {
        const Result<QByteArray> bytes = o.serialize();
        if (bytes)
            user.managedObjects.append({ o.name, *bytes });
    }
    user.enrolledAt = now;
    user.deviceGuid = m_device.guid;
    user.deviceName = m_device.name;
    user.secretBackend = m_secrets->backendName();
    user.secretStore = store::keyStoreKindName(m_secrets->kind());

    QList<store::AccountRecord> records;
    if (m_deviceAccount && !m_deviceAccount->signatureKey.isNull()) {
        store::AccountRecord device;
        device.accountGuid = m_deviceAccount->guid;
        device.domainGuid = m_request.managed.deviceDomainGuid;
        const Result<crypto::DomainCertificate> cert =
                crypto::DomainCertificate::parse(m_request.managed.deviceDomainCertificate);
        device.domainName = cert ? cert->organization() : QString();
        device.serverUrl = m_request.managed.serverUrl.toString();
        device.domainCertificateDer = m_request.managed.deviceDomainCertificate;
        device.enrolledAt = now;
        device.isDeviceAccount = true;
        device.deviceGuid = m_device.guid;
        device.deviceName = m_device.name;
        device.secretBackend = user.secretBackend;
        device.secretStore = user.secretStore;
        records.append(device);
        m_result.deviceAccount = device;
    }
    records.append(user);
    m_result.account = user;
    m_vault->commit(records, [this](Status s) {
        if (!s)
            return fail(s.error());
        // Committed: from here on nothing may undo the enrollment, not even cancel().
        m_committed = true;
        m_deadline.stop();
        (void)end();
        qCInfo(lcEngine).noquote() << "enrolled account" << m_result.account.accountGuid
                                   << "in domain" << m_result.account.domainGuid;
        finishRun();
    });
}

} // namespace groove::engine
