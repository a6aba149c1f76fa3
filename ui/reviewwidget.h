#pragma once

#include "core/storage/store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Fehrist::Models {
class ReviewQueueModel;
}

namespace Fehrist::Ui {

/// The review tab (DESIGN.md §5). For reviewers, the queue of submitted services — oldest first, by
/// department, overdue against the department's deadline — and the review view of one: each field
/// changed since its published version (published → submitted), a comment, Approve, Return (the
/// comment is required), and Approve Selected for several at once after a confirmation. For officers,
/// the "Returned" inbox: what came back, who returned it and why, with Edit and Resubmit.
/// Decisions are taken on this catalogue and reach the server on the next sync.
class ReviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWidget)

public:
    enum class Mode { Queue, Returned };

    explicit ReviewWidget(QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void setMode(Mode mode);
    Mode mode() const;
    /// Loads the list again (after a sync, an edit, a decision made elsewhere) — at once when the tab is
    /// shown, else when it is next shown: a window opening on the catalogue does not wait for the queue.
    void reload();
    Models::ReviewQueueModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// The officer wants to edit this service (the main window opens the form).
    void editRequested(const QString &id);
    /// A decision or a resubmission was written: the catalogue and the counts changed.
    void stepTaken(const QString &message);

private:
    void showCurrent();
    void decide(bool approve);
    void approveSelected();
    void resubmit();
    QString currentId() const;

    Core::Store *m_store = nullptr;
    Models::ReviewQueueModel *m_model = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_department = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_returnedComment = nullptr;
    QLabel *m_changesCaption = nullptr;
    QTableWidget *m_changes = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_approveSelected = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_resubmit = nullptr;
    QLabel *m_empty = nullptr;
    bool m_stale = true;
};

} // namespace Fehrist::Ui
