#pragma once

#include "store/AccountStore.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QSet>

#include <functional>

namespace groove::ui {

// The accounts of the status window, one row each: account, domain, server, health, last check.
// Pure (no stores, no network): the window feeds it records and heartbeat outcomes, so tests can
// check every text without widgets.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, DomainColumn, ServerColumn, HealthColumn, LastCheckColumn };
    static constexpr int ColumnCount = LastCheckColumn + 1;
    enum Role {
        GuidRole = Qt::UserRole + 1, // the account GUID, every column
        ServerUrlRole, // the record's server URL, every column
        HealthRole, // store::Health as int, every column
        CheckingRole, // bool: a heartbeat of this account is in flight
    };
    using Clock = std::function<QDateTime()>; // UTC

    explicit AccountListModel(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    void setAccounts(const QList<store::AccountRecord> &accounts);
    [[nodiscard]] const QList<store::AccountRecord> &accounts() const { return m_accounts; }
    // A heartbeat of the account started (true) or ended (false): "Checking..." meanwhile.
    void setChecking(const QString &accountGuid, bool checking);
    // The state a heartbeat stored, with the error that made it not ok (translated message).
    // False when the account is not listed (the caller reloads).
    bool setHeartbeat(const QString &accountGuid, const store::HeartbeatState &state,
                      const QString &problem = {});

    [[nodiscard]] int rowOf(const QString &accountGuid) const; // -1 when absent
    [[nodiscard]] const store::AccountRecord *recordAt(int row) const;

    // The words of the view, also for the tray and tests.
    [[nodiscard]] static QString accountName(const store::AccountRecord &record);
    [[nodiscard]] static QString healthLabel(store::Health health); // short, for the column
    [[nodiscard]] static QString healthSentence(const store::HeartbeatState &state);
    [[nodiscard]] QString lastCheckText(const QDateTime &checkedAt) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QVariant healthData(const store::AccountRecord &record, int role) const;
    [[nodiscard]] QDateTime now() const;
    void rowChanged(int row);

    QList<store::AccountRecord> m_accounts;
    QSet<QString> m_checking;
    QHash<QString, QString> m_problems; // by account GUID, from the last heartbeat
    Clock m_clock;
};

} // namespace groove::ui
