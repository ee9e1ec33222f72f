// Enrollment links (CLI-CONTRACT.md): groove-enroll://enroll?server=URL&code=CODE[&pin=HEX]
// [&expires=UNIX]. The link is parsed by hand rather than through QUrl: QUrl repairs what it
// does not like (stray '%', spaces, an empty userinfo), and a link that arrives in an e-mail must
// be taken exactly as written or refused with a message that says why.
#include "engine/EnrollmentLink.h"

#include "SecretBytes.h"
#include "crypto/CodeKey.h"
#include "net/ServerUrl.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QStringDecoder>

namespace groove::engine {

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(groove::engine::EnrollmentLink)
};

const QString Scheme = QStringLiteral("groove-enroll");
// Past the year 9999 a date is no longer a date (and QDateTime stops being exact).
constexpr qint64 MaxExpiry = 253402300799;

// 'detail' is for the log and never carries the code (nor the whole link, which holds it).
Error refused(const QString &message, const QString &detail)
{
    Error e = Error::make(ErrorKind::Usage, QStringLiteral("enrollment link: ") + detail);
    e.message = message;
    e.hint = Text::tr("Ask your IT department for a new link.");
    return e;
}

Error malformed(const QString &detail)
{
    return refused(Text::tr("The enrollment link is damaged. Copy the whole link from the e-mail "
                            "again, or type the server address and the code yourself."),
                   detail);
}

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// RFC 3986 percent-decoding, strictly: every '%' starts two hex digits, '+' stays a '+', and the
// result must be valid UTF-8. Characters outside ASCII written directly (as a mail client may
// show them) are taken as their UTF-8 bytes.
std::optional<QString> percentDecode(QStringView value)
{
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == u'%') {
            if (i + 2 >= value.size() || !isHexDigit(value.at(i + 1).unicode())
                || !isHexDigit(value.at(i + 2).unicode())) {
                wipe(bytes);
                return std::nullopt;
            }
            bytes.append(char(value.sliced(i + 1, 2).toUShort(nullptr, 16)));
            i += 2;
        } else if (c < 0x80) {
            bytes.append(char(c));
        } else {
            QByteArray utf8 = value.sliced(i, 1).toUtf8();
            if (value.at(i).isHighSurrogate() && i + 1 < value.size()) {
                wipe(utf8);
                utf8 = value.sliced(i, 2).toUtf8();
                ++i;
            }
            bytes.append(utf8);
            wipe(utf8);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    wipe(bytes);
    if (decoder.hasError()) {
        wipe(text);
        return std::nullopt;
    }
    return text;
}

bool isPlainParameterName(QStringView name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
              || u == u'_' || u == u'-' || u == u'.'))
            return false;
    }
    return true;
}

struct Parameters
{
    std::optional<QString> server, code, pin, expires;
    ~Parameters()
    {
        if (code)
            wipe(*code);
    }
};

// The query split into its four known parameters; anything else is refused.
std::optional<Error> splitQuery(QStringView query, Parameters &p)
{
    for (QStringView part : query.split(u'&')) {
        const qsizetype eq = part.indexOf(u'=');
        if (part.isEmpty() || eq <= 0)
            return malformed(QStringLiteral("a parameter without a name or without '='"));
        const QStringView name = part.first(eq);
        std::optional<QString> *slot = nullptr;
        if (name == u"server")
            slot = &p.server;
        else if (name == u"code")
            slot = &p.code;
        else if (name == u"pin")
            slot = &p.pin;
        else if (name == u"expires")
            slot = &p.expires;
        if (!slot) {
            // A name is not secret, but it may be anything: show a short, plain one only.
            const QString shown =
                    isPlainParameterName(name) ? name.toString() : QStringLiteral("?");
            return refused(Text::tr("The enrollment link contains the unknown part \"%1\". It may "
                                    "be meant for a newer version of this program.")
                                   .arg(shown),
                           QStringLiteral("unknown parameter \"%1\"").arg(shown));
        }
        if (slot->has_value())
            return refused(Text::tr("The enrollment link contains \"%1\" more than once.")
                                   .arg(name.toString()),
                           QStringLiteral("repeated parameter \"%1\"").arg(name.toString()));
        std::optional<QString> value = percentDecode(part.sliced(eq + 1));
        if (!value)
            return malformed(QStringLiteral("parameter \"%1\": bad percent-encoding or UTF-8")
                                     .arg(name.toString()));
        *slot = std::move(value);
        if ((*slot)->isEmpty())
            return refused(
                    Text::tr("The enrollment link has an empty \"%1\".").arg(name.toString()),
                    QStringLiteral("empty parameter \"%1\"").arg(name.toString()));
    }
    return std::nullopt;
}

// "groove-enroll://enroll?" or "groove-enroll://enroll/?", scheme and host in any case. Returns
// the query, or an error.
Result<QStringView> queryOf(QStringView link)
{
    const qsizetype sep = link.indexOf(u':');
    if (sep < 0 || link.first(sep).compare(Scheme, Qt::CaseInsensitive) != 0)
        return malformed(QStringLiteral("not a groove-enroll: link"));
    QStringView rest = link.sliced(sep + 1);
    if (!rest.startsWith(u"//"))
        return malformed(QStringLiteral("no '//' after the scheme"));
    rest = rest.sliced(2);
    for (const QChar c : link) {
        // Spaces, control and format characters have no place in a link; a fragment has no
        // meaning in ours.
        if (c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return malformed(QStringLiteral("white space or a control character"));
        if (c == u'#')
            return malformed(QStringLiteral("a fragment ('#')"));
    }
    const qsizetype q = rest.indexOf(u'?');
    const QStringView target = q < 0 ? rest : rest.first(q);
    if (target.contains(u'@'))
        return malformed(QStringLiteral("a user name ('@') in the link"));
    if (target.compare(u"enroll", Qt::CaseInsensitive) != 0
        && target.compare(u"enroll/", Qt::CaseInsensitive) != 0)
        return refused(Text::tr("This link is not an enrollment link of this program."),
                       QStringLiteral("target is not \"enroll\""));
    if (q < 0)
        return refused(Text::tr("The enrollment link has no server address and no code."),
                       QStringLiteral("no query"));
    return rest.sliced(q + 1);
}

} // namespace

EnrollmentLink::~EnrollmentLink()
{
    wipe(code);
}

PastedEnrollment::~PastedEnrollment()
{
    wipe(code);
}

bool looksLikeEnrollmentLink(const QString &argument)
{
    return QStringView(argument).trimmed().startsWith(QString(Scheme + u':'), Qt::CaseInsensitive);
}

bool isAcceptableCode(QStringView trimmedCode)
{
    if (trimmedCode.isEmpty() || trimmedCode.size() > MaxCodeLength)
        return false;
    for (qsizetype i = 0; i < trimmedCode.size(); ++i) {
        const QChar c = trimmedCode.at(i);
        if (c.isHighSurrogate() && i + 1 < trimmedCode.size()
            && trimmedCode.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
        // Inner ordinary spaces are kept as issued (the engine uses the code as it is); other
        // white space is a paste accident.
        if (c.isSpace() && c != u' ')
            return false;
    }
    return true;
}

Result<EnrollmentLink> parseEnrollmentLink(const QString &input, const QDateTime &now)
{
    if (input.size() > MaxLinkLength)
        return refused(Text::tr("The enrollment link is too long (more than %n characters).",
                                nullptr, int(MaxLinkLength)),
                       QStringLiteral("%1 characters").arg(input.size()));
    const QStringView link = QStringView(input).trimmed();
    const Result<QStringView> query = queryOf(link);
    if (!query)
        return query.error();

    Parameters p;
    if (const std::optional<Error> e = splitQuery(*query, p))
        return *e;
    if (!p.server)
        return refused(Text::tr("The enrollment link has no server address."),
                       QStringLiteral("no server"));
    if (!p.code)
        return refused(Text::tr("The enrollment link has no account configuration code."),
                       QStringLiteral("no code"));

    EnrollmentLink result;
    const Result<QUrl> server = normalizeServerUrl(*p.server);
    if (!server)
        return refused(Text::tr("The server address in the enrollment link is not usable: %1")
                               .arg(server.error().message),
                       server.error().detail);
    result.serverUrl = *server;

    result.code = crypto::trimCode(*p.code);
    if (!isAcceptableCode(result.code))
        return refused(Text::tr("The account configuration code in the enrollment link is not "
                                "valid."),
                       QStringLiteral("code: empty, too long or with control characters"));

    if (p.pin) {
        const QString hex = QString(*p.pin).remove(u':');
        result.pinSha256 = QByteArray::fromHex(hex.toLatin1());
        const bool allHex = std::all_of(hex.cbegin(), hex.cend(),
                                        [](QChar c) { return isHexDigit(c.unicode()); });
        if (hex.size() != 64 || !allHex || result.pinSha256.size() != 32)
            return refused(Text::tr("The certificate fingerprint (pin) in the enrollment link is "
                                    "not 64 hexadecimal digits."),
                           QStringLiteral("pin: not 64 hex digits"));
    }

    if (p.expires) {
        const QString &digits = *p.expires;
        bool ok = digits.size() <= 12 && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
                      return c.isDigit() && c.unicode() < 0x80;
                  });
        const qint64 seconds = ok ? digits.toLongLong(&ok) : 0;
        if (!ok || seconds > MaxExpiry)
            return refused(Text::tr("The expiry time in the enrollment link is not a valid time."),
                           QStringLiteral("expires: not decimal Unix seconds"));
        result.expires = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        if (now >= result.expires) {
            const QString when =
                    QLocale().toString(result.expires.toLocalTime(), QLocale::LongFormat);
            return refused(
                    Text::tr("This enrollment link expired on %1.").arg(when),
                    QStringLiteral("expired at %1").arg(result.expires.toString(Qt::ISODate)));
        }
    }
    return result;
}

} // namespace groove::engine
