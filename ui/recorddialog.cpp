#include "ui/recorddialog.h"

#include "core/domain/validator.h"
#include "ui/fieldeditor.h"
#include "ui/icons.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

/// One field's change; consecutive typing in the same field merges into one step.
class FieldChangeCommand final : public QUndoCommand
{
public:
    FieldChangeCommand(RecordDialog *dialog, QString field, QVariant before, QVariant after)
        : m_dialog(dialog), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("RecordDialog", "edit %1").arg(FieldEditor::labelFor(m_field)));
    }
    int id() const override { return 1000 + m_dialog->savedRecord().schema().indexOf(m_field); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const FieldChangeCommand *>(other);
        if (o->m_field != m_field)
            return false;
        m_after = o->m_after;
        return true;
    }
    void undo() override { m_dialog->applyValue(m_field, m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the editor already shows it
            return;
        }
        m_dialog->applyValue(m_field, m_after);
    }

private:
    RecordDialog *m_dialog;
    QString m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_first = true;
};

namespace {

struct Group
{
    const char *objectName;
    const char *title;
    QStringList fields;
};

QList<Group> groups(EntityType type)
{
    if (type == EntityType::Department) {
        return {
            {"tab_department",
             QT_TRANSLATE_NOOP("RecordDialog", "Department"),
             {u"code"_s, u"name_en"_s, u"name_ur"_s, u"parent_code"_s, u"secretary"_s, u"focal_person"_s, u"email"_s,
              u"phone"_s, u"website"_s, u"expected_services"_s, u"submission_deadline"_s, u"notes"_s, u"active"_s}}};
    }
    return {
        {"tab_identity",
         QT_TRANSLATE_NOOP("RecordDialog", "Identity"),
         {u"department_code"_s, u"code"_s, u"name_en"_s, u"name_ur"_s, u"description"_s, u"category"_s, u"audience"_s,
          u"life_events"_s, u"keywords"_s}},
        {"tab_obtain",
         QT_TRANSLATE_NOOP("RecordDialog", "How to obtain"),
         {u"eligibility"_s, u"required_documents"_s, u"output_type"_s, u"fee_type"_s, u"fee_amount_pkr"_s,
          u"fee_notes"_s, u"processing_time"_s}},
        {"tab_delivery",
         QT_TRANSLATE_NOOP("RecordDialog", "Delivery and channels"),
         {u"channels"_s, u"online_url"_s, u"districts"_s}},
        {"tab_rts",
         QT_TRANSLATE_NOOP("RecordDialog", "Right to Public Services"),
         {u"rts_notified"_s, u"rts_time_limit"_s, u"designated_officer"_s, u"appellate_authority"_s}},
        {"tab_digitization",
         QT_TRANSLATE_NOOP("RecordDialog", "Digitization"),
         {u"digitization_level"_s, u"digitization_notes"_s, u"target_level"_s, u"target_date"_s, u"annual_volume"_s}},
        {"tab_contact",
         QT_TRANSLATE_NOOP("RecordDialog", "Contact"),
         {u"legal_basis"_s, u"contact_phone"_s, u"contact_email"_s, u"status"_s, u"last_verified"_s}},
    };
}

} // namespace

RecordDialog::~RecordDialog()
{
    // QUndoStack emits cleanChanged from its destructor; as a child it would be destroyed after this
    // object has stopped being a RecordDialog (found by UBSan: a call on a destroyed object's slot).
    if (m_undo) {
        m_undo->disconnect(this);
        delete m_undo;
        m_undo = nullptr;
    }
}

RecordDialog::RecordDialog(Store *store, const Record &record, QWidget *parent)
    : QDialog(parent), m_store(store), m_saved(record)
{
    setObjectName(record.type() == EntityType::Service ? u"serviceDialog"_s : u"departmentDialog"_s);
    m_undo = new QUndoStack(this);
    m_similarTimer = new QTimer(this);
    m_similarTimer->setSingleShot(true);
    m_similarTimer->setInterval(300);
    connect(m_similarTimer, &QTimer::timeout, this, &RecordDialog::updateSimilarHint);
    buildForm();
    loadValues(record);
    m_undo->setClean();
    connect(m_undo, &QUndoStack::cleanChanged, this, &RecordDialog::updateTitle);
    validateNow();
    updateTitle();
    resize(760, record.type() == EntityType::Service ? 640 : 560);
}

void RecordDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);

    QList<std::pair<QString, QString>> departments;
    if (m_store) {
        if (auto list = m_store->departments(); list) {
            // Right to left (Urdu, Pashto): the departments' Urdu names where they have them.
            const bool urdu = QLocale().textDirection() == Qt::RightToLeft;
            for (const Department &d : *list) {
                const QString nameUr = d.text(u"name_ur");
                departments.append({d.code(), urdu && !nameUr.isEmpty() ? nameUr : d.nameEn()});
            }
        }
    }

    // Where the service stands in the review, and the reviewer's words when it came back.
    if (m_saved.type() == EntityType::Service && !m_saved.id.isEmpty()) {
        const QString state = m_saved.text(u"state");
        QString text;
        if (state == u"returned")
            text = tr("<b>Returned for changes</b> by %1 on %2: %3")
                       .arg(m_saved.text(u"reviewed_by").toHtmlEscaped(),
                            QLocale().toString(
                                QDateTime::fromString(m_saved.text(u"reviewed_at"), Qt::ISODateWithMs).toLocalTime(),
                                QLocale::ShortFormat),
                            m_saved.text(u"review_comment").toHtmlEscaped());
        else if (state == u"submitted")
            text = tr("<b>Submitted for review</b> by %1; the secretariat decides on it. Changing it makes a new "
                      "draft.")
                       .arg(m_saved.text(u"submitted_by").toHtmlEscaped());
        else if (state == u"approved")
            text = tr("<b>Approved.</b> Changing it makes a new draft, which goes through review again.");
        if (!text.isEmpty()) {
            auto *banner = new QLabel(text, this);
            banner->setObjectName(u"reviewBanner"_s);
            banner->setWordWrap(true);
            banner->setTextFormat(Qt::RichText);
            banner->setStyleSheet(state == u"returned"
                                      ? u"QLabel { background: #fdecc8; color: #4a3500; padding: 6px; }"_s
                                      : u"QLabel { background: palette(alternate-base); padding: 6px; }"_s);
            layout->addWidget(banner);
        }
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"serviceTabs"_s);
    const Schema &schema = m_saved.schema();
    const QList<Group> all = groups(m_saved.type());
    for (int t = 0; t < all.size(); ++t) {
        const Group &g = all.at(t);
        auto *page = new QWidget;
        page->setObjectName(QString::fromLatin1(g.objectName));
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const QString &name : g.fields) {
            const FieldDef *def = schema.field(name);
            const bool departmentChoice = name == u"department_code" || name == u"parent_code";
            auto *editor
                = new FieldEditor(*def, departmentChoice ? departments : QList<std::pair<QString, QString>> {}, page);
            // A department's code cannot change once it exists (services refer to it).
            if (name == u"code" && m_saved.type() == EntityType::Department && !m_saved.id.isEmpty())
                editor->input()->setEnabled(false);
            connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
            m_editors.insert(name, editor);
            m_tabOf.insert(name, t);
            if (editor->labelText().isEmpty()) {
                form->addRow(editor);
            } else {
                auto *label = new QLabel(editor->labelText(), page);
                label->setBuddy(editor->input());
                form->addRow(label, editor);
            }
        }
        auto *scroll = new QScrollArea;
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_tabs->addTab(scroll, QCoreApplication::translate("RecordDialog", g.title));
    }
    layout->addWidget(m_tabs, 1);

    m_similar = new QLabel(this);
    m_similar->setObjectName(u"similarHint"_s);
    m_similar->setWordWrap(true);
    m_similar->hide();
    layout->addWidget(m_similar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"problemSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    // Undo and redo as tool buttons, their shortcuts active anywhere in the form.
    auto addStepButton
        = [this, buttons](QAction *action, const QString &name, QKeySequence::StandardKey key, const QString &icon) {
              action->setShortcut(key);
              action->setIcon(Icons::get(icon));
              addAction(action);
              auto *button = new QToolButton(this);
              button->setObjectName(name);
              button->setDefaultAction(action);
              buttons->addButton(button, QDialogButtonBox::ActionRole);
          };
    // Qt's own texts ("Undo %1"): a translation then puts the step's name where its language wants it.
    addStepButton(m_undo->createUndoAction(this), u"undoButton"_s, QKeySequence::Undo, u"edit-undo"_s);
    addStepButton(m_undo->createRedoAction(this), u"redoButton"_s, QKeySequence::Redo, u"edit-redo"_s);

    QPushButton *save = buttons->addButton(QDialogButtonBox::Save);
    save->setObjectName(u"saveButton"_s);
    save->setIcon(Icons::get(u"document-save"_s));
    save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QPushButton *revert = buttons->addButton(tr("Revert"), QDialogButtonBox::ResetRole);
    revert->setObjectName(u"revertButton"_s);
    revert->setIcon(Icons::get(u"document-revert"_s));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(save, &QPushButton::clicked, this, &RecordDialog::save);
    connect(revert, &QPushButton::clicked, this, &RecordDialog::revert);
    connect(close, &QPushButton::clicked, this, &RecordDialog::reject);
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    connect(saveShortcut, &QAction::triggered, this, &RecordDialog::save);
    addAction(saveShortcut);
    layout->addWidget(buttons);
}

void RecordDialog::loadValues(const Record &record)
{
    m_applying = true;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QVariant v = record.value(it.key());
        it.value()->setValue(v);
        m_shown.insert(it.key(), it.value()->value());
    }
    m_applying = false;
}

void RecordDialog::applyValue(const QString &field, const QVariant &value)
{
    FieldEditor *editor = m_editors.value(field);
    if (!editor)
        return;
    m_applying = true;
    editor->setValue(value);
    m_shown.insert(field, editor->value());
    m_applying = false;
    m_tabs->setCurrentIndex(m_tabOf.value(field));
    validateNow();
}

void RecordDialog::onEdited(FieldEditor *editor)
{
    if (m_applying)
        return;
    const QString field = editor->field().name;
    const QVariant before = m_shown.value(field);
    const QVariant after = editor->value();
    if (before == after)
        return;
    m_shown.insert(field, after);
    m_undo->push(new FieldChangeCommand(this, field, before, after));
    validateNow();
    if (m_saved.type() == EntityType::Service && (field == u"name_en" || field == u"department_code"))
        m_similarTimer->start();
}

Record RecordDialog::currentRecord() const
{
    Record s = m_saved;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        s.setValue(it.key(), it.value()->value());
    return s;
}

bool RecordDialog::isDirty() const
{
    return !m_undo->isClean();
}

void RecordDialog::validateNow()
{
    showProblems(Validator().validate(currentRecord()));
}

void RecordDialog::showProblems(const QList<Problem> &problems)
{
    QHash<QString, QStringList> byField;
    for (const Problem &p : problems)
        byField[p.field].append(p.message);
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it)
        it.value()->setProblems(byField.value(it.key()));
    // Tabs with problems say so, so that nothing hides on another page.
    const QList<Group> all = groups(m_saved.type());
    for (int t = 0; t < all.size(); ++t) {
        int count = 0;
        for (const QString &f : all.at(t).fields)
            count += int(byField.value(f).size());
        const QString title = QCoreApplication::translate("RecordDialog", all.at(t).title);
        m_tabs->setTabText(t, count ? u"%1 (%2)"_s.arg(title, QLocale().toString(count)) : title);
        m_tabs->setTabIcon(t, count ? Icons::get(u"dialog-warning"_s) : QIcon());
    }
    if (problems.isEmpty())
        m_summary->setText(isDirty() ? tr("Unsaved changes.") : QString());
    else
        m_summary->setText(problems.size() == 1
                               ? tr("1 problem to fix before saving.")
                               : tr("%1 problems to fix before saving.").arg(QLocale().toString(problems.size())));
}

bool RecordDialog::save()
{
    const Record record = currentRecord();
    QList<Problem> problems = Validator().validate(record);
    if (problems.isEmpty() && m_store) {
        Result<Record> saved = record.type() == EntityType::Service ? [&]() -> Result<Record> {
            auto r = m_store->saveService(Service(record));
            return r ? Result<Record>(Record(*r)) : Result<Record>(r.error());
        }()
            : [&]() -> Result<Record> {
                  auto r = m_store->saveDepartment(Department(record));
                  return r ? Result<Record>(Record(*r)) : Result<Record>(r.error());
              }();
        if (saved) {
            m_saved = *saved;
            loadValues(m_saved);
            m_undo->clear();
            m_undo->setClean();
            validateNow();
            updateTitle();
            m_summary->setText(tr("Saved."));
            Q_EMIT this->saved(m_saved.id);
            return true;
        }
        if (saved.error().code != u"invalid") {
            QMessageBox::critical(this, tr("Cannot save"), saved.error().toString());
            return false;
        }
        // "field: message; field: message" from the store's own checks (department, unique code).
        for (const QString &part : saved.error().message.split(u"; "_s)) {
            const qsizetype colon = part.indexOf(u": "_s);
            if (colon > 0)
                problems.append({part.left(colon), part.mid(colon + 2)});
        }
    }
    showProblems(problems);
    if (!problems.isEmpty()) {
        const QString first = problems.constFirst().field;
        m_tabs->setCurrentIndex(m_tabOf.value(first));
        if (FieldEditor *editor = m_editors.value(first))
            editor->input()->setFocus();
    }
    return false;
}

void RecordDialog::revert()
{
    loadValues(m_saved);
    m_undo->clear();
    m_undo->setClean();
    validateNow();
    updateTitle();
}

void RecordDialog::reject()
{
    if (isDirty()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        m_saved.type() == EntityType::Service ? tr("This service has changes that are not saved.")
                                                              : tr("This department has changes that are not saved."),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"unsavedPrompt"_s);
        box.setInformativeText(tr("Save them before closing?"));
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

void RecordDialog::updateSimilarHint()
{
    m_similar->hide();
    const Service s(currentRecord());
    if (!m_store || s.type() != EntityType::Service || s.departmentCode().isEmpty())
        return;
    // The longest word of the name is the most telling one.
    QString word;
    for (const QString &w : Dialect::searchWords(s.nameEn())) {
        if (w.size() > word.size())
            word = w;
    }
    if (word.size() < 4)
        return;
    ServiceFilter filter;
    filter.department = s.departmentCode();
    filter.search = word;
    auto found = m_store->serviceRows(filter, {}, 0, 6);
    if (!found)
        return;
    QStringList names;
    for (const ServiceRow &r : *found) {
        if (r.id != m_saved.id && names.size() < 3)
            names.append(u"%1 (%2)"_s.arg(r.key(), r.nameEn));
    }
    if (names.isEmpty())
        return;
    m_similar->setText(tr("Similar services already in %1: %2").arg(s.departmentCode(), names.join(u", "_s)));
    m_similar->show();
}

void RecordDialog::updateTitle()
{
    const bool isService = m_saved.type() == EntityType::Service;
    const QString key = isService ? Service(m_saved).key() : m_saved.text(u"code");
    const QString name = m_saved.id.isEmpty() ? (isService ? tr("New service") : tr("New department"))
                                              : key + u" — "_s + m_saved.text(u"name_en");
    setWindowTitle(name + (isDirty() ? u" *"_s : QString()));
}

} // namespace Fehrist::Ui
