#pragma once

#include "core/domain/fields.h"

#include <QWidget>

class QLabel;

namespace Fehrist::Ui {

/// The editing widget for one field of a record, chosen by the field's kind: a line edit, a text box,
/// a drop-down or a checklist of the reference list's values, a check box. Its objectName is
/// "field_<name>"; the label under it that shows validation problems is "error_<name>".
class FieldEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    /// `choices` (code, label) turns a code field into a drop-down (the department of a service).
    explicit FieldEditor(const Core::FieldDef &field, const QList<std::pair<QString, QString>> &choices = {},
                         QWidget *parent = nullptr);

    const Core::FieldDef &field() const { return m_field; }
    /// The value in the shape Record holds (QString, QStringList, bool, qint64 or text to be checked).
    QVariant value() const;
    /// Sets the value without emitting edited().
    void setValue(const QVariant &value);
    /// Shows the problems under the widget, or hides the label when there are none.
    void setProblems(const QStringList &problems);
    QWidget *input() const { return m_input; }
    QString labelText() const;
    /// The label people read for a field (translated); the field name if it has none.
    static QString labelFor(const QString &field);

Q_SIGNALS:
    /// The user changed the value.
    void edited();

private:
    Core::FieldDef m_field;
    QWidget *m_input = nullptr;
    QLabel *m_error = nullptr;
    bool m_setting = false;
};

} // namespace Fehrist::Ui
