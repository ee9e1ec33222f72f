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
    // Appends without looking for an existing one: for readers that have already refused
    // duplicates (set() would make many attributes cost quadratic time).
    void appendAttribute(QString name, QString value);
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
    void setText(QString text) { m_text = std::move(text); }

    // Overwrites in place (OPENSSL_cleanse) every attribute value and text this tree holds the
    // only reference to; they keep their length but hold only NULs, so the tree is good for
    // nothing but destruction afterwards. A value shared with another QString (a field a decoder
    // took from the tree) is released untouched: writing to it would detach and wipe a fresh
    // copy while the original stays, and it is still in use; its last holder wipes it. Names and
    // structure stay. Returns the number of values overwritten.
    int wipe();

    // Structural equality; attribute order does not matter (canonical form sorts them).
    friend bool operator==(const XmlElement &a, const XmlElement &b);

private:
    QString m_name;
    QList<XmlAttribute> m_attributes;
    std::vector<XmlElement> m_children;
    QString m_text;
};

// Wipes a tree when the scope ends, on every return path (after a decoder's result has taken
// the values it keeps, so that those are shared and left alone).
class WipeOnExit final
{
public:
    explicit WipeOnExit(XmlElement &tree) : m_tree(tree) { }
    ~WipeOnExit() { m_tree.wipe(); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    XmlElement &m_tree;
};

} // namespace groove::xml
