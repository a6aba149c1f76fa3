#include "ui/badgedelegate.h"

#include "models/palette.h"
#include "models/servicetablemodel.h"

#include <QApplication>
#include <QPainter>

namespace Fehrist::Ui {

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(Models::ServiceTableModel::BadgeColorRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!colour.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor background = colour.value<QColor>();
    const QFontMetrics fm(opt.font);
    const int padding = fm.height() / 3;
    QRect badge(0, 0, fm.horizontalAdvance(text) + 2 * padding, fm.height() + 2);
    badge.moveCenter(opt.rect.center());
    if (opt.direction == Qt::RightToLeft)
        badge.moveRight(opt.rect.right() - padding);
    else
        badge.moveLeft(opt.rect.left() + padding);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(background.darker(130));
    painter->setBrush(background);
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Models::Palette::textOn(background));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + option.fontMetrics.height());
    return size;
}

} // namespace Fehrist::Ui
