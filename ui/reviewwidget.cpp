#include "ui/reviewwidget.h"

#include "core/workflow/reviewqueue.h"
#include "core/workflow/workflow.h"
#include "models/reviewqueuemodel.h"
#include "ui/fieldeditor.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

QString shown(const FieldDef &def, const QVariant &value)
{
    const QString text = Record::formatText(def, value);
    return text.isEmpty() ? QCoreApplication::translate("Fehrist::Ui::ReviewWidget", "(empty)") : text;
}

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

ReviewWidget::ReviewWidget(QWidget *parent) : QWidget(parent), m_model(new Models::ReviewQueueModel(this))
{
    auto *top = new QHBoxLayout;
    m_mode = new QComboBox;
    m_mode->setObjectName(u"reviewMode"_s);
    m_mode->addItem(Icons::get(u"mail-send"_s), tr("Waiting for review"));
    m_mode->addItem(Icons::get(u"edit-undo"_s), tr("Returned for changes"));
    m_department = new QComboBox;
    m_department->setObjectName(u"reviewDepartment"_s);
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_mode);
    auto *departmentLabel = new QLabel(tr("De&partment:"));
    departmentLabel->setBuddy(m_department);
    top->addWidget(showLabel);
    top->addWidget(m_mode);
    top->addSpacing(12);
    top->addWidget(departmentLabel);
    top->addWidget(m_department, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] { reload(); });

    // The queue.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTableView;
    m_list->setObjectName(u"reviewList"_s);
    m_list->setAccessibleName(tr("Services to review"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setColumnWidth(Models::ReviewQueueModel::Key, 190);
    m_list->setColumnWidth(Models::ReviewQueueModel::Name, 240);
    leftLayout->addWidget(m_list, 1);
    m_empty = new QLabel;
    m_empty->setObjectName(u"reviewEmpty"_s);
    m_empty->setWordWrap(true);
    leftLayout->addWidget(m_empty);
    auto *bulk = new QHBoxLayout;
    m_selectAll = new QPushButton(tr("Select &All"));
    m_selectAll->setObjectName(u"reviewSelectAll"_s);
    m_approveSelected = new QPushButton(Icons::get(u"dialog-ok-apply"_s), tr("Approve &Selected…"));
    m_approveSelected->setObjectName(u"reviewApproveSelected"_s);
    bulk->addWidget(m_selectAll);
    bulk->addStretch(1);
    bulk->addWidget(m_approveSelected);
    leftLayout->addLayout(bulk);
    connect(m_selectAll, &QPushButton::clicked, this,
            [this] { m_model->setAllChecked(m_model->checkedIds().size() < m_model->items().size()); });
    connect(m_approveSelected, &QPushButton::clicked, this, &ReviewWidget::approveSelected);
    connect(m_model, &Models::ReviewQueueModel::checkedChanged, this, [this] {
        const qsizetype n = m_model->checkedIds().size();
        m_approveSelected->setEnabled(n > 0);
        m_approveSelected->setText(n > 0 ? tr("Approve %n &Selected…", nullptr, int(n)) : tr("Approve &Selected…"));
    });

    // The review view of the current service.
    auto *right = new QWidget;
    right->setObjectName(u"reviewView"_s);
    auto *view = new QVBoxLayout(right);
    view->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(u"reviewTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_details = new QLabel;
    m_details->setObjectName(u"reviewDetails"_s);
    m_details->setWordWrap(true);
    m_returnedComment = new QLabel;
    m_returnedComment->setObjectName(u"reviewReturnedComment"_s);
    m_returnedComment->setWordWrap(true);
    m_returnedComment->setTextFormat(Qt::PlainText);
    m_returnedComment->setStyleSheet(
        u"QLabel { background: #FCE8E6; color: #5F1F17; border-left: 4px solid #B03A2E; padding: 6px; }"_s);
    m_changesCaption = new QLabel;
    m_changesCaption->setObjectName(u"reviewChangesCaption"_s);
    m_changes = new QTableWidget(0, 3);
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setAccessibleName(tr("Changes since the published version"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Published"), tr("Submitted")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setPlaceholderText(tr("Comment for the department (required to return)"));
    m_comment->setMaximumHeight(90);
    m_comment->setTabChangesFocus(true);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(Icons::get(u"dialog-ok-apply"_s), tr("&Approve"));
    m_approve->setObjectName(u"reviewApprove"_s);
    m_return = new QPushButton(Icons::get(u"edit-undo"_s), tr("&Return with Comment"));
    m_return->setObjectName(u"reviewReturn"_s);
    m_edit = new QPushButton(Icons::get(u"document-edit"_s), tr("&Edit…"));
    m_edit->setObjectName(u"reviewEdit"_s);
    m_resubmit = new QPushButton(Icons::get(u"mail-send"_s), tr("Re&submit"));
    m_resubmit->setObjectName(u"reviewResubmit"_s);
    buttons->addStretch(1);
    for (QPushButton *b : {m_edit, m_resubmit, m_return, m_approve})
        buttons->addWidget(b);
    view->addWidget(m_title);
    view->addWidget(m_details);
    view->addWidget(m_returnedComment);
    view->addWidget(m_changesCaption);
    view->addWidget(m_changes, 1);
    view->addWidget(m_comment);
    view->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_return, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            Q_EMIT editRequested(id);
    });
    connect(m_resubmit, &QPushButton::clicked, this, &ReviewWidget::resubmit);

    auto *splitter = new QSplitter;
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewWidget::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    showCurrent();
}

void ReviewWidget::setStore(Store *store)
{
    m_store = store;
    const QSignalBlocker block(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), QString());
    if (m_store) {
        if (auto departments = m_store->departments()) {
            for (const Department &d : std::as_const(*departments))
                m_department->addItem(d.code() + u" — "_s + d.nameEn(), d.code());
        }
        // What each one does most: officers fix what came back, the others decide.
        const Actor actor = Workflow::localActor(*m_store);
        const QSignalBlocker blockMode(m_mode);
        m_mode->setCurrentIndex(actor.role == Role::Officer ? 1 : 0);
        if (actor.role == Role::Officer) {
            const int own = m_department->findData(actor.departmentCode);
            if (own >= 0)
                m_department->setCurrentIndex(own);
        }
    }
    reload();
}

void ReviewWidget::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode == Mode::Queue ? 0 : 1);
}

ReviewWidget::Mode ReviewWidget::mode() const
{
    return m_mode->currentIndex() == 0 ? Mode::Queue : Mode::Returned;
}

void ReviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ReviewWidget::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString keep = currentId();
    QList<ReviewItem> items;
    if (m_store) {
        auto loaded = ReviewQueue::load(*m_store, m_department->currentData().toString(), {}, 10000,
                                        mode() == Mode::Queue ? u"submitted"_s : u"returned"_s);
        if (loaded)
            items = *loaded;
        else
            m_empty->setText(loaded.error().toString());
    }
    const bool queue = mode() == Mode::Queue;
    m_list->setColumnHidden(Models::ReviewQueueModel::Comment, queue);
    m_list->setColumnHidden(Models::ReviewQueueModel::Deadline, !queue);
    m_model->setCheckable(queue);
    m_model->setItems(items);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->id == keep)
            m_list->setCurrentIndex(m_model->index(row, 0));
    }
    m_empty->setVisible(items.isEmpty());
    if (items.isEmpty())
        m_empty->setText(queue ? tr("Nothing is waiting for review. Sync to receive new submissions.")
                               : tr("Nothing has come back from review."));
    m_selectAll->setVisible(queue);
    m_approveSelected->setVisible(queue);
    m_approveSelected->setEnabled(!m_model->checkedIds().isEmpty());
}

QString ReviewWidget::currentId() const
{
    const Core::ReviewItem *item = m_model->item(m_list->currentIndex().row());
    return item ? item->id : QString();
}

void ReviewWidget::showCurrent()
{
    const Core::ReviewItem *item = m_model->item(m_list->currentIndex().row());
    const bool queue = mode() == Mode::Queue;
    for (QWidget *w :
         {static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_return), static_cast<QWidget *>(m_comment)})
        w->setVisible(queue && item);
    m_edit->setVisible(!queue && item);
    m_resubmit->setVisible(!queue && item);
    m_returnedComment->setVisible(!queue && item);
    m_changes->setRowCount(0);
    if (!item || !m_store) {
        m_title->setText(queue ? tr("Choose a service to review") : tr("Choose a returned service"));
        m_details->clear();
        m_changesCaption->clear();
        return;
    }
    auto service = m_store->service(item->id);
    if (!service) {
        m_title->setText(item->key());
        m_details->setText(service.error().toString());
        return;
    }
    m_title->setText(item->key() + u" — "_s + service->nameEn());
    QString details
        = tr("Revision %1, submitted %2 by %3.")
              .arg(service->rev)
              .arg(when(item->submittedAt), item->submittedBy.isEmpty() ? tr("unknown") : item->submittedBy);
    if (item->daysOverdue > 0)
        details += u' '
            + tr("%n day(s) past %1's deadline (%2).", nullptr, item->daysOverdue)
                  .arg(item->departmentCode, QLocale().toString(item->deadline, QLocale::ShortFormat));
    m_details->setText(details);
    if (!queue)
        m_returnedComment->setText(
            item->reviewedBy.isEmpty()
                ? tr("Returned with this comment:\n%1").arg(item->comment)
                : tr("Returned %1 by %2:\n%3").arg(when(item->reviewedAt), item->reviewedBy, item->comment));

    auto diff = ReviewQueue::diff(*m_store, *service);
    if (!diff) {
        m_changesCaption->setText(diff.error().toString());
        return;
    }
    if (!diff->published)
        m_changesCaption->setText(tr("New to the catalogue: nothing of it is published yet. Every field:"));
    else if (diff->changes.isEmpty())
        m_changesCaption->setText(tr("The same as the published version (revision %1).").arg(diff->publishedRev));
    else
        m_changesCaption->setText(
            tr("%n field(s) changed since the published version (revision %1):", nullptr, int(diff->changes.size()))
                .arg(diff->publishedRev));
    m_changes->setColumnHidden(1, !diff->published);
    m_changes->setRowCount(int(diff->changes.size()));
    for (int row = 0; row < diff->changes.size(); ++row) {
        const FieldChange &c = diff->changes.at(row);
        const FieldDef &def = *service->schema().field(c.field);
        auto *name = new QTableWidgetItem(FieldEditor::labelFor(c.field));
        name->setToolTip(c.field);
        m_changes->setItem(row, 0, name);
        auto *old = new QTableWidgetItem(shown(def, c.oldValue));
        old->setForeground(QColor(0x8A, 0x2B, 0x1F));
        m_changes->setItem(row, 1, old);
        auto *now = new QTableWidgetItem(shown(def, c.newValue));
        now->setForeground(QColor(0x1E, 0x5E, 0x2B));
        m_changes->setItem(row, 2, now);
    }
    m_changes->resizeRowsToContents();
}

void ReviewWidget::decide(bool approve)
{
    const QString id = currentId();
    if (!m_store || id.isEmpty())
        return;
    const QString comment = m_comment->toPlainText().trimmed();
    if (!approve && comment.isEmpty()) {
        QMessageBox::information(this, tr("Return with comment"),
                                 tr("Say what the department should change: returning needs a comment."));
        m_comment->setFocus();
        return;
    }
    auto service = m_store->service(id);
    if (!service) {
        QMessageBox::warning(this, tr("Not possible"), service.error().toString());
        return;
    }
    auto done = Workflow::takeStep(*m_store, approve ? WorkflowAction::Approve : WorkflowAction::Return, *service,
                                   approve ? QString() : comment);
    if (!done) {
        QMessageBox::warning(this, tr("Not possible"), done.error().toString());
        return;
    }
    m_comment->clear();
    reload();
    Q_EMIT stepTaken((approve ? tr("%1 approved; it reaches the server on the next sync.")
                              : tr("%1 returned; it reaches the server on the next sync."))
                         .arg(done->key()));
}

void ReviewWidget::approveSelected()
{
    const QStringList ids = m_model->checkedIds();
    if (!m_store || ids.isEmpty())
        return;
    QStringList keys;
    for (const ReviewItem &i : m_model->items()) {
        if (ids.contains(i.id))
            keys.append(i.key());
    }
    QMessageBox box(QMessageBox::Question, tr("Approve several services"),
                    tr("Approve %n service(s)? Each is published as submitted once the decision reaches the server.",
                       nullptr, int(ids.size())),
                    QMessageBox::NoButton, this);
    box.setDetailedText(keys.join(u'\n'));
    QPushButton *yes = box.addButton(tr("Approve All"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(u"confirmBulkApprove"_s);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    int approved = 0;
    QStringList refused;
    for (const QString &id : ids) {
        auto service = m_store->service(id);
        auto done = service ? Workflow::takeStep(*m_store, WorkflowAction::Approve, *service)
                            : Result<Service>(service.error());
        if (done)
            ++approved;
        else
            refused.append(done.error().toString());
    }
    reload();
    if (!refused.isEmpty())
        QMessageBox::warning(this, tr("Some were not approved"), refused.join(u'\n'));
    Q_EMIT stepTaken(tr("%n service(s) approved; the decisions reach the server on the next sync.", nullptr, approved));
}

void ReviewWidget::resubmit()
{
    const QString id = currentId();
    if (!m_store || id.isEmpty())
        return;
    auto service = m_store->service(id);
    auto done
        = service ? Workflow::takeStep(*m_store, WorkflowAction::Submit, *service) : Result<Service>(service.error());
    if (!done) {
        QMessageBox::warning(this, tr("Not possible"), done.error().toString());
        return;
    }
    reload();
    Q_EMIT stepTaken(tr("%1 submitted again; it reaches the secretariat on the next sync.").arg(done->key()));
}

} // namespace Fehrist::Ui
