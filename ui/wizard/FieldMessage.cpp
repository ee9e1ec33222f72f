#include "ui/wizard/FieldMessage.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>

namespace groove::ui {

FieldMessage::FieldMessage(const QString &name, QWidget *parent)
    : QWidget(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this))
{
    setObjectName(name + QStringLiteral("Row"));
    m_text->setObjectName(name);
    m_icon->setObjectName(name + QStringLiteral("Icon"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Selectable so that an IT person can be read the exact sentence (and a server address
    // copied), and reachable for screen readers.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    QWidget::hide();
}

void FieldMessage::setMessage(IconId icon, const QString &iconDescription, const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // The pixmap for this widget's screen, so that it is sharp at 200 %.
    m_icon->setPixmap(ui::icon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAccessibleName(iconDescription);
    m_icon->setAccessibleDescription(iconDescription);
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_text->setAccessibleDescription(iconDescription);
    QWidget::show();
}

void FieldMessage::clear()
{
    m_text->clear();
    m_text->setAccessibleName({});
    m_text->setAccessibleDescription({});
    QWidget::hide();
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace groove::ui
