#pragma once

#include "core/storage/store.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Fehrist::Ui {

class FieldEditor;

/// The form of a service or a department: every field of DESIGN.md §4. A service's fields are grouped
/// as an officer thinks (Identity · How to obtain · Delivery and channels · Right to Public Services ·
/// Digitization · Contact). Each field is checked as it is typed, the problem shown under it; Save
/// (Ctrl+S) refuses a record with problems; Revert goes back to the saved version; every change can be
/// undone (Ctrl+Z) and redone; closing with unsaved changes asks first. For a service, a hint names
/// similar services already in the department. objectName: "serviceDialog" or "departmentDialog".
class RecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    /// `record` with an empty id is a new one.
    RecordDialog(Core::Store *store, const Core::Record &record, QWidget *parent = nullptr);
    /// Ends the undo stack first: dying as a child later, it would signal a dialog that is half gone.
    ~RecordDialog() override;

    bool isDirty() const;
    /// Validates and saves; on problems shows them and returns false.
    bool save();
    void revert();
    QUndoStack *undoStack() const { return m_undo; }
    const Core::Record &savedRecord() const { return m_saved; }
    /// The record as the form holds it now.
    Core::Record currentRecord() const;

Q_SIGNALS:
    void saved(const QString &id);

public Q_SLOTS:
    void reject() override;

private:
    friend class FieldChangeCommand;
    void buildForm();
    void loadValues(const Core::Record &record);
    void applyValue(const QString &field, const QVariant &value);
    void onEdited(FieldEditor *editor);
    void validateNow();
    void showProblems(const QList<Core::Problem> &problems);
    void updateSimilarHint();
    void updateTitle();

    Core::Store *m_store;
    Core::Record m_saved;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QVariant> m_shown; ///< the value each editor shows, for undo
    QHash<QString, int> m_tabOf;
    QTabWidget *m_tabs = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_similar = nullptr;
    QTimer *m_similarTimer = nullptr;
    bool m_applying = false;
};

} // namespace Fehrist::Ui
