// libFuzzer target: enrollment links (CLI-CONTRACT.md) and the extraction of server and code from
// pasted text, on arbitrary UTF-8. Besides never crashing: an accepted link has a usable server,
// an acceptable code, a pin of 32 bytes or none and an expiry after 'now'; a refusal is a Usage
// error with a message and a hint; pasted text gives either a refused link or what it found.
#include "engine/EnrollmentLink.h"

#include <QtCore/QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace {

using namespace groove;
using namespace groove::engine;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
}

void checkLink(const QString &text)
{
    const Result<EnrollmentLink> link = parseEnrollmentLink(text, now());
    if (!link) {
        require(link.error().kind == ErrorKind::Usage);
        require(!link.error().message.isEmpty() && !link.error().hint.isEmpty());
        return;
    }
    require(looksLikeEnrollmentLink(text));
    require(text.size() <= MaxLinkLength);
    require(link->serverUrl.isValid()
            && (link->serverUrl.scheme() == u"http" || link->serverUrl.scheme() == u"https"));
    require(link->serverUrl.path().endsWith(QStringLiteral("gms.dll")));
    require(isAcceptableCode(link->code));
    require(link->pinSha256.isEmpty() || link->pinSha256.size() == 32);
    require(!link->expires.isValid() || link->expires > now());
    // A refusal never repeats the code: the same link with an unknown part added is refused
    // with exactly the words a link without any code gets.
    const Result<EnrollmentLink> spoiled =
            parseEnrollmentLink(text.trimmed() + QStringLiteral("&zz=1"), now());
    const Result<EnrollmentLink> reference =
            parseEnrollmentLink(QStringLiteral("groove-enroll://enroll?zz=1"), now());
    if (text.trimmed().size() + 5 <= MaxLinkLength) {
        require(!spoiled && !reference);
        require(spoiled.error().message == reference.error().message);
        require(spoiled.error().detail == reference.error().detail);
    }
}

void checkPasted(const QString &text)
{
    const PastedEnrollment found = extractEnrollment(text, now());
    if (found.linkError) {
        require(found.linkError->kind == ErrorKind::Usage);
        require(found.server.isEmpty() && found.code.isEmpty() && found.pinSha256.isEmpty());
        return;
    }
    require(found.code.isEmpty() || isAcceptableCode(found.code));
    require(found.pinSha256.isEmpty() || found.pinSha256.size() == 32);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QCoreApplication::translate wants an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkLink(text);
    checkPasted(text);
    return 0;
}
