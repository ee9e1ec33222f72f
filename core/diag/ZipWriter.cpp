#include "diag/ZipWriter.h"

#include <array>

namespace groove::diag {

namespace {

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> CrcTable = makeCrcTable();

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 VersionNeeded = 20; // 2.0: stored entries in folders
constexpr quint16 VersionMadeBy = (3 << 8) | 20; // Unix, so that the permissions below count
constexpr quint32 RegularFile0644 = 0100644u << 16;
constexpr qint64 ZipLimit = 0xFFFFFFFEll;

} // namespace

quint32 crc32(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = CrcTable[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

Status ZipWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const bool bad = name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\')
            || name.split(u'/').contains(QStringLiteral("..")) || name.contains(QChar(0))
            || name.endsWith(u'/');
    if (bad)
        return Error::make(ErrorKind::Usage, QStringLiteral("not a ZIP entry name: %1").arg(name));
    for (const Entry &e : m_entries) {
        if (e.name == name.toUtf8())
            return Error::make(ErrorKind::Usage, QStringLiteral("entry %1 twice").arg(name));
    }
    Entry e;
    e.name = name.toUtf8();
    e.data = data;
    e.crc = crc32(data);
    // MS-DOS time is local time with 2-second steps, from 1980.
    QDateTime local = modified.toLocalTime();
    if (local.date().year() < 1980)
        local = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    e.dosTime = quint16((local.time().hour() << 11) | (local.time().minute() << 5)
                        | (local.time().second() / 2));
    e.dosDate = quint16(((local.date().year() - 1980) << 9) | (local.date().month() << 5)
                        | local.date().day());
    m_entries.append(std::move(e));
    return {};
}

QStringList ZipWriter::names() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list.append(QString::fromUtf8(e.name));
    return list;
}

Result<QByteArray> ZipWriter::finish() const
{
    QByteArray out;
    QByteArray central;
    QList<quint32> offsets;
    for (const Entry &e : m_entries) {
        if (out.size() + 30 + e.name.size() + e.data.size() > ZipLimit)
            return Error::make(ErrorKind::Storage, QStringLiteral("the archive is too large"));
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50);
        put16(out, VersionNeeded);
        put16(out, FlagUtf8);
        put16(out, 0); // stored
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint32(e.name.size()));
        put16(out, 0); // no extra field
        out.append(e.name);
        out.append(e.data);
    }
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        put32(central, 0x02014b50);
        put16(central, VersionMadeBy);
        put16(central, VersionNeeded);
        put16(central, FlagUtf8);
        put16(central, 0);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, quint32(e.data.size()));
        put16(central, quint32(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, RegularFile0644);
        put32(central, offsets.at(i));
        central.append(e.name);
    }
    if (m_entries.size() > 0xFFFF || out.size() + central.size() + 22 > ZipLimit)
        return Error::make(ErrorKind::Storage, QStringLiteral("the archive is too large"));
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk of the central directory
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0); // comment
    return out;
}

} // namespace groove::diag
