#include "ui/historydialog.h"

#include "ui/fieldeditor.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

QString operationText(const QString &operation)
{
    if (operation == u"create")
        return HistoryDialog::tr("Created");
    if (operation == u"update")
        return HistoryDialog::tr("Changed");
    if (operation == u"delete")
        return HistoryDialog::tr("Deleted");
    if (operation == u"submit")
        return HistoryDialog::tr("Submitted for review");
    if (operation == u"approve")
        return HistoryDialog::tr("Approved");
    if (operation == u"return")
        return HistoryDialog::tr("Returned for changes");
    if (operation == u"load")
        return HistoryDialog::tr("Loaded");
    return operation;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return HistoryDialog::tr("(empty)");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(item.toVariant().toString());
        return items.join(u"; "_s);
    }
    if (v.isBool())
        return v.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    return v.toVariant().toString();
}

} // namespace

HistoryDialog::HistoryDialog(const Service &service, const QList<HistoryEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History of %1").arg(service.key()));
    auto *layout = new QVBoxLayout(this);
    auto *title
        = new QLabel(u"<b>%1</b> — %2"_s.arg(service.key().toHtmlEscaped(), service.nameEn().toHtmlEscaped()), this);
    layout->addWidget(title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"historyTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("When / field"), tr("What / before"), tr("Who / after"), tr("Comment")});
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setWordWrap(true);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const HistoryEntry &e = *it;
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        auto *item = new QTreeWidgetItem(
            m_tree, {QLocale().toString(at, QLocale::ShortFormat), operationText(e.operation), e.actor, e.comment});
        item->setToolTip(3, e.comment);
        for (auto c = e.changes.constBegin(); c != e.changes.constEnd(); ++c) {
            const QJsonObject change = c.value().toObject();
            new QTreeWidgetItem(item,
                                {FieldEditor::labelFor(c.key()), valueText(change.value(u"old"_s)),
                                 valueText(change.value(u"new"_s)), QString()});
        }
    }
    m_tree->expandToDepth(0);
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace Fehrist::Ui
