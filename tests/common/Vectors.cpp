#include "common/Vectors.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>

namespace testing {

QJsonObject loadVector(const QString &file)
{
    const QString path = QStringLiteral(GE_VECTORS_DIR "/") + file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open vector file %s", qPrintable(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("cannot parse vector file %s: %s", qPrintable(path), qPrintable(err.errorString()));
    return doc.object();
}

QByteArray hex(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

QByteArray b64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QByteArray utf8(const QJsonValue &v)
{
    return v.toString().toUtf8();
}

QString str(const QJsonValue &v)
{
    return v.toString();
}

} // namespace testing
