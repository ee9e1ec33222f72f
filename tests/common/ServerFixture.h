#pragma once

#include "devserver/DevServer.h"

#include <QtCore/QTemporaryDir>

#include <memory>

namespace testing {

// Domain keys, certificates and the TLS identity take several RSA key generations; a fixture
// makes them once per test program and gives every test a fresh copy of that state.
class ServerFixture final
{
public:
    // Generates the template state for 'config' (call from initTestCase).
    bool prepare(const groove::devserver::ServerConfig &config =
                         groove::devserver::ServerConfig::demo());
    // A server on 127.0.0.1:0 with a fresh copy of the template state.
    std::unique_ptr<groove::devserver::DevServer>
    start(groove::devserver::DevServer::Options options = {});
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] QString lastStateDir() const { return m_lastStateDir; }

private:
    QTemporaryDir m_template;
    groove::devserver::ServerConfig m_config;
    std::vector<std::unique_ptr<QTemporaryDir>> m_copies;
    QString m_error;
    QString m_lastStateDir;
};

bool copyDirectory(const QString &from, const QString &to);

} // namespace testing
