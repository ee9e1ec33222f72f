// "Paste e-mail or link...": the server address and the code from what people paste (the
// administrator's e-mail, a link, or both). Heuristics for English e-mails; whatever is found is
// only prefilled, the person still sees it and presses Next.
#include "engine/EnrollmentLink.h"

#include "SecretBytes.h"
#include "crypto/CodeKey.h"
#include "net/ServerUrl.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

namespace groove::engine {

namespace {

const QString Prefix = QStringLiteral("groove-enroll:");

bool isLinkEnd(QChar c)
{
    return c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'\'' || c == u'`'
            || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

// Plain-text mail wraps long lines; a link broken there usually ends its first line right after
// a separator ('?', '&', '=') or inside a percent escape, or the next line starts with '&'.
bool continuesOnNextLine(const QString &sofar, QStringView next)
{
    if (next.isEmpty())
        return false;
    if (next.startsWith(u'&'))
        return true;
    const QChar last = sofar.back();
    if (last == u'?' || last == u'&' || last == u'=' || last == u'%' || last == u'/')
        return true;
    return sofar.size() >= 2 && sofar.at(sofar.size() - 2) == u'%';
}

// The link that starts at 'from' (the position of "groove-enroll:").
QString linkAt(const QString &text, qsizetype from)
{
    const QChar before = from > 0 ? text.at(from - 1) : QChar();
    QChar closing;
    if (before == u'<')
        closing = u'>';
    else if (before == u'"' || before == u'\'')
        closing = before;
    QString link;
    if (!closing.isNull()) {
        // Delimited: everything up to the delimiter, line breaks and the white space a mail
        // client puts around them removed (RFC 3986 Appendix C).
        const qsizetype end = text.indexOf(closing, from);
        if (end > from) {
            for (const QChar c : QStringView(text).sliced(from, end - from)) {
                if (!c.isSpace())
                    link += c;
            }
            return link;
        }
    }
    qsizetype i = from;
    for (;;) {
        while (i < text.size() && !isLinkEnd(text.at(i)))
            link += text.at(i++);
        // A single line break, then the rest of the link at the start of the next line.
        qsizetype j = i;
        if (j < text.size() && text.at(j) == u'\r')
            ++j;
        if (j >= text.size() || text.at(j) != u'\n' || link.isEmpty())
            break;
        ++j;
        while (j < text.size() && (text.at(j) == u' ' || text.at(j) == u'\t'))
            ++j;
        qsizetype k = j;
        while (k < text.size() && !isLinkEnd(text.at(k)))
            ++k;
        if (!continuesOnNextLine(link, QStringView(text).sliced(j, k - j)))
            break;
        i = j;
    }
    // Sentence punctuation after a link is not part of it.
    while (!link.isEmpty() && QStringView(u".,;:!?*").contains(link.back()))
        link.chop(1);
    return link;
}

// A line without quoting ("> "), list bullets and surrounding emphasis.
QString cleanLine(QStringView line)
{
    QStringView l = line.trimmed();
    while (!l.isEmpty()
           && (l.front() == u'>' || l.front() == u'*' || l.front() == u'-'
               || l.front() == u'\u2022')) {
        l = l.sliced(1).trimmed();
    }
    return l.toString();
}

QString stripDecoration(QString value)
{
    value = value.trimmed();
    static const QStringView Open = u"<\"'`*([\u201C\u2018";
    static const QStringView Close = u">\"'`*)]\u201D\u2019";
    while (value.size() >= 2 && Open.contains(value.front()) && Close.contains(value.back())) {
        value.chop(1);
        value.remove(0, 1);
        value = value.trimmed();
    }
    while (!value.isEmpty() && QStringView(u".,;").contains(value.back()))
        value.chop(1);
    return value;
}

QString firstToken(const QString &value)
{
    static const QRegularExpression Space(QStringLiteral("\\s"));
    const qsizetype space = value.indexOf(Space);
    return space < 0 ? value : value.first(space);
}

// The server as the wizard's field would show it: normalised when it can be, else as found.
QString serverText(const QString &found)
{
    const Result<QUrl> url = normalizeServerUrl(found);
    return url ? url->toString() : found;
}

struct Labelled
{
    QString server;
    QString code;
    ~Labelled() { wipe(code); }
};

void findLabelled(QStringView text, Labelled &found)
{
    static const QRegularExpression ServerLabel(
            QStringLiteral("^(?:(?:the\\s+)?(?:groove\\s+)?(?:management\\s+)?server"
                           "(?:\\s+(?:address|url|name))?|management\\s+(?:address|url))\\s*[:=]"
                           "\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression CodeLabel(
            QStringLiteral("^(?:(?:your\\s+)?(?:account\\s+)?(?:configuration\\s+|activation\\s+"
                           "|enrollment\\s+)?code)\\s*[:=]\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
    const QList<QStringView> lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = cleanLine(lines.at(i));
        const bool wantServer = found.server.isEmpty();
        const bool wantCode = found.code.isEmpty();
        QRegularExpressionMatch m;
        QString *target = nullptr;
        if (wantServer && (m = ServerLabel.match(line)).hasMatch())
            target = &found.server;
        else if (wantCode && (m = CodeLabel.match(line)).hasMatch())
            target = &found.code;
        if (!target)
            continue;
        QString value = m.captured(1).trimmed();
        // "Code:" alone on its line, the value on the next non-empty one.
        for (qsizetype j = i + 1; value.isEmpty() && j < lines.size() && j <= i + 2; ++j)
            value = cleanLine(lines.at(j));
        // A code in an e-mail runs to the first space ("ABCD-EFGH (valid for a week)").
        value = stripDecoration(firstToken(stripDecoration(value)));
        if (target == &found.code) {
            QString code = crypto::trimCode(value);
            wipe(value);
            if (isAcceptableCode(code))
                found.code = std::move(code);
            else
                wipe(code);
        } else if (!value.isEmpty()) {
            found.server = serverText(value);
        }
    }
}

QString bareServerUrl(QStringView text)
{
    static const QRegularExpression GmsUrl(
            QStringLiteral("https?://[^\\s<>\"'`()\\[\\]]+/gms\\.dll"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = GmsUrl.match(text);
    return m.hasMatch() ? serverText(m.captured(0)) : QString();
}

} // namespace

PastedEnrollment extractEnrollment(const QString &pasted, const QDateTime &now)
{
    PastedEnrollment result;
    const QString text = pasted.left(MaxPastedLength);
    const qsizetype at = text.indexOf(Prefix, 0, Qt::CaseInsensitive);
    if (at >= 0) {
        // A link that was refused (an expired one, say) must not be replaced by what else the
        // text holds: the person is told why, and nothing is prefilled.
        const Result<EnrollmentLink> link = parseEnrollmentLink(linkAt(text, at), now);
        if (!link) {
            result.linkError = link.error();
            return result;
        }
        result.server = link->serverUrl.toString();
        result.code = link->code;
        result.pinSha256 = link->pinSha256;
        return result;
    }
    Labelled found;
    findLabelled(text, found);
    if (found.server.isEmpty())
        found.server = bareServerUrl(text);
    result.server = found.server;
    result.code = found.code;
    return result;
}

} // namespace groove::engine
