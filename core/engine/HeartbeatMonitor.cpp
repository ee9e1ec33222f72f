#include "engine/HeartbeatMonitor.h"

#include "Logging.h"
#include "crypto/Crypto.h"
#include "engine/AccountVault.h"
#include "net/Transport.h"
#include "protocol/ClientCodec.h"
#include "protocol/Faults.h"
#include "store/SecretStore.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>

#include <limits>

namespace groove::engine {

namespace {

// When the server has not said yet (WIRE-PROFILE 5.6: 60 ... 86400 seconds).
constexpr int DefaultIntervalSeconds = 4 * 3600;
constexpr int FirstBackoffSeconds = 60;

// Faults that mean the server no longer accepts this account (WIRE-PROFILE 5.6).
bool needsReenrollment(int fault)
{
    return fault == 200 || fault == 205 || fault == 209 || fault == 210;
}

} // namespace

struct HeartbeatMonitor::Slot
{
    // Deleted later: the slot may go while its own timer's timeout() is being delivered.
    std::unique_ptr<QTimer, void (*)(QTimer *)> timerOwner{ new QTimer, [](QTimer *t) {
                                                               t->stop();
                                                               t->disconnect();
                                                               t->deleteLater();
                                                           } };
    QTimer &timer = *timerOwner;
    QPointer<SoapCall> call;
    bool busy = false;
    int failures = 0; // in a row, for the back-off
    QDateTime dueAt;
    store::AccountRecord record; // as read when the heartbeat started
};

HeartbeatMonitor::HeartbeatMonitor(Transport *transport, store::SecretStore *secrets,
                                   store::AccountStore *accounts, QObject *parent)
    : QObject(parent),
      m_transport(transport),
      m_secrets(secrets),
      m_accounts(accounts),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<groove::engine::HeartbeatOutcome>();
}

HeartbeatMonitor::~HeartbeatMonitor()
{
    stop();
}

void HeartbeatMonitor::setInitialDelay(int minSeconds, int maxSeconds)
{
    m_initialMin = qMax(0, minSeconds);
    m_initialMax = qMax(m_initialMin, maxSeconds);
}

HeartbeatMonitor::Slot &HeartbeatMonitor::slot(const QString &accountGuid)
{
    auto it = m_slots.find(accountGuid);
    if (it == m_slots.end()) {
        auto s = std::make_unique<Slot>();
        s->timer.setSingleShot(true);
        s->timer.setTimerType(Qt::VeryCoarseTimer);
        connect(s->timerOwner.get(), &QTimer::timeout, this,
                [this, accountGuid] { send(accountGuid); });
        it = m_slots.emplace(accountGuid, std::move(s)).first;
    }
    return *it->second;
}

void HeartbeatMonitor::start()
{
    const Result<QList<store::AccountRecord>> records = m_accounts->load();
    if (!records) {
        qCWarning(lcEngine).noquote()
                << "cannot read the accounts:" << records.error().toLogString();
        return;
    }
    m_running = true;
    QStringList known;
    for (const store::AccountRecord &r : *records) {
        known.append(r.accountGuid);
        Slot &s = slot(r.accountGuid);
        if (s.busy || s.timer.isActive())
            continue;
        const int delay = m_initialMin == m_initialMax
                ? m_initialMin
                : int(QRandomGenerator::global()->bounded(m_initialMin, m_initialMax + 1));
        schedule(s, delay);
    }
    // Accounts removed meanwhile are no longer confirmed.
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (!known.contains(it->first) && !it->second->busy)
            it = m_slots.erase(it);
        else
            ++it;
    }
}

void HeartbeatMonitor::stop()
{
    m_running = false;
    for (auto &[guid, s] : m_slots) {
        s->timer.stop();
        if (s->call) {
            s->call->disconnect(this);
            s->call->abort();
        }
    }
    m_slots.clear();
}

void HeartbeatMonitor::checkNow(const QStringList &accountGuids)
{
    QStringList guids = accountGuids;
    if (guids.isEmpty()) {
        const Result<QList<store::AccountRecord>> records = m_accounts->load();
        if (records) {
            for (const store::AccountRecord &r : *records)
                guids.append(r.accountGuid);
        }
    }
    // Through the timer, so that no signal comes from inside this call.
    for (const QString &guid : std::as_const(guids)) {
        Slot &s = slot(guid);
        if (!s.busy)
            schedule(s, 0);
    }
}

bool HeartbeatMonitor::isBusy() const
{
    for (const auto &[guid, s] : m_slots) {
        if (s->busy || (s->timer.isActive() && s->timer.interval() == 0))
            return true;
    }
    return false;
}

QDateTime HeartbeatMonitor::nextCheckAt(const QString &accountGuid) const
{
    const auto it = m_slots.find(accountGuid);
    return it == m_slots.end() ? QDateTime() : it->second->dueAt;
}

void HeartbeatMonitor::schedule(Slot &s, int seconds)
{
    const qint64 ms = qint64(seconds) * m_second.count();
    s.dueAt = now().addSecs(seconds);
    s.timer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

QDateTime HeartbeatMonitor::now() const
{
    return QDateTime::fromSecsSinceEpoch(m_clock().toSecsSinceEpoch(), QTimeZone::utc());
}

int HeartbeatMonitor::backoffSeconds(int failures, int ceiling) const
{
    qint64 seconds = FirstBackoffSeconds;
    for (int i = 1; i < failures && seconds < ceiling; ++i)
        seconds *= 2;
    return int(qMin<qint64>(seconds, ceiling));
}

void HeartbeatMonitor::send(const QString &accountGuid)
{
    Slot &s = slot(accountGuid);
    const Result<std::optional<store::AccountRecord>> record = m_accounts->find(accountGuid);
    if (!record) {
        store::HeartbeatState state = s.record.heartbeat;
        state.checkedAt = now();
        return finish(accountGuid, state, record.error(), DefaultIntervalSeconds);
    }
    if (!record->has_value()) {
        // Removed meanwhile (by --unenroll, or another window): nothing to confirm.
        s.timer.stop();
        Error e = Error::make(ErrorKind::Usage,
                              QStringLiteral("account %1 is no longer enrolled").arg(accountGuid));
        e.message = tr("The account %1 is not enrolled on this computer.").arg(accountGuid);
        emit accountChecked(HeartbeatOutcome{ accountGuid, {}, e, {} });
        return;
    }
    s.record = **record;
    s.busy = true;
    emit checkStarted(accountGuid);
    QPointer<HeartbeatMonitor> self(this);
    AccountVault::readSharedKey(m_secrets, hostOf(s.record.serverUrl), accountGuid,
                                [self, accountGuid](Result<SecretBytes> key) {
                                    if (self && self->m_slots.count(accountGuid))
                                        self->onKey(accountGuid, std::move(key));
                                });
}

void HeartbeatMonitor::onKey(const QString &accountGuid, Result<SecretBytes> key)
{
    Slot &s = slot(accountGuid);
    const store::AccountRecord &r = s.record;
    store::HeartbeatState state = r.heartbeat;
    state.checkedAt = now();
    if (!key)
        return finish(accountGuid, state, key.error(), 0);
    if (key->size() != 24) {
        return finish(accountGuid, state,
                      Error::make(ErrorKind::Storage,
                                  QStringLiteral("stored account key has the wrong size")),
                      0);
    }

    protocol::EventInfo event;
    event.domainGuid = r.domainGuid;
    event.guid = r.accountGuid;
    event.grooveVersion = protocol::productGrooveVersion();
    event.identityUrl = r.identityUrl;
    event.isDeviceAccount = r.isDeviceAccount;
    event.userDeviceGuid = r.deviceGuid;
    event.userDeviceName = r.deviceName;
    event.created = state.checkedAt.toSecsSinceEpoch();
    event.eventId = crypto::randomPositiveInt32().value_or(1);
    const Result<QByteArray> envelope =
            protocol::client::accountHeartbeatRequest(event, key->view(), state.sequence);
    if (!envelope)
        return finish(accountGuid, state, envelope.error(), 0);

    // Not retried by the transport: the monitor's own back-off decides when to try again.
    s.call = m_transport->post(QUrl(r.serverUrl), protocol::method::AccountHeartbeat, *envelope,
                               nullptr, false);
    connect(s.call, &SoapCall::finished, this,
            [this, accountGuid, state,
             key = std::move(key).value()](const Result<QByteArray> &body) mutable {
                store::HeartbeatState next = state;
                if (!body) {
                    return finish(accountGuid, next, body.error(), 0);
                }
                const Result<protocol::AccountHeartbeatResponse> response =
                        protocol::client::accountHeartbeatResponse(*body, key.view());
                if (!response)
                    return finish(accountGuid, next, response.error(), 0);
                next.health = store::Health::Ok;
                next.lastHeartbeatAt = next.checkedAt;
                next.unreachableSince = QDateTime();
                next.faultCode = 0;
                next.sequence = state.sequence + 1;
                next.nextHeartbeatSeconds = response->nextHeartbeatSeconds;
                finish(accountGuid, next, std::nullopt, response->nextHeartbeatSeconds);
            });
}

void HeartbeatMonitor::finish(const QString &accountGuid, store::HeartbeatState state,
                              std::optional<Error> error, int nextSeconds)
{
    Slot &s = slot(accountGuid);
    s.busy = false;
    s.call = nullptr;
    const int interval =
            state.nextHeartbeatSeconds > 0 ? state.nextHeartbeatSeconds : DefaultIntervalSeconds;
    if (error) {
        const ErrorClass c = error->errorClass();
        if (error->kind == ErrorKind::ServerFault) {
            // The server answered: that heartbeat counts (WIRE-PROFILE 5.6, N + 1 per one sent).
            state.sequence += 1;
            state.faultCode = error->faultCode;
            if (needsReenrollment(error->faultCode)) {
                state.health = store::Health::Reenroll;
                state.unreachableSince = QDateTime();
                s.failures = 0;
                nextSeconds = interval;
            }
        } else if (c == ErrorClass::Network || c == ErrorClass::Timeout || c == ErrorClass::Tls
                   || c == ErrorClass::Insecure || c == ErrorClass::Protocol
                   || c == ErrorClass::Integrity || c == ErrorClass::Authentication) {
            // No usable answer: a tampered or malformed one confirms nothing either.
            if (state.health != store::Health::Unreachable)
                state.unreachableSince = state.checkedAt;
            state.health = store::Health::Unreachable;
            state.faultCode = 0;
        }
        if (nextSeconds <= 0)
            nextSeconds = backoffSeconds(++s.failures, interval);
        qCInfo(lcEngine).noquote()
                << "heartbeat of" << accountGuid << "failed:" << error->toLogString();
    } else {
        s.failures = 0;
        qCInfo(lcEngine).noquote()
                << "heartbeat of" << accountGuid << "ok, next in" << nextSeconds << "s";
    }
    if (const Status saved = m_accounts->setHeartbeat(accountGuid, state); !saved) {
        qCWarning(lcEngine).noquote()
                << "cannot keep the heartbeat state:" << saved.error().toLogString();
        if (!error)
            error = saved.error();
    }
    QDateTime next;
    if (m_running) {
        schedule(s, nextSeconds);
        next = s.dueAt;
    }
    emit accountChecked(HeartbeatOutcome{ accountGuid, state, error, next });
}

} // namespace groove::engine
