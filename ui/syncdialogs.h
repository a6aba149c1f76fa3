#pragma once

#include "core/storage/databaseurl.h"
#include "core/storage/store.h"
#include "core/sync/conflicts.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Fehrist::Models {
class SyncJob;
}

namespace Fehrist::Ui {

/// Sync > Sign In: the server's address, the user name and the password; signs in on a worker thread
/// and keeps the sign-in (never the password) in the keychain. Object names: signInServer,
/// signInUser, signInPassword, signInButton, signInError.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Models::SyncJob *job, const Core::DatabaseUrl &catalogue, const QString &server, const QString &user,
                 QWidget *parent = nullptr);

    void setPassword(const QString &password); ///< for tests; people type it
    void signIn();

private:
    Models::SyncJob *m_job;
    Core::DatabaseUrl m_catalogue;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_button = nullptr;
};

/// Sync > Conflicts: the changes the server did not take as they were. For each, field by field, the
/// value both sides started from (base), yours (mine) and the server's (theirs), or why it was
/// refused; Keep Mine makes a new change against the server's version (sent on the next sync), Take
/// Theirs keeps the server's values. Object names: conflictList, conflictFields, conflictReason,
/// keepMine, takeTheirs.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    explicit ConflictsDialog(Core::Store *store, QWidget *parent = nullptr);
    void reload();

Q_SIGNALS:
    void resolved();

private:
    void showConflict(int row);
    void resolve(Core::SyncConflicts::Side side);

    Core::Store *m_store;
    QList<Core::SyncConflict> m_conflicts;
    QListWidget *m_list = nullptr;
    QLabel *m_reason = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_mine = nullptr;
    QPushButton *m_theirs = nullptr;
};

} // namespace Fehrist::Ui
