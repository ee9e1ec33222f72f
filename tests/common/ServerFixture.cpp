#include "common/ServerFixture.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

using namespace groove;
using namespace groove::devserver;

namespace testing {

bool copyDirectory(const QString &from, const QString &to)
{
    const QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(fi.fileName());
        if (fi.isDir() ? !copyDirectory(fi.filePath(), target)
                       : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

bool ServerFixture::prepare(const ServerConfig &config)
{
    m_config = config;
    DevServer::Options o;
    o.stateDir = m_template.path();
    o.config = config;
    Result<std::unique_ptr<DevServer>> s = DevServer::start(o);
    if (!s) {
        m_error = s.error().toLogString();
        return false;
    }
    return true;
}

std::unique_ptr<DevServer> ServerFixture::start(DevServer::Options options)
{
    auto copy = std::make_unique<QTemporaryDir>();
    const QString dir = copy->path() + QStringLiteral("/state");
    if (!copyDirectory(m_template.path(), dir)) {
        m_error = QStringLiteral("cannot copy the template state");
        return nullptr;
    }
    m_copies.push_back(std::move(copy));
    m_lastStateDir = dir;
    options.stateDir = dir;
    options.config = m_config;
    Result<std::unique_ptr<DevServer>> s = DevServer::start(std::move(options));
    if (!s) {
        m_error = s.error().toLogString();
        return nullptr;
    }
    return std::move(s).value();
}

} // namespace testing
