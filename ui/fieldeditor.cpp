#include "ui/fieldeditor.h"

#include "core/domain/referencedata.h"
#include "models/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fehrist::Core;

namespace Fehrist::Ui {

namespace {

// Labels people read; the field names stay the keys.
QString humanLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        {u"department_code"_s, QT_TRANSLATE_NOOP("FieldEditor", "Department")},
        {u"code"_s, QT_TRANSLATE_NOOP("FieldEditor", "Code")},
        {u"name_en"_s, QT_TRANSLATE_NOOP("FieldEditor", "Name (English)")},
        {u"name_ur"_s, QT_TRANSLATE_NOOP("FieldEditor", "Name (Urdu)")},
        {u"description"_s, QT_TRANSLATE_NOOP("FieldEditor", "Description")},
        {u"category"_s, QT_TRANSLATE_NOOP("FieldEditor", "Category")},
        {u"audience"_s, QT_TRANSLATE_NOOP("FieldEditor", "For whom")},
        {u"life_events"_s, QT_TRANSLATE_NOOP("FieldEditor", "Life events (one per line)")},
        {u"keywords"_s, QT_TRANSLATE_NOOP("FieldEditor", "Keywords (one per line)")},
        {u"eligibility"_s, QT_TRANSLATE_NOOP("FieldEditor", "Who is eligible")},
        {u"required_documents"_s, QT_TRANSLATE_NOOP("FieldEditor", "Required documents (one per line)")},
        {u"output_type"_s, QT_TRANSLATE_NOOP("FieldEditor", "What the citizen receives")},
        {u"fee_type"_s, QT_TRANSLATE_NOOP("FieldEditor", "Fee")},
        {u"fee_amount_pkr"_s, QT_TRANSLATE_NOOP("FieldEditor", "Fee amount (PKR)")},
        {u"fee_notes"_s, QT_TRANSLATE_NOOP("FieldEditor", "Fee notes")},
        {u"processing_time"_s, QT_TRANSLATE_NOOP("FieldEditor", "Processing time (e.g. P10D, PT2H)")},
        {u"channels"_s, QT_TRANSLATE_NOOP("FieldEditor", "Channels")},
        {u"online_url"_s, QT_TRANSLATE_NOOP("FieldEditor", "Online address (https://)")},
        {u"districts"_s, QT_TRANSLATE_NOOP("FieldEditor", "Districts")},
        {u"rts_notified"_s, QT_TRANSLATE_NOOP("FieldEditor", "Notified under the Right to Public Services Act")},
        {u"rts_time_limit"_s, QT_TRANSLATE_NOOP("FieldEditor", "RTS time limit (e.g. P7D)")},
        {u"designated_officer"_s, QT_TRANSLATE_NOOP("FieldEditor", "Designated officer")},
        {u"appellate_authority"_s, QT_TRANSLATE_NOOP("FieldEditor", "Appellate authority")},
        {u"digitization_level"_s, QT_TRANSLATE_NOOP("FieldEditor", "Digitization level")},
        {u"digitization_notes"_s, QT_TRANSLATE_NOOP("FieldEditor", "Digitization notes")},
        {u"target_level"_s, QT_TRANSLATE_NOOP("FieldEditor", "Target level")},
        {u"target_date"_s, QT_TRANSLATE_NOOP("FieldEditor", "Target date (YYYY-MM-DD)")},
        {u"annual_volume"_s, QT_TRANSLATE_NOOP("FieldEditor", "Applications per year")},
        {u"legal_basis"_s, QT_TRANSLATE_NOOP("FieldEditor", "Legal basis")},
        {u"contact_phone"_s, QT_TRANSLATE_NOOP("FieldEditor", "Contact phone")},
        {u"contact_email"_s, QT_TRANSLATE_NOOP("FieldEditor", "Contact e-mail")},
        {u"status"_s, QT_TRANSLATE_NOOP("FieldEditor", "Status")},
        {u"last_verified"_s, QT_TRANSLATE_NOOP("FieldEditor", "Last verified (YYYY-MM-DD)")},
        // a department's own fields
        {u"parent_code"_s, QT_TRANSLATE_NOOP("FieldEditor", "Parent department")},
        {u"secretary"_s, QT_TRANSLATE_NOOP("FieldEditor", "Administrative secretary")},
        {u"focal_person"_s, QT_TRANSLATE_NOOP("FieldEditor", "Focal person")},
        {u"email"_s, QT_TRANSLATE_NOOP("FieldEditor", "E-mail")},
        {u"phone"_s, QT_TRANSLATE_NOOP("FieldEditor", "Phone")},
        {u"website"_s, QT_TRANSLATE_NOOP("FieldEditor", "Website (https://)")},
        {u"expected_services"_s, QT_TRANSLATE_NOOP("FieldEditor", "Services declared (expected in the catalogue)")},
        {u"submission_deadline"_s, QT_TRANSLATE_NOOP("FieldEditor", "Submission deadline (YYYY-MM-DD)")},
        {u"notes"_s, QT_TRANSLATE_NOOP("FieldEditor", "Notes")},
        {u"active"_s, QT_TRANSLATE_NOOP("FieldEditor", "Active")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : QCoreApplication::translate("FieldEditor", it.value());
}

} // namespace

QString FieldEditor::labelFor(const QString &field)
{
    return humanLabel(field);
}

FieldEditor::FieldEditor(const FieldDef &field, const QList<std::pair<QString, QString>> &choices, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    setObjectName(u"editor_"_s + field.name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const ReferenceData &ref = ReferenceData::builtIn();

    const FieldKind kind = choices.isEmpty() ? field.kind : FieldKind::Choice;
    switch (kind) {
    case FieldKind::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItem(field.required ? tr("(choose)") : tr("(none)"), QString());
        if (!choices.isEmpty()) {
            for (const auto &[code, label] : choices)
                combo->addItem(code + u" — "_s + label, code);
        }
        for (const ReferenceItem &item : ref.items(field.list)) {
            const QString text = field.list == u"level" ? item.code + u" — "_s + item.label() : item.label();
            combo->addItem(text, item.code);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_setting)
                Q_EMIT edited();
        });
        m_input = combo;
        break;
    }
    case FieldKind::ChoiceList: {
        auto *list = new QListWidget(this);
        for (const ReferenceItem &item : ref.items(field.list)) {
            auto *entry = new QListWidgetItem(item.label(), list);
            entry->setData(Qt::UserRole, item.code);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            entry->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(field.list == u"district" ? 140 : 110);
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!m_setting)
                Q_EMIT edited();
        });
        m_input = list;
        break;
    }
    case FieldKind::Boolean: {
        auto *check = new QCheckBox(humanLabel(field.name), this);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_setting)
                Q_EMIT edited();
        });
        m_input = check;
        break;
    }
    case FieldKind::LongText:
    case FieldKind::TextList: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(field.name == u"description" ? 90 : 70);
        connect(text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_setting)
                Q_EMIT edited();
        });
        m_input = text;
        break;
    }
    default: {
        auto *line = new QLineEdit(this);
        if (field.kind == FieldKind::Date)
            line->setPlaceholderText(u"YYYY-MM-DD"_s);
        else if (field.kind == FieldKind::Duration)
            line->setPlaceholderText(u"P10D"_s);
        else if (field.kind == FieldKind::Url)
            line->setPlaceholderText(u"https://"_s);
        connect(line, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(); });
        m_input = line;
        break;
    }
    }
    m_input->setObjectName(u"field_"_s + field.name);
    m_input->setAccessibleName(humanLabel(field.name));
    // Urdu is written right to left.
    if (field.name.endsWith(u"_ur"_s)) {
        m_input->setLayoutDirection(Qt::RightToLeft);
        m_input->setFont(Models::Palette::urduFont(m_input->font()));
    }
    layout->addWidget(m_input);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error_"_s + field.name);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    layout->addWidget(m_error);
}

QString FieldEditor::labelText() const
{
    if (m_field.kind == FieldKind::Boolean)
        return {};
    return humanLabel(m_field.name) + (m_field.required ? u" *"_s : QString());
}

QVariant FieldEditor::value() const
{
    if (auto *combo = qobject_cast<QComboBox *>(m_input))
        return combo->currentData().toString().isEmpty() ? QVariant() : combo->currentData();
    if (auto *list = qobject_cast<QListWidget *>(m_input)) {
        QStringList codes;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                codes.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return codes.isEmpty() ? QVariant() : QVariant(codes);
    }
    if (auto *check = qobject_cast<QCheckBox *>(m_input))
        return check->isChecked();
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_input)) {
        if (m_field.kind == FieldKind::TextList) {
            const QStringList lines = text->toPlainText().split(u'\n', Qt::SkipEmptyParts);
            return lines.isEmpty() ? QVariant() : QVariant(lines);
        }
        return text->toPlainText().isEmpty() ? QVariant() : QVariant(text->toPlainText());
    }
    const QString text = static_cast<QLineEdit *>(m_input)->text();
    if (text.trimmed().isEmpty())
        return {};
    if (m_field.kind == FieldKind::Integer) {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text); // text: the validator names it
    }
    return text;
}

void FieldEditor::setValue(const QVariant &value)
{
    m_setting = true;
    if (auto *combo = qobject_cast<QComboBox *>(m_input)) {
        const int i = combo->findData(value.toString());
        combo->setCurrentIndex(i < 0 ? 0 : i);
    } else if (auto *list = qobject_cast<QListWidget *>(m_input)) {
        const QStringList codes = value.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                      : Qt::Unchecked);
    } else if (auto *check = qobject_cast<QCheckBox *>(m_input)) {
        check->setChecked(value.toBool());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_input)) {
        const QString wanted
            = m_field.kind == FieldKind::TextList ? value.toStringList().join(u'\n') : value.toString();
        if (text->toPlainText() != wanted)
            text->setPlainText(wanted);
    } else {
        auto *line = static_cast<QLineEdit *>(m_input);
        if (line->text() != value.toString())
            line->setText(value.toString());
    }
    m_setting = false;
}

void FieldEditor::setProblems(const QStringList &problems)
{
    m_error->setText(problems.join(u'\n'));
    m_error->setVisible(!problems.isEmpty());
    m_input->setToolTip(problems.join(u'\n'));
}

} // namespace Fehrist::Ui
