#include "core/sample/samplecatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

// The label of resources/sample/catalogue.json, for lupdate: a catalogue stores the English text, and
// the desktop translates it when it shows it.
[[maybe_unused]] constexpr const char *kBuiltInLabel
    = QT_TRANSLATE_NOOP("SampleCatalogue", "Sample data, not an official list");

} // namespace

Result<SampleCatalogue::Content> SampleCatalogue::read()
{
    QFile file(u":/fehrist/sample/catalogue.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"missing-sample"_s, u"the sample catalogue is not built into this program"_s, {}};
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return Error {u"invalid-json"_s, parseError.errorString(), u"sample/catalogue.json"_s};
    const QJsonObject root = doc.object();
    Content content;
    content.label = root.value(u"label"_s).toString();
    const QJsonArray departments = root.value(u"departments"_s).toArray();
    for (qsizetype i = 0; i < departments.size(); ++i) {
        auto r = Record::fromJson(EntityType::Department, departments.at(i).toObject());
        if (!r)
            return Error {r.error().code, r.error().message,
                          u"sample department %1, %2"_s.arg(i + 1).arg(r.error().where)};
        content.departments.append(Department(std::move(*r)));
    }
    const QJsonArray services = root.value(u"services"_s).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        auto r = Record::fromJson(EntityType::Service, services.at(i).toObject());
        if (!r)
            return Error {r.error().code, r.error().message,
                          u"sample service %1, %2"_s.arg(i + 1).arg(r.error().where)};
        content.services.append(Service(std::move(*r)));
    }
    return content;
}

Status SampleCatalogue::load(Store &store)
{
    auto existing = store.departments();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error {
            u"not-empty"_s,
            u"the catalogue already holds %1 departments; the sample is only loaded into an empty catalogue"_s.arg(
                existing->size()),
            store.url().displayName()};
    auto content = read();
    if (!content)
        return content.error();

    SaveOptions options;
    options.writeOutbox = false;
    options.keepWorkflowState = true;
    options.historyOperation = u"load"_s;
    const QString actor = store.actor();
    store.setActor(u"sample"_s);
    for (const Department &d : content->departments) {
        if (auto saved = store.saveDepartment(d, options); !saved) {
            store.setActor(actor);
            return saved.error();
        }
    }
    auto saved = store.saveServices(content->services, options);
    store.setActor(actor);
    if (!saved)
        return saved.error();
    // Its approved services are the published catalogue.
    if (auto published = store.publishApproved(); !published)
        return published.error();
    return store.setMeta(kSampleMetaKey, content->label);
}

QString SampleCatalogue::label(Store &store)
{
    auto value = store.meta(kSampleMetaKey);
    return value ? *value : QString();
}

QString SampleCatalogue::translated(const QString &label)
{
    return label.isEmpty() ? label : QCoreApplication::translate("SampleCatalogue", label.toUtf8().constData());
}

} // namespace Fehrist::Core
