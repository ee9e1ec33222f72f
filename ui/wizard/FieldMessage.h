#pragma once

#include "ui/Icons.h"

#include <QtWidgets/QWidget>

class QLabel;

namespace groove::ui {

// The message under a field (UX.md "Fields"): an icon and a sentence in the palette's text
// colour, so that the meaning never rests on colour alone. Hidden while it has nothing to say.
// The text label carries the objectName given (tests and screen readers find it by that name);
// the icon's meaning is its accessible description.
class FieldMessage final : public QWidget
{
    Q_OBJECT

public:
    FieldMessage(const QString &name, QWidget *parent = nullptr);

    // 'iconDescription' says what the icon means ("Problem", "Warning", "Locked").
    void setMessage(IconId icon, const QString &iconDescription, const QString &text);
    void clear();

    [[nodiscard]] QString text() const;
    [[nodiscard]] QLabel *label() const { return m_text; }

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace groove::ui
