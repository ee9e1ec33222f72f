#include "ui/status/AccountListModel.h"

#include "ui/Icons.h"

#include <QtCore/QLocale>

namespace groove::ui {

namespace {

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

IconId healthIcon(store::Health health, bool checking)
{
    if (checking)
        return IconId::StepRunning;
    switch (health) {
    case store::Health::Ok:
        return IconId::StepDone;
    case store::Health::Unreachable:
        return IconId::Warning;
    case store::Health::Reenroll:
        return IconId::StepFailed;
    case store::Health::Unknown:
        break;
    }
    return IconId::StepWaiting;
}

} // namespace

AccountListModel::AccountListModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountListModel::setAccounts(const QList<store::AccountRecord> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    // A check in flight stays visible across a reload; problems belong to the old states.
    QSet<QString> present;
    for (const store::AccountRecord &r : m_accounts)
        present.insert(r.accountGuid);
    m_checking.intersect(present);
    for (auto it = m_problems.begin(); it != m_problems.end();) {
        const store::AccountRecord *r = recordAt(rowOf(it.key()));
        it = r && r->heartbeat.health != store::Health::Ok ? std::next(it) : m_problems.erase(it);
    }
    endResetModel();
}

void AccountListModel::setChecking(const QString &accountGuid, bool checking)
{
    const int row = rowOf(accountGuid);
    if (row < 0 || m_checking.contains(accountGuid) == checking)
        return;
    if (checking)
        m_checking.insert(accountGuid);
    else
        m_checking.remove(accountGuid);
    rowChanged(row);
}

bool AccountListModel::setHeartbeat(const QString &accountGuid, const store::HeartbeatState &state,
                                    const QString &problem)
{
    const int row = rowOf(accountGuid);
    if (row < 0)
        return false;
    m_accounts[row].heartbeat = state;
    m_checking.remove(accountGuid);
    if (problem.isEmpty())
        m_problems.remove(accountGuid);
    else
        m_problems.insert(accountGuid, problem);
    rowChanged(row);
    return true;
}

int AccountListModel::rowOf(const QString &accountGuid) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).accountGuid == accountGuid)
            return i;
    }
    return -1;
}

const store::AccountRecord *AccountListModel::recordAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

QString AccountListModel::accountName(const store::AccountRecord &record)
{
    if (record.isDeviceAccount || record.memberName.isEmpty())
        return tr("Device account");
    return record.memberName;
}

QString AccountListModel::healthLabel(store::Health health)
{
    switch (health) {
    case store::Health::Ok:
        return tr("Confirmed");
    case store::Health::Unreachable:
        return tr("Server not reachable");
    case store::Health::Reenroll:
        return tr("Enroll again");
    case store::Health::Unknown:
        break;
    }
    return tr("Not checked yet");
}

QString AccountListModel::healthSentence(const store::HeartbeatState &s)
{
    switch (s.health) {
    case store::Health::Ok:
        return tr("The management server confirmed this account at %1.")
                .arg(localTime(s.lastHeartbeatAt));
    case store::Health::Unreachable:
        if (!s.unreachableSince.isValid())
            return tr("The management server cannot be reached. The account is kept.");
        return tr("The management server has not been reachable since %1. The account is kept.")
                .arg(localTime(s.unreachableSince));
    case store::Health::Reenroll:
        return tr("The management server no longer accepts this account (fault %1). Choose "
                  "\"Re-enroll\" to enroll it again.")
                .arg(s.faultCode);
    case store::Health::Unknown:
        break;
    }
    return tr("The management server has not confirmed this account yet. Choose \"Check now\" "
              "to ask it.");
}

QString AccountListModel::lastCheckText(const QDateTime &checkedAt) const
{
    if (!checkedAt.isValid())
        return tr("Never");
    const qint64 seconds = checkedAt.secsTo(now());
    if (seconds < 0)
        return localTime(checkedAt); // a clock that went back: the time itself, not "in 3 min"
    if (seconds < 60)
        return tr("Just now");
    const QDateTime local = checkedAt.toLocalTime();
    if (local.date() == now().toLocalTime().date())
        return tr("Today at %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    return localTime(checkedAt);
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    const store::AccountRecord *r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case GuidRole:
        return r->accountGuid;
    case ServerUrlRole:
        return r->serverUrl;
    case HealthRole:
        return int(r->heartbeat.health);
    case CheckingRole:
        return m_checking.contains(r->accountGuid);
    default:
        break;
    }
    switch (index.column()) {
    case AccountColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return accountName(*r);
        if (role == Qt::ToolTipRole)
            return tr("Account %1").arg(r->accountGuid);
        break;
    case DomainColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return r->domainName;
        if (role == Qt::ToolTipRole)
            return tr("Domain %1").arg(r->domainGuid);
        break;
    case ServerColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return r->serverUrl;
        break;
    case HealthColumn:
        return healthData(*r, role);
    case LastCheckColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return lastCheckText(r->heartbeat.checkedAt);
        if (role == Qt::ToolTipRole && r->heartbeat.checkedAt.isValid())
            return localTime(r->heartbeat.checkedAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::healthData(const store::AccountRecord &r, int role) const
{
    const bool checking = m_checking.contains(r.accountGuid);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return checking ? tr("Checking…") : healthLabel(r.heartbeat.health);
    case Qt::DecorationRole:
        return icon(healthIcon(r.heartbeat.health, checking));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (checking)
            return tr("Asking the management server about this account.");
        const QString problem = m_problems.value(r.accountGuid);
        const QString sentence = healthSentence(r.heartbeat);
        // Two separate sentences, each translated whole: what it means, then what went wrong.
        return problem.isEmpty() ? sentence : sentence + u'\n' + problem;
    }
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case DomainColumn:
        return tr("Domain");
    case ServerColumn:
        return tr("Server");
    case HealthColumn:
        return tr("Health");
    case LastCheckColumn:
        return tr("Last check");
    default:
        break;
    }
    return {};
}

QDateTime AccountListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void AccountListModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace groove::ui
