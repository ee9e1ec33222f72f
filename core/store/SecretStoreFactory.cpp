#include "store/SecretStoreFactory.h"

#include "store/DualSecretStore.h"
#include "store/FileSecretStore.h"
#include "store/KeychainSecretStore.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>

namespace groove::store {

QString defaultInsecureKeyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("insecure-keys"));
}

SecretStore *makeSecretStore(KeyStoreKind active, const QString &insecureKeyFolder, QObject *parent)
{
    if (active == KeyStoreKind::Memory)
        return new MemorySecretStore(parent);
    auto *keychain = new KeychainSecretStore(KeychainSecretStore::DefaultService);
    auto *file = new FileSecretStore(insecureKeyFolder.isEmpty() ? defaultInsecureKeyFolder()
                                                                 : insecureKeyFolder);
    if (active == KeyStoreKind::File)
        return new DualSecretStore(file, keychain, parent);
    return new DualSecretStore(keychain, file, parent);
}

} // namespace groove::store
