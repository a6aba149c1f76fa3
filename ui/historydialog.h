#pragma once

#include "core/storage/store.h"

#include <QDialog>

class QTreeWidget;

namespace Fehrist::Ui {

/// A service's history (Service > History…): every revision and workflow step, newest first, with
/// who, when, what changed (old → new per field) and the reviewers' comments. Object names:
/// historyTree (one top-level item per entry, its children the fields).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(const Core::Service &service, const QList<Core::HistoryEntry> &entries, QWidget *parent = nullptr);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace Fehrist::Ui
