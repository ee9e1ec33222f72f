#pragma once

// The account file as a whole: its JSON form, reading, and the atomic write. Used by
// AccountStore only; the lock and the operations on the file live there.

#include "Result.h"
#include "store/AccountStore.h"
#include "store/JournalOwner.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace groove::store::detail {

struct AccountDocument
{
    QString deviceGuid;
    QList<AccountRecord> accounts;
    QHash<QString, PendingEntry> pending; // by account GUID
};

// A missing or empty file is an empty document (nothing enrolled yet; an empty file holds
// nothing that could be repaired). Anything else that is not ours is "damaged" and left alone.
[[nodiscard]] Result<AccountDocument> readAccountDocument(const QString &path);
// Replaces the file atomically: on any failure (a full disk too) the old file stays as it was
// and no temporary file is left behind.
[[nodiscard]] Status writeAccountDocument(const QString &path, const AccountDocument &doc);
// Creates the folder (and missing parents) readable by the owner only (0700).
[[nodiscard]] Status makePrivateFolder(const QString &folder, const QString &forFile);

// Whether a small file can be written in 'folder' (to tell a full disk from other failures where
// the failing call does not say why, like QLockFile's "unknown error").
[[nodiscard]] bool folderIsFull(const QString &folder);

// Errors with a translated message and hint, for AccountStore.
[[nodiscard]] Error writeFailed(const QString &path, const QString &why);
[[nodiscard]] Error diskFull(const QString &path, const QString &why);

} // namespace groove::store::detail
