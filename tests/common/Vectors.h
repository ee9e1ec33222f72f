#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

// Access to the wire-profile test vectors (copied from shared/spec/vectors into tests/data).
namespace testing {

// Parses tests/data/vectors/<file>; aborts the test run (qFatal) if it is missing or broken,
// because a silently empty vector table would make every data-driven test pass vacuously.
QJsonObject loadVector(const QString &file);

QByteArray hex(const QJsonValue &v); // from a *_hex string
QByteArray b64(const QJsonValue &v); // from a base64 string
QByteArray utf8(const QJsonValue &v); // XML byte strings: the UTF-8 of the JSON string
QString str(const QJsonValue &v);

} // namespace testing
