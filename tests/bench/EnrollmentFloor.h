#pragma once

#include "Result.h"

#include <QtCore/QString>
#include <QtCore/QUrl>

class QNetworkAccessManager;

// The least work a manual enrollment cannot avoid (see bench_floor.cpp), as a function, so that
// bench_floor and bench_wizard measure the same floor the same way.
namespace bench {

struct FloorTimes
{
    qint64 keygenMs = 0; // two RSA-2048 key generations, one after the other
    qint64 keyActivationMs = 0;
    qint64 createAccountMs = 0;
    qint64 domainEnrollmentMs = 0;

    [[nodiscard]] qint64 tripsMs() const
    {
        return keyActivationMs + createAccountMs + domainEnrollmentMs;
    }
    [[nodiscard]] qint64 floorMs() const { return keygenMs + tripsMs(); }
};

// A real manual enrollment of the member with 'code' against the http server 'server'; the
// event loop runs (QEventLoop) while each answer is awaited.
[[nodiscard]] groove::Result<FloorTimes> measureFloor(QNetworkAccessManager &nam,
                                                      const QUrl &server, const QString &code);

} // namespace bench
