#include "xml/XmlElement.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace groove::xml {

XmlElement &XmlElement::set(const QString &name, const QString &value)
{
    for (XmlAttribute &a : m_attributes) {
        if (a.name == name) {
            a.value = value;
            return *this;
        }
    }
    m_attributes.append(XmlAttribute{ name, value });
    return *this;
}

void XmlElement::appendAttribute(QString name, QString value)
{
    m_attributes.append(XmlAttribute{ std::move(name), std::move(value) });
}

namespace {

// Overwrites 'text' in place when it is the only reference to its buffer (it keeps its
// length, now all NUL), else releases it. isDetached() is false for a shared buffer and for one
// that is not ours (fromRawData); data() on a detached string returns the buffer itself, it does
// not reallocate.
int wipeOwned(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
        return 1;
    }
    text = QString();
    return 0;
}

} // namespace

int XmlElement::wipe()
{
    int wiped = wipeOwned(m_text);
    // The list's own buffer may be shared with a copy of this element; detaching it only
    // copies the QString handles (the reference counts go up), which wipeOwned then sees.
    for (XmlAttribute &a : m_attributes)
        wiped += wipeOwned(a.value);
    for (XmlElement &c : m_children)
        wiped += c.wipe();
    return wiped;
}

bool XmlElement::remove(const QString &name)
{
    return m_attributes.removeIf([&](const XmlAttribute &a) { return a.name == name; }) > 0;
}

bool XmlElement::has(const QString &name) const
{
    return attribute(name) != nullptr;
}

const QString *XmlElement::attribute(const QString &name) const
{
    for (const XmlAttribute &a : m_attributes) {
        if (a.name == name)
            return &a.value;
    }
    return nullptr;
}

QString XmlElement::value(const QString &name) const
{
    const QString *v = attribute(name);
    return v ? *v : QString();
}

XmlElement &XmlElement::append(XmlElement child)
{
    m_children.push_back(std::move(child));
    return m_children.back();
}

const XmlElement *XmlElement::child(const QString &name) const
{
    for (const XmlElement &c : m_children) {
        if (c.name() == name)
            return &c;
    }
    return nullptr;
}

XmlElement *XmlElement::child(const QString &name)
{
    for (XmlElement &c : m_children) {
        if (c.name() == name)
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &name) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : m_children) {
        if (c.name() == name)
            out.append(&c);
    }
    return out;
}

bool XmlElement::removeChildren(const QString &name)
{
    const auto oldSize = m_children.size();
    std::erase_if(m_children, [&](const XmlElement &c) { return c.name() == name; });
    return m_children.size() != oldSize;
}

bool operator==(const XmlElement &a, const XmlElement &b)
{
    if (a.m_name != b.m_name || a.m_text != b.m_text || a.m_children != b.m_children
        || a.m_attributes.size() != b.m_attributes.size()) {
        return false;
    }
    return std::all_of(a.m_attributes.cbegin(), a.m_attributes.cend(),
                       [&](const XmlAttribute &attr) {
                           const QString *other = b.attribute(attr.name);
                           return other && *other == attr.value;
                       });
}

} // namespace groove::xml
