#pragma once

#include "store/SecretStore.h"

namespace groove::app {

// Where --insecure-keystore keeps keys: <data folder>/insecure-keys (0700), file "keys" (0600).
[[nodiscard]] QString insecureKeyFolder();

// The key store of a run: 'active' (the keyring, or with --insecure-keystore our key file) for
// writes, with removals always cleaning both (store::DualSecretStore).
[[nodiscard]] store::SecretStore *makeSecretStore(store::KeyStoreKind active, QObject *parent);

} // namespace groove::app
