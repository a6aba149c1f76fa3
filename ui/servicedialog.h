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

/// The service form: every field of DESIGN.md §4, grouped as an officer thinks (Identity · How to
/// obtain · Delivery and channels · Right to Public Services · Digitization · Contact), each checked as
/// it is typed with the problem shown under it. Save (Ctrl+S) refuses a record with problems; Revert
/// goes back to the saved version; every change can be undone (Ctrl+Z) and redone; closing with unsaved
/// changes asks first. A hint names similar services already in the department.
class ServiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDialog)

public:
    /// `service` with an empty id is a new one.
    ServiceDialog(Core::Store *store, const Core::Service &service, QWidget *parent = nullptr);

    bool isDirty() const;
    /// Validates and saves; on problems shows them and returns false.
    bool save();
    void revert();
    QUndoStack *undoStack() const { return m_undo; }
    const Core::Service &savedService() const { return m_saved; }
    /// The record as the form holds it now.
    Core::Service currentService() const;

Q_SIGNALS:
    void saved(const QString &id);

public Q_SLOTS:
    void reject() override;

private:
    friend class FieldChangeCommand;
    void buildForm();
    void loadValues(const Core::Service &service);
    void applyValue(const QString &field, const QVariant &value);
    void onEdited(FieldEditor *editor);
    void validateNow();
    void showProblems(const QList<Core::Problem> &problems);
    void updateSimilarHint();
    void updateTitle();

    Core::Store *m_store;
    Core::Service m_saved;
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
