#include "SecretBytes.h"

#include <QtCore/QString>

#include <openssl/crypto.h>

namespace groove {

// Only the sole holder overwrites: detaching a shared buffer would make one more copy of the
// secret just to wipe it, and leave the shared one as it was.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

void wipeAllCopies(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes = QByteArray();
}

void wipeAllCopies(QString &text)
{
    if (!text.isEmpty() && text.data_ptr().isMutable())
        OPENSSL_cleanse(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

SecretBytes::SecretBytes(QByteArrayView bytes) : m_data(bytes.constData(), bytes.size()) { }

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_data(std::move(other.m_data))
{
    other.m_data = QByteArray();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        other.m_data = QByteArray();
    }
    return *this;
}

SecretBytes SecretBytes::adopt(QByteArray &bytes)
{
    SecretBytes s;
    if (bytes.isDetached()) {
        // Moved, not copied: no second copy of the secret to forget about.
        s.m_data = std::move(bytes);
        bytes = QByteArray();
    } else {
        // Shared, raw or static data: other owners keep theirs; ours must not be shared.
        s.m_data = QByteArray(bytes.constData(), bytes.size());
        wipe(bytes);
    }
    return s;
}

void SecretBytes::clear()
{
    // m_data is never shared (no accessor hands out a QByteArray), so this wipes the only copy.
    if (!m_data.isEmpty())
        OPENSSL_cleanse(m_data.data(), size_t(m_data.size()));
    m_data = QByteArray();
}

bool SecretBytes::equals(QByteArrayView other) const
{
    if (other.size() != m_data.size())
        return false;
    return CRYPTO_memcmp(m_data.constData(), other.constData(), size_t(m_data.size())) == 0;
}

} // namespace groove
