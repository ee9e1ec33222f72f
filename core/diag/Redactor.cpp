#include "diag/Redactor.h"

#include <QtCore/QDir>
#include <QtCore/QRegularExpression>

namespace groove::diag {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    constexpr auto ci = RE::CaseInsensitiveOption;
    static const QString removed = Redactor::Removed.toString();
    static const QList<Rule> list = {
        // A PEM block, or its start when the end was cut off.
        { RE(QStringLiteral("-----BEGIN [A-Z0-9 ]*-----(?:.*?-----END [A-Z0-9 ]*-----|.*)"),
             ci | RE::DotMatchesEverythingOption),
          QStringLiteral("[PEM block removed]") },
        // Header lines: the whole value, up to the end of the line.
        { RE(QStringLiteral("((?:Proxy-)?Authorization\\s*:\\s*)[^\\r\\n]*"), ci),
          QStringLiteral("\\1") + removed },
        // Key/value forms: the value up to white space, '&', ';', ',' or a quote. "code" only
        // with '=': "fault code: 401" is what a help desk needs.
        { RE(QStringLiteral("\\b(code=|(?:password|passwd|pwd|secret|token)\\s*[=:]\\s*)"
                            "(?:\"[^\"]*\"|'[^']*'|[^\\s&;,\"']+)"),
             ci),
          QStringLiteral("\\1") + removed },
        // URL user info (user:password@); not Groove identity URLs, which end in '@'.
        { RE(QStringLiteral("\\b((?!grooveidentity:)[a-z][a-z0-9+.-]*://)[^\\s/?#@]*@"), ci),
          QStringLiteral("\\1") + removed + u'@' },
        // URL query and fragment (an enrollment link's parameters hold the code).
        { RE(QStringLiteral("\\b([a-z][a-z0-9+.-]*://[^\\s?#]*)[?#]\\S*"), ci),
          QStringLiteral("\\1?") + removed },
    };
    return list;
}

// Groove GUIDs (39 characters) and identity URLs (32) in Groove's base32 name accounts and
// identities, which a help desk needs; they are public. Keys never come in that alphabet (no
// 0, 1, l or o) with exactly that length, except by a very unlikely chance.
bool isGrooveIdentifier(QStringView run)
{
    if (run.size() != 39 && run.size() != 32)
        return false;
    static const QRegularExpression alphabet(QStringLiteral("^[2-9a-km-np-z]+$"));
    return alphabet.match(run).hasMatch();
}

// Long base64, base64url or hex runs with letters and digits: key material, signatures.
QString withoutLongRuns(const QString &text)
{
    static const QRegularExpression run(QStringLiteral(
            "(?<![A-Za-z0-9+/_-])(?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[A-Za-z])"
            "[A-Za-z0-9+/_-]{32,}={0,2}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = run.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // A path's slashes before an identifier ("grooveIdentity://..." ) are not part of it.
        QStringView found = m.capturedView();
        while (found.startsWith(u'/'))
            found = found.mid(1);
        if (found.size() < 32 || isGrooveIdentifier(found))
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += Redactor::Removed;
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

Redactor::Redactor(QString homePath) : m_home(homePath.isEmpty() ? QDir::homePath() : homePath)
{
    while (m_home.size() > 1 && m_home.endsWith(u'/'))
        m_home.chop(1);
}

QString Redactor::redact(QStringView text) const
{
    QString out = text.toString();
    for (const Rule &rule : rules()) {
        if (out.contains(rule.pattern))
            out.replace(rule.pattern, rule.replacement);
    }
    out = withoutLongRuns(out);
    // The home folder names the user; "/" alone would turn every path into nonsense.
    if (m_home.size() > 1) {
        qsizetype from = 0;
        while ((from = out.indexOf(m_home, from)) >= 0) {
            const qsizetype end = from + m_home.size();
            const bool wholeName = end == out.size() || out.at(end) == u'/' || out.at(end).isSpace()
                    || out.at(end) == u'"' || out.at(end) == u'\'';
            if (wholeName) {
                out.replace(from, m_home.size(), QStringLiteral("~"));
                from += 1;
            } else {
                from = end;
            }
        }
    }
    return out;
}

} // namespace groove::diag
