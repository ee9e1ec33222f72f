#include "app/AccountCommands.h"

#include "app/ResultPrinter.h"
#include "engine/AccountVault.h"
#include "engine/ClientContext.h"
#include "store/AccountStore.h"
#include "store/SecretStoreFactory.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::Accounts)
};

} // namespace

AccountCommands::AccountCommands(Invocation invocation, QObject *parent)
    : QObject(parent),
      m_inv(std::move(invocation))
{
}

void AccountCommands::start()
{
    // The account file (and its lock timeout) every front end uses.
    m_context = new engine::ClientContext(engine::ClientOptions{}, this);
    if (m_inv.mode == Invocation::Mode::Status)
        status();
    else
        unenroll();
}

void AccountCommands::finish(const Error &error)
{
    emit done(reportFailure(error, m_inv.json));
}

void AccountCommands::status()
{
    const Result<QList<store::AccountRecord>> records = m_context->accounts()->load();
    if (!records)
        return finish(records.error());
    if (m_inv.json) {
        QJsonArray list;
        for (const store::AccountRecord &r : *records)
            list.append(accountJson(r));
        printJson(QJsonObject{ { QStringLiteral("accounts"), list } });
    } else if (records->isEmpty()) {
        printOut(Text::tr("No account is enrolled on this computer.\n"));
    } else {
        for (const store::AccountRecord &r : *records) {
            printOut(r.isDeviceAccount
                             ? Text::tr("Device account %1 in %2 (%3), since %4, keys in %5\n")
                                       .arg(r.accountGuid, r.domainName, r.serverUrl,
                                            isoUtc(r.enrolledAt), r.secretBackend)
                             : Text::tr("%1: account %2 in %3 (%4), since %5, keys in %6\n")
                                       .arg(r.memberName, r.accountGuid, r.domainName, r.serverUrl,
                                            isoUtc(r.enrolledAt), r.secretBackend));
            printOut(QStringLiteral("    ") + healthText(r.heartbeat) + u'\n');
        }
    }
    emit done(0);
}

void AccountCommands::unenroll()
{
    store::AccountStore *accounts = m_context->accounts();
    const Result<std::optional<store::AccountRecord>> record = accounts->find(m_inv.unenrollGuid);
    if (!record)
        return finish(record.error());
    if (!record->has_value()) {
        Error e = Error::make(ErrorKind::Usage,
                              QStringLiteral("no account %1").arg(m_inv.unenrollGuid));
        e.message = Text::tr("No account %1 is enrolled on this computer.").arg(m_inv.unenrollGuid);
        e.hint = Text::tr("groove-enroll --status lists the enrolled accounts.");
        return finish(e);
    }
    const store::AccountRecord r = **record;
    // Both stores are cleaned; the one the record names holds the keys, so its failure counts.
    m_secrets = store::makeSecretStore(store::keyStoreKindFromName(r.secretStore),
                                       m_context->options().insecureKeyFolder, this);
    engine::AccountVault::removeAccount(m_secrets, accounts, r, [this, r](Status s) {
        if (!s)
            return finish(s.error());
        if (m_inv.json)
            printJson(QJsonObject{ { QStringLiteral("result"), QStringLiteral("unenrolled") },
                                   { QStringLiteral("accountGuid"), r.accountGuid } });
        else
            printOut(Text::tr("Removed account %1 from this computer (the server keeps its "
                              "record).\n")
                             .arg(r.accountGuid));
        emit done(0);
    });
}

} // namespace groove::app
