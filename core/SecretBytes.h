#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

namespace groove {

// Key material we own: one buffer, never implicitly shared, wiped with OPENSSL_cleanse when
// destroyed or reassigned. It has no streaming operator and no implicit conversion, so it cannot
// end up in a log or a QString by accident. Copies are explicit (clone()).
class SecretBytes final
{
public:
    SecretBytes() = default;
    // Copies the bytes; the caller wipes its own buffer if it owns one.
    explicit SecretBytes(QByteArrayView bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    // Takes the buffer over without copying it when 'bytes' is its only owner (else copies it);
    // 'bytes' is empty afterwards.
    [[nodiscard]] static SecretBytes adopt(QByteArray &bytes);

    [[nodiscard]] SecretBytes clone() const { return SecretBytes(view()); }
    [[nodiscard]] QByteArrayView view() const { return QByteArrayView(m_data); }
    [[nodiscard]] const char *constData() const { return m_data.constData(); }
    [[nodiscard]] qsizetype size() const { return m_data.size(); }
    [[nodiscard]] bool isEmpty() const { return m_data.isEmpty(); }
    void clear();

    // Constant-time equality.
    [[nodiscard]] bool equals(QByteArrayView other) const;

private:
    QByteArray m_data;
};

// Wipes a buffer we hold alone in place; a shared one is only let go of (the other holder still
// has it, and detaching would make one more copy of the secret). Either way it is empty after.
void wipe(QByteArray &bytes);
void wipe(QString &text);
// Wipes the buffer in place, and with it every implicitly shared copy (Qt's own copies of an
// HTTP header, say), then lets go of it. Only for a secret that nobody needs any more; raw and
// static data are left alone (not ours to write).
void wipeAllCopies(QByteArray &bytes);
void wipeAllCopies(QString &text);

} // namespace groove
