#include "xml/XmlReader.h"

#include "xml/CanonicalXml.h"

#include <QtCore/QSet>
#include <QtCore/QXmlStreamReader>

namespace groove::xml {

namespace {

bool isBlank(QStringView s)
{
    for (const QChar c : s) {
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
    }
    return true;
}

bool validChars(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < s.size()
            && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u) || !isXmlChar(u))
            return false;
    }
    return true;
}

Error malformed(const QString &detail)
{
    return Error::make(ErrorKind::MalformedXml, detail);
}

Error tooManyTokens(const QString &detail)
{
    return Error::make(ErrorKind::InputTooLarge, detail);
}

// Index of 'needle' at or after 'from', or -1.
qsizetype find(QByteArrayView bytes, const char *needle, qsizetype from)
{
    return bytes.indexOf(QByteArrayView(needle), from);
}

// The token count of parse()'s contract, in one pass over the raw bytes (markup is ASCII, so
// UTF-8 needs no decoding here). Unterminated constructs end the scan: QXmlStreamReader reports
// them. Runs before QXmlStreamReader so that its per-element quadratic attribute check never
// sees more than maxAttributes attributes.
Status checkTokens(QByteArrayView b, const ReadOptions &options)
{
    qsizetype tokens = 0;
    auto count = [&](qsizetype n) -> Status {
        tokens += n;
        if (tokens > options.maxTokens)
            return tooManyTokens(QStringLiteral("more than %1 tokens").arg(options.maxTokens));
        return {};
    };
    qsizetype i = 0;
    const qsizetype n = b.size();
    while (i < n) {
        if (b[i] != '<') {
            if (Status s = count(1); !s)
                return s;
            const qsizetype next = b.indexOf('<', i);
            if (next < 0)
                return {};
            i = next;
            continue;
        }
        const QByteArrayView rest = b.sliced(i);
        qsizetype end = -1;
        if (rest.startsWith("<!--")) {
            end = find(b, "-->", i + 4);
            end = end < 0 ? -1 : end + 3;
        } else if (rest.startsWith("<![CDATA[")) {
            end = find(b, "]]>", i + 9);
            end = end < 0 ? -1 : end + 3;
        } else if (rest.startsWith("<!DOCTYPE")) {
            return Error::make(ErrorKind::ForbiddenXml, QStringLiteral("DOCTYPE is not allowed"));
        } else if (rest.startsWith("<?")) {
            end = find(b, "?>", i + 2);
            end = end < 0 ? -1 : end + 2;
        } else if (rest.startsWith("</") || rest.startsWith("<!")) {
            end = b.indexOf('>', i);
            // An end tag is no token of its own; another "<!" is not well-formed anyway.
            if (end < 0)
                return {};
            i = end + 1;
            continue;
        } else {
            // A start or empty tag: one token, plus one per '=' outside quoted values.
            if (Status s = count(1); !s)
                return s;
            int attributes = 0;
            char quote = 0;
            qsizetype j = i + 1;
            for (; j < n; ++j) {
                const char c = b[j];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=') {
                    if (++attributes > options.maxAttributes) {
                        return tooManyTokens(
                                QStringLiteral("more than %1 attributes on one element")
                                        .arg(options.maxAttributes));
                    }
                    if (Status s = count(1); !s)
                        return s;
                } else if (c == '>') {
                    break;
                }
            }
            if (j >= n)
                return {};
            i = j + 1;
            continue;
        }
        if (end < 0)
            return {};
        if (Status s = count(1); !s)
            return s;
        i = end;
    }
    return {};
}

// An element being read. Its text is collected here (appending, so that text split by comments
// or references costs linear time) and only while it has no child: once a child exists, any
// text must be blank and is dropped.
struct Open
{
    XmlElement element;
    QString text;
    bool hasChildren = false;
};

} // namespace

Result<XmlElement> parse(QByteArrayView bytes, const ReadOptions &options)
{
    if (bytes.size() > options.maxBytes) {
        return Error::make(
                ErrorKind::InputTooLarge,
                QStringLiteral("%1 bytes, limit %2").arg(bytes.size()).arg(options.maxBytes));
    }
    if (bytes.isEmpty())
        return malformed(QStringLiteral("empty document"));
    if (Status s = checkTokens(bytes, options); !s)
        return s.error();

    QXmlStreamReader reader(QByteArray::fromRawData(bytes.constData(), bytes.size()));
    reader.setNamespaceProcessing(false);

    std::vector<Open> stack;
    std::optional<XmlElement> root;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            break; // reported below through reader.hasError()
        case QXmlStreamReader::StartDocument:
            if (!reader.documentEncoding().isEmpty()
                && reader.documentEncoding().compare(u"utf-8", Qt::CaseInsensitive) != 0) {
                return malformed(
                        QStringLiteral("encoding %1 is not UTF-8").arg(reader.documentEncoding()));
            }
            break;
        case QXmlStreamReader::EndDocument:
            break;
        case QXmlStreamReader::DTD:
            return Error::make(ErrorKind::ForbiddenXml, QStringLiteral("DOCTYPE is not allowed"));
        case QXmlStreamReader::EntityReference:
            return Error::make(
                    ErrorKind::ForbiddenXml,
                    QStringLiteral("entity reference &%1; is not allowed").arg(reader.name()));
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (!stack.empty() || root)
                return malformed(QStringLiteral("processing instruction outside the prolog"));
            break;
        case QXmlStreamReader::StartElement: {
            if (root)
                return malformed(QStringLiteral("content after the root element"));
            if (int(stack.size()) >= options.maxDepth)
                return malformed(QStringLiteral("nesting deeper than %1").arg(options.maxDepth));
            // QXmlStreamReader lets NUL (and other characters XML 1.0 cannot carry) through
            // in names, which the writer then refuses (found by fuzz_managed_object).
            if (!validChars(reader.qualifiedName()))
                return Error::make(ErrorKind::UnsupportedCharacter, QStringLiteral("element name"));
            XmlElement e(reader.qualifiedName().toString());
            QSet<QStringView> seen;
            const QXmlStreamAttributes attrs = reader.attributes();
            for (const QXmlStreamAttribute &a : attrs) {
                const QStringView name = a.qualifiedName();
                if (!validChars(name))
                    return Error::make(ErrorKind::UnsupportedCharacter,
                                       QStringLiteral("attribute name on <%1>").arg(e.name()));
                if (seen.contains(name)) {
                    return Error::make(
                            ErrorKind::ForbiddenXml,
                            QStringLiteral("duplicate attribute %1 on <%2>").arg(name, e.name()));
                }
                seen.insert(name);
                if (!validChars(a.value()))
                    return Error::make(ErrorKind::UnsupportedCharacter,
                                       QStringLiteral("attribute %1").arg(name));
                e.appendAttribute(name.toString(), a.value().toString());
            }
            if (!stack.empty()) {
                Open &parent = stack.back();
                if (!parent.hasChildren) {
                    // Text before the first child was checked blank as it arrived; drop it.
                    if (!isBlank(parent.text))
                        return malformed(QStringLiteral("<%1> mixes text and elements")
                                                 .arg(parent.element.name()));
                    parent.text = QString();
                    parent.hasChildren = true;
                }
            }
            stack.push_back(Open{ std::move(e), QString(), false });
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (stack.empty())
                return malformed(QStringLiteral("unbalanced end tag"));
            Open done = std::move(stack.back());
            stack.pop_back();
            if (!done.hasChildren)
                done.element.setText(std::move(done.text));
            if (stack.empty())
                root = std::move(done.element);
            else
                stack.back().element.append(std::move(done.element));
            break;
        }
        case QXmlStreamReader::Characters: {
            const QStringView text = reader.text();
            if (stack.empty()) {
                if (!isBlank(text))
                    return malformed(QStringLiteral("text outside the root element"));
                break;
            }
            Open &top = stack.back();
            if (!validChars(text))
                return Error::make(ErrorKind::UnsupportedCharacter,
                                   QStringLiteral("text of <%1>").arg(top.element.name()));
            if (top.hasChildren) {
                if (!isBlank(text))
                    return malformed(
                            QStringLiteral("<%1> mixes text and elements").arg(top.element.name()));
                break;
            }
            top.text.append(text);
            break;
        }
        }
    }
    if (reader.hasError()) {
        // Premature end, undeclared entity, bad character reference, ...
        return malformed(QStringLiteral("line %1 column %2: %3")
                                 .arg(reader.lineNumber())
                                 .arg(reader.columnNumber())
                                 .arg(reader.errorString()));
    }
    if (!root)
        return malformed(QStringLiteral("no root element"));
    return std::move(*root);
}

} // namespace groove::xml
