#pragma once

#include "Result.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace groove::devserver {

// What an administrator configures (a human-readable JSON file, or the built-in demo).
struct MemberConfig
{
    QString name; // MemberName, and the vCard's FN
    QString email;
    QString login;
    QString password;
    QString code; // account configuration code; generated (and kept in the state) when empty
    bool autoConfiguration = false; // may use AutoAccountCodeConfiguration / AutoActivation
};

struct DomainConfig
{
    QString name;
    QList<MemberConfig> members;
};

struct ServerConfig
{
    QString serverUrl; // empty: http://<listen address>:<port>/gms.dll once listening
    QList<DomainConfig> domains;
    QString deviceDomainName; // empty: no device domain (auto activation unavailable)
    qint64 clockSkewSeconds = 24 * 3600; // accepted distance of Event@created from our clock
    int heartbeatSeconds = 4 * 3600; // AccountHeartbeatResponse@NextHeartbeatSeconds

    [[nodiscard]] static ServerConfig demo();
    // Strict: unknown keys, duplicate logins or names, and wrong types are errors
    // (ErrorKind::Usage).
    [[nodiscard]] static Result<ServerConfig> fromJson(const QByteArray &json);
    [[nodiscard]] static Result<ServerConfig> fromFile(const QString &path);
    [[nodiscard]] const MemberConfig *findByLogin(const QString &login,
                                                  QString *domainName = nullptr) const;
};

} // namespace groove::devserver
