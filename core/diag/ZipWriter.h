#pragma once

#include "Result.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace groove::diag {

// CRC-32 (IEEE 802.3, as ZIP and gzip use it).
[[nodiscard]] quint32 crc32(QByteArrayView data);

// A minimal ZIP archive (APPNOTE 6.3): stored entries only (diagnostics are small text, and a
// help desk's unzip must open them anyway), UTF-8 names (general purpose bit 11), no ZIP64, no
// encryption. Built in memory; the caller writes the bytes (atomically, with QSaveFile).
class ZipWriter final
{
public:
    // 'name': relative, '/' separated, no "..", no backslash, not empty; else a Usage error.
    Status add(const QString &name, const QByteArray &data,
               const QDateTime &modified = QDateTime::currentDateTimeUtc());
    [[nodiscard]] QStringList names() const;
    // The whole archive. Error when it would exceed what a non-ZIP64 archive can hold.
    [[nodiscard]] Result<QByteArray> finish() const;

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        QByteArray data;
        quint32 crc = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace groove::diag
