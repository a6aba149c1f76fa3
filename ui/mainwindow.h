#pragma once

#include "core/storage/store.h"
#include "core/workflow/workflow.h"
#include "ui/reviewwidget.h"

#include <QMainWindow>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QToolButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace Fehrist::Models {
class SyncJob;
class DepartmentListModel;
class ServiceTableModel;
} // namespace Fehrist::Models

namespace Fehrist::Ui {

class AuditDialog;
class ConflictsDialog;
class ExportDialog;
class SignInDialog;
class SyncCredentials;
class HistoryDialog;
class ImportWizard;
class DashboardWidget;
class RecordDialog;

/// The officer's window: departments on the left, the services of the catalogue on the right with
/// search-as-you-type (English and Urdu) and filters, and the service form. Works on one catalogue at a
/// time (an SQLite file or a PostgreSQL database); remembers its layout, columns and recent catalogues.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a catalogue; on failure keeps the current one and returns the error (also shown in a
    /// dialog unless `quiet`).
    Core::Status openCatalogue(const QString &url, Core::OpenMode mode = Core::OpenMode::ExistingOnly,
                               bool quiet = false);
    Core::Store *store() const { return m_store.get(); }
    Models::ServiceTableModel *serviceModel() const { return m_services; }
    /// The open service form, if any.
    RecordDialog *recordDialog() const;
    DashboardWidget *dashboard() const { return m_dashboard; }
    ReviewWidget *review() const { return m_review; }
    /// Sync > Audit Log: the server's audit log (reviewers and administrators).
    AuditDialog *showAuditLog();

public Q_SLOTS:
    void newService();
    void editService(const QString &id);
    void editCurrentService();
    void deleteCurrentService();
    void newDepartment();
    void editDepartment(const QString &code);
    void refresh();
    /// File > Import: opens the import wizard (or raises the open one).
    ImportWizard *importServices();
    /// File > Export: opens the export dialog.
    ExportDialog *exportServices();
    void downloadTemplate();
    /// The review workflow on the selected service or department (Service menu).
    /// Sync > Sync Now: push, then pull, on a worker thread; asks to sign in when it must.
    void syncNow();
    /// Sync > Sign In: the dialog (open, not modal); a successful sign-in syncs at once.
    SignInDialog *signIn();
    /// Sync > Conflicts.
    ConflictsDialog *showConflicts();
    Models::SyncJob *syncJob() const { return m_sync; }
    /// Service > History: the selected service's revisions and workflow steps.
    HistoryDialog *showHistory();
    void submitCurrentService();
    void submitDepartment();
    void decideOnCurrentService(bool approve);
    /// The catalogue tab, showing every service of one department (filters cleared).
    void showDepartment(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildWidgets();
    void applyFilter();
    void updateStatus();
    void restoreLayout();
    void saveLayout();
    void addRecent(const QString &url);
    void rebuildRecentMenu();
    void newCatalogue();
    void openCatalogueFile();
    void connectPostgres();
    void showHeaderMenu(const QPoint &pos);
    void showForm(const Core::Record &record);
    QString currentServiceId() const;
    void takeStep(Core::WorkflowAction action, const Core::Service &service, const QString &comment = {});
    void updateAttention();
    /// Submits `services` after asking `question`; says which were refused, and why.
    void submitAll(const QList<Core::Service> &services, const QString &question);
    QSet<QString> returnedIds();
    void showReview(ReviewWidget::Mode mode);
    void updateSyncStatus();

    std::unique_ptr<Core::Store> m_store;
    Models::ServiceTableModel *m_services = nullptr;
    Models::DepartmentListModel *m_departments = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    QListView *m_departmentView = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_rts = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_returnedLabel = nullptr;
    QLabel *m_waitingLabel = nullptr;
    ReviewWidget *m_review = nullptr;
    QSet<QString> m_returnedBeforeSync;
    qint64 m_cameBack = 0; ///< services that came back from review with the last sync
    QLabel *m_syncStatus = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_cancelSync = nullptr;
    std::shared_ptr<SyncCredentials> m_credentials;
    Models::SyncJob *m_sync = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<ConflictsDialog> m_conflicts;
    QPointer<AuditDialog> m_audit;
    QLabel *m_sampleLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_newServiceAction = nullptr;
    QPointer<RecordDialog> m_dialog;
    QPointer<ImportWizard> m_importWizard;
    bool m_layoutRestored = false;
};

} // namespace Fehrist::Ui
