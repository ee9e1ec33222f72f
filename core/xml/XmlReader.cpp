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

// Finishes the element on top of the stack: element-only content drops its blank text.
Status closeElement(XmlElement &e)
{
    if (!e.children().empty()) {
        if (!isBlank(e.text()))
            return malformed(QStringLiteral("<%1> mixes text and elements").arg(e.name()));
        e.setText(QString());
    }
    return {};
}

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

    QXmlStreamReader reader(QByteArray::fromRawData(bytes.constData(), bytes.size()));
    reader.setNamespaceProcessing(false);

    std::vector<XmlElement> stack;
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
            XmlElement e(reader.qualifiedName().toString());
            QSet<QStringView> seen;
            const QXmlStreamAttributes attrs = reader.attributes();
            for (const QXmlStreamAttribute &a : attrs) {
                const QStringView name = a.qualifiedName();
                if (seen.contains(name)) {
                    return Error::make(
                            ErrorKind::ForbiddenXml,
                            QStringLiteral("duplicate attribute %1 on <%2>").arg(name, e.name()));
                }
                seen.insert(name);
                if (!validChars(a.value()))
                    return Error::make(ErrorKind::UnsupportedCharacter,
                                       QStringLiteral("attribute %1").arg(name));
                e.set(name.toString(), a.value().toString());
            }
            if (!stack.empty() && !isBlank(stack.back().text()))
                return malformed(
                        QStringLiteral("<%1> mixes text and elements").arg(stack.back().name()));
            stack.push_back(std::move(e));
            break;
        }
        case QXmlStreamReader::EndElement: {
            if (stack.empty())
                return malformed(QStringLiteral("unbalanced end tag"));
            XmlElement done = std::move(stack.back());
            stack.pop_back();
            if (Status s = closeElement(done); !s)
                return s.error();
            if (stack.empty())
                root = std::move(done);
            else
                stack.back().append(std::move(done));
            break;
        }
        case QXmlStreamReader::Characters: {
            const QStringView text = reader.text();
            if (stack.empty()) {
                if (!isBlank(text))
                    return malformed(QStringLiteral("text outside the root element"));
                break;
            }
            if (!validChars(text))
                return Error::make(ErrorKind::UnsupportedCharacter,
                                   QStringLiteral("text of <%1>").arg(stack.back().name()));
            XmlElement &top = stack.back();
            if (!top.children().empty() && !isBlank(text))
                return malformed(QStringLiteral("<%1> mixes text and elements").arg(top.name()));
            top.setText(top.text() + text);
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
