#include "diag/IncidentId.h"

#include <QtCore/QByteArray>
#include <QtCore/QRandomGenerator>

#include <openssl/rand.h>

#include <cstring>

namespace groove::diag {

namespace {

constexpr char Crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

} // namespace

QString incidentIdFromBytes(QByteArrayView bytes)
{
    quint64 bits = 0;
    for (qsizetype i = 0; i < 5; ++i)
        bits = (bits << 8) | (i < bytes.size() ? quint8(bytes[i]) : 0);
    QString id = QStringLiteral("GE-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            id += u'-';
        id += QLatin1Char(Crockford[(bits >> (35 - 5 * i)) & 31]);
    }
    return id;
}

QString newIncidentId()
{
    QByteArray bytes(5, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1) {
        // Not a secret, only unique: the system generator is just as good here.
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 1);
        bytes[4] = char(QRandomGenerator::system()->generate());
    }
    return incidentIdFromBytes(bytes);
}

bool isValidIncidentId(QStringView text)
{
    if (text.size() != 12 || !text.startsWith(u"GE-") || text.at(7) != u'-')
        return false;
    for (qsizetype i = 3; i < 12; ++i) {
        if (i == 7)
            continue;
        const char c = char(text.at(i).unicode());
        if (text.at(i).unicode() > 127 || c == 0 || !std::strchr(Crockford, c))
            return false;
    }
    return true;
}

} // namespace groove::diag
