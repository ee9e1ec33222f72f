#pragma once

#include "app/CommandLine.h"

#include <QtCore/QObject>

namespace groove::store {
class SecretStore;
}

namespace groove::engine {
class ClientContext;
}

namespace groove::app {

// --status and --unenroll: the local accounts, listed or removed (CLI-CONTRACT.md).
class AccountCommands final : public QObject
{
    Q_OBJECT

public:
    AccountCommands(Invocation invocation, QObject *parent = nullptr);
    void start();

signals:
    void done(int exitCode);

private:
    void status();
    void unenroll();
    void finish(const Error &error);

    Invocation m_inv;
    engine::ClientContext *m_context = nullptr;
    store::SecretStore *m_secrets = nullptr;
};

} // namespace groove::app
