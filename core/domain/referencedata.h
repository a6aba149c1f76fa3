#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace Fehrist::Core {

/// One entry of a reference list: a stable code and its labels.
struct ReferenceItem
{
    QString code;
    QString labelEn;
    QString labelUr;
    QString meaning;
    QString labelPs;

    /// The label in the language of the default locale (Urdu, Pashto, else English); a language the
    /// list has no label in falls back to Urdu, then English.
    QString label() const;
};

/// The reference lists (categories, channels, output types, audiences, levels, workflow states,
/// districts…) as versioned data, loaded from core/domain/referencedata.json. Records store codes;
/// widgets and reports show labels. Nothing else in the code spells these lists out.
class ReferenceData
{
public:
    /// The lists built into this version of Fehrist.
    static const ReferenceData &builtIn();

    int version() const { return m_version; }
    QStringList listNames() const { return m_lists.keys(); }
    const QList<ReferenceItem> &items(const QString &list) const;
    QStringList codes(const QString &list) const;
    bool contains(const QString &list, const QString &code) const;
    const ReferenceItem *item(const QString &list, const QString &code) const;

    /// Levels are ordered: L0 < L1 < … < L6. Returns -1 for an unknown code.
    static int levelRank(const QString &level);

private:
    ReferenceData() = default;

    int m_version = 0;
    QHash<QString, QList<ReferenceItem>> m_lists;
};

} // namespace Fehrist::Core
