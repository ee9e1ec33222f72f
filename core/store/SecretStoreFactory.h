#pragma once

#include "store/SecretStore.h"

namespace groove::store {

// Where the insecure key store (--insecure-keystore) keeps keys by default:
// <AppDataLocation>/insecure-keys (0700), file "keys" (0600).
[[nodiscard]] QString defaultInsecureKeyFolder();

// The key store of a run. Keychain and File: 'active' for writes, with removals always cleaning
// both (DualSecretStore), so that no key of an earlier run with the other backend stays behind.
// Memory: keys that live as long as the store (--demo, tests). 'insecureKeyFolder' empty: the
// default folder.
[[nodiscard]] SecretStore *makeSecretStore(KeyStoreKind active, const QString &insecureKeyFolder,
                                           QObject *parent);

} // namespace groove::store
