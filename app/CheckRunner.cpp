#include "app/CheckRunner.h"

#include "app/ResultPrinter.h"
#include "engine/ClientContext.h"
#include "net/ConnectivityCheck.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

namespace groove::app {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::app::Check)
};

} // namespace

CheckRunner::CheckRunner(Invocation invocation, QObject *parent)
    : QObject(parent),
      m_inv(std::move(invocation))
{
}

void CheckRunner::cancel()
{
    emit cancelRequested();
}

void CheckRunner::start()
{
    const Result<QUrl> server = engine::normalizeServerUrl(m_inv.server);
    if (!server) {
        emit done(reportFailure(server.error(), m_inv.json));
        return;
    }
    // The same network, proxy (with its credentials) and trusted servers as an enrollment.
    auto *context = new engine::ClientContext(clientOptions(m_inv), this);
    auto *check = context->createCheck(context);
    connect(this, &CheckRunner::cancelRequested, check, &engine::ConnectivityCheck::cancel);
    connect(check, &engine::ConnectivityCheck::itemFinished, this,
            [this](const engine::ConnectivityCheck::Item &item) {
                if (!m_inv.json)
                    printOut(QStringLiteral("%1 %2: %3\n")
                                     .arg(item.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"),
                                          item.name, item.detail));
            });
    connect(check, &engine::ConnectivityCheck::finished, this,
            [this](const QList<engine::ConnectivityCheck::Item> &items,
                   const std::optional<Error> &error) {
                if (m_inv.json) {
                    QJsonArray list;
                    for (const auto &i : items)
                        list.append(QJsonObject{ { QStringLiteral("name"), i.name },
                                                 { QStringLiteral("ok"), i.ok },
                                                 { QStringLiteral("detail"), i.detail },
                                                 { QStringLiteral("ms"), i.ms } });
                    QJsonObject o = error
                            ? failureJson(*error)
                            : QJsonObject{ { QStringLiteral("result"), QStringLiteral("ok") } };
                    o.insert(QStringLiteral("checks"), list);
                    printJson(o);
                } else if (error) {
                    printErr(humanFailure(*error));
                } else {
                    printOut(Text::tr("The management server can be reached.\n"));
                }
                emit done(error ? exitCodeOf(error->errorClass()) : 0);
            });
    const QUrl auth = m_inv.authUrl.isEmpty() ? engine::deriveAuthenticatedUrl(*server)
                                              : QUrl(m_inv.authUrl, QUrl::StrictMode);
    check->start(*server, auth, !m_inv.login.isEmpty() || !m_inv.authUrl.isEmpty());
}

} // namespace groove::app
