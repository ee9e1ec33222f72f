#pragma once

#include "Error.h"
#include "Result.h"
#include "diag/Redactor.h"
#include "store/AccountStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>

namespace groove::store {
class SecretStore;
}

namespace groove::engine {
class ClientContext;
}

namespace groove::diag {

// What a help desk needs and the caller knows; never a code, password or key (none of these
// types can hold one: an Error never carries a secret, a record keeps key names only).
struct DiagnosticsInput
{
    QString incidentId; // empty: a new one
    QDateTime when; // null: now
    QString mode; // "graphical", "headless", ...
    QString proxy; // the --proxy value, if any; else the environment's proxy variables count
    QString keychainProvider; // SecretStore::backendName()
    QString keychainState; // keyStoreState()
    QStringList policyKeys; // the policy keys present (names only)
    QList<store::AccountRecord> accounts;
    std::optional<Error> lastError;
    QString report; // the wizard's DiagnosticsReport text; empty: no report.txt
    QStringList logFiles; // logFilesIn(LogFile::defaultFolder())
};

// What can be said about a key store without touching a secret.
[[nodiscard]] QString keyStoreState(const store::SecretStore *store);
// "http://proxy.example:3128" without user info, path or query; "none" when empty.
[[nodiscard]] QString proxyText(const QString &proxyUrl);
// The proxy in use: 'explicitProxy' (--proxy), else https_proxy / http_proxy / all_proxy.
[[nodiscard]] QString proxyInUse(const QString &explicitProxy);

// The policy keys of this computer's policy (policy::loadSystemPolicy(), names only, e.g.
// "Policy/ServerURL"), or one line saying why the policy is broken (it names file and key, never
// a value).
[[nodiscard]] QStringList systemPolicyKeys();

// The input every front end fills the same way: the accounts of 'context' (an unreadable
// account file becomes the last error), its key store and proxy, and the rotated log files of
// 'logFolder' (empty: LogFile::defaultFolder()). Reads the account file; no keyring access.
[[nodiscard]] DiagnosticsInput collectDiagnostics(const engine::ClientContext &context,
                                                  const QString &mode,
                                                  const QStringList &policyKeys,
                                                  const QString &logFolder = {});

// The diagnostics archive (a ZIP file):
//   summary.txt   incident, time, versions, TLS backend, proxy, key store, policy keys,
//                 accounts, last error
//   report.txt    the wizard's report (only when there is one)
//   logs/*.log    the rotated log files, redacted again on the way in
class DiagnosticsBundle final
{
public:
    struct File
    {
        QString name;
        QString text;
    };

    explicit DiagnosticsBundle(DiagnosticsInput input, Redactor redactor = Redactor());

    [[nodiscard]] QString incidentId() const { return m_input.incidentId; }
    [[nodiscard]] QString summaryText() const;
    // Every file of the archive, in order, with its (redacted) text.
    [[nodiscard]] QList<File> files() const;
    [[nodiscard]] Result<QByteArray> archive() const;
    // Writes the archive atomically (QSaveFile) and logs "diagnostics saved, incident GE-…".
    [[nodiscard]] Status save(const QString &path) const;
    // "groove-enroll-diagnostics-GE-XXXX-XXXX.zip"
    [[nodiscard]] QString defaultFileName() const;

private:
    DiagnosticsInput m_input;
    Redactor m_redactor;
};

} // namespace groove::diag
