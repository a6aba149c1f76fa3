#pragma once

#include <QStyledItemDelegate>

namespace Fehrist::Ui {

/// Paints a level or state as a rounded badge: its colour (Models::Palette) and always its text, so it
/// reads without colour too. Colour comes from the model's BadgeColorRole.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    explicit BadgeDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Fehrist::Ui
