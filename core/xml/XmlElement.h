#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

#include <vector>

namespace groove::xml {

struct XmlAttribute
{
    QString name; // qualified name as written, e.g. "xmlns:g" or "KeyID"
    QString value;
    friend bool operator==(const XmlAttribute &, const XmlAttribute &) = default;
};

// A small element tree: the protocol only uses element-only content or text-only content.
class XmlElement final
{
public:
    XmlElement() = default;
    explicit XmlElement(QString name) : m_name(std::move(name)) { }

    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    [[nodiscard]] const QList<XmlAttribute> &attributes() const { return m_attributes; }
    // Replaces the value when the attribute exists, appends otherwise. Returns *this for chaining.
    XmlElement &set(const QString &name, const QString &value);
    bool remove(const QString &name);
    [[nodiscard]] bool has(const QString &name) const;
    // nullptr when absent.
    [[nodiscard]] const QString *attribute(const QString &name) const;
    [[nodiscard]] QString value(const QString &name) const; // empty when absent

    [[nodiscard]] const std::vector<XmlElement> &children() const { return m_children; }
    std::vector<XmlElement> &children() { return m_children; }
    XmlElement &append(XmlElement child);
    // First child with this name, nullptr when none.
    [[nodiscard]] const XmlElement *child(const QString &name) const;
    XmlElement *child(const QString &name);
    [[nodiscard]] QList<const XmlElement *> childrenNamed(const QString &name) const;
    bool removeChildren(const QString &name);

    [[nodiscard]] const QString &text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }

    // Structural equality; attribute order does not matter (canonical form sorts them).
    friend bool operator==(const XmlElement &a, const XmlElement &b);

private:
    QString m_name;
    QList<XmlAttribute> m_attributes;
    std::vector<XmlElement> m_children;
    QString m_text;
};

} // namespace groove::xml
