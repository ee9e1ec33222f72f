#include "app/SecretStores.h"

#include "store/DualSecretStore.h"
#include "store/FileSecretStore.h"
#include "store/KeychainSecretStore.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>

namespace groove::app {

QString insecureKeyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("insecure-keys"));
}

store::SecretStore *makeSecretStore(store::KeyStoreKind active, QObject *parent)
{
    auto *keychain = new store::KeychainSecretStore(store::KeychainSecretStore::DefaultService);
    auto *file = new store::FileSecretStore(insecureKeyFolder());
    if (active == store::KeyStoreKind::File)
        return new store::DualSecretStore(file, keychain, parent);
    return new store::DualSecretStore(keychain, file, parent);
}

} // namespace groove::app
