#include "core/domain/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

QString ReferenceItem::label() const
{
    const QLocale::Language language = QLocale().language();
    if (language == QLocale::Pashto && !labelPs.isEmpty())
        return labelPs;
    if ((language == QLocale::Urdu || language == QLocale::Pashto) && !labelUr.isEmpty())
        return labelUr;
    return labelEn;
}

const ReferenceData &ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        ReferenceData d;
        QFile file(u":/fehrist/referencedata.json"_s);
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "ReferenceData", "the reference data resource is missing");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        d.m_version = root.value(u"version"_s).toInt();
        const QJsonObject lists = root.value(u"lists"_s).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it) {
            QList<ReferenceItem> items;
            for (const QJsonValue &v : it.value().toArray()) {
                const QJsonObject o = v.toObject();
                items.append({o.value(u"code"_s).toString(), o.value(u"en"_s).toString(), o.value(u"ur"_s).toString(),
                              o.value(u"meaning"_s).toString(), o.value(u"ps"_s).toString()});
            }
            d.m_lists.insert(it.key(), items);
        }
        return d;
    }();
    return data;
}

const QList<ReferenceItem> &ReferenceData::items(const QString &list) const
{
    static const QList<ReferenceItem> none;
    const auto it = m_lists.constFind(list);
    return it == m_lists.cend() ? none : it.value();
}

QStringList ReferenceData::codes(const QString &list) const
{
    QStringList out;
    for (const ReferenceItem &item : items(list))
        out.append(item.code);
    return out;
}

bool ReferenceData::contains(const QString &list, const QString &code) const
{
    return item(list, code) != nullptr;
}

const ReferenceItem *ReferenceData::item(const QString &list, const QString &code) const
{
    for (const ReferenceItem &item : items(list)) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

int ReferenceData::levelRank(const QString &level)
{
    if (level.size() != 2 || level.at(0) != u'L')
        return -1;
    const int n = level.at(1).digitValue();
    return n >= 0 && n <= 6 ? n : -1;
}

} // namespace Fehrist::Core
