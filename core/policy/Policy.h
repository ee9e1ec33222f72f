#pragma once

#include "Result.h"
#include "engine/EnrollmentTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

class QSettings;

// The organisation's policy (issue 10, IT deployment): defaults and locks an administrator sets
// for every user of a computer. Group [Policy] holds the client's settings, group [Managed] the
// managed-device settings of CLI-CONTRACT.md (read by engine::ManagedSettings when used).
namespace groove::policy {

// The settings a policy can lock (the names of Policy/Locked).
enum class Key { ServerURL, Method, Proxy, CAFile, PinSha256 };

[[nodiscard]] QString keyName(Key key); // "ServerURL", ...

// --pin-sha256 syntax: 64 hexadecimal digits, colons allowed between them. Empty when malformed.
[[nodiscard]] QByteArray parsePinSha256(const QString &text);
// "manual", "auto-configuration", "auto-activation" (engine::flowName); nullopt when unknown.
[[nodiscard]] std::optional<engine::Flow> parseMethod(const QString &text);

class Policy final
{
public:
    Policy() = default; // no policy: nothing set, nothing locked, every method allowed

    // The values; empty when the policy does not set them.
    [[nodiscard]] QUrl serverUrl() const { return m_serverUrl; } // normalised (ServerUrl.h)
    [[nodiscard]] QList<engine::Flow> allowedMethods() const { return m_methods; }
    [[nodiscard]] bool allows(engine::Flow flow) const { return m_methods.contains(flow); }
    [[nodiscard]] QString proxy() const { return m_proxy; }
    [[nodiscard]] QString caFile() const { return m_caFile; }
    [[nodiscard]] QByteArray pinSha256() const { return m_pin; } // 32 bytes or empty
    [[nodiscard]] QString supportContact() const { return m_supportContact; }
    [[nodiscard]] bool has(Key key) const { return m_source.contains(key); }

    // Whether the user (wizard, link, command line) may not change the value.
    [[nodiscard]] bool isLocked(Key key) const { return m_locked.contains(key); }
    // Translated: "Set by your organisation's policy." and, when set, whom to contact.
    [[nodiscard]] QString lockReason() const;
    // The file (or registry key) whose value is in force, for messages; empty when not set.
    [[nodiscard]] QString sourceOf(Key key) const { return m_source.value(key); }

    // What was read, in the order it was read, and the keys it had ("Policy/ServerURL",
    // "Managed/LoginName"): names only, for diagnostics.
    [[nodiscard]] QStringList files() const { return m_files; }
    [[nodiscard]] QStringList presentKeys() const { return m_presentKeys; }
    [[nodiscard]] bool isEmpty() const { return m_presentKeys.isEmpty(); }
    // The file whose [Managed] group holds the managed-device settings (the last one read that
    // has the group); empty when none has it. Used when --policy does not name a file.
    [[nodiscard]] QString managedSource() const { return m_managedSource; }

private:
    friend class PolicyBuilder;

    QUrl m_serverUrl;
    QList<engine::Flow> m_methods{ engine::Flow::Manual, engine::Flow::AutoConfiguration,
                                   engine::Flow::AutoActivation };
    QString m_proxy;
    QString m_caFile;
    QByteArray m_pin;
    QString m_supportContact;
    QList<Key> m_locked;
    QHash<Key, QString> m_source;
    QStringList m_files;
    QStringList m_presentKeys;
    QString m_managedSource;
};

// One place a policy comes from: an INI file or the Windows registry key, with the name used in
// messages. The same parsing reads both.
struct PolicySource
{
    QString name;
    QSettings *settings = nullptr;
};

// Merges the sources (a later one overrides a key of an earlier one) and checks the result
// strictly: a malformed value, an unknown Locked or AllowedMethods item, a lock on a key
// without a value, or a URL with user information is a Usage error naming the source and the
// key (never the value). Unknown keys are ignored with a warning.
[[nodiscard]] Result<Policy> readPolicy(const QList<PolicySource> &sources);

// Linux/Unix: every groove-enroll/*.conf in the XDG system configuration folders
// (colon-separated, the first wins; empty means /etc/xdg), in the order they are read: the
// last folder first, each folder's files in name order.
[[nodiscard]] QStringList systemPolicyFiles(const QString &xdgConfigDirs);

// The policy of this computer: the files of systemPolicyFiles($XDG_CONFIG_DIRS), or on Windows
// HKEY_LOCAL_MACHINE\Software\Policies\GrooveEnroll. A broken policy is an error: callers
// refuse to enroll rather than ignore its locks.
[[nodiscard]] Result<Policy> loadSystemPolicy();

// A Usage error for a command-line or user value that contradicts a locked one: names the
// option and the source of the policy. 'what' is the option as the user wrote it ("--server").
[[nodiscard]] Error lockedError(const Policy &policy, Key key, const QString &what);
// A Usage error for a method the policy does not allow.
[[nodiscard]] Error methodNotAllowedError(const Policy &policy, engine::Flow flow);

} // namespace groove::policy
