#include "core/storage/migrations.h"

using namespace Qt::StringLiterals;

namespace Fehrist::Core {

namespace {

// Columns every synced record carries (DESIGN.md §4). `rid` is a stable integer key for the
// full-text index: SQLite may renumber implicit rowids on VACUUM.
const char16_t kRecordColumns[] = u"rid {{SERIAL_PK}},\n"
                                  u"  id TEXT NOT NULL UNIQUE,\n"
                                  u"  rev BIGINT NOT NULL DEFAULT 0,\n"
                                  u"  updated_at TEXT,\n"
                                  u"  updated_by TEXT,\n"
                                  u"  deleted BIGINT NOT NULL DEFAULT 0,\n";

// A service's columns as v1 made them: the working table (v1) and its published copy (v4).
const char16_t kServiceColumnsV1Ddl[] = uR"(  department_code TEXT NOT NULL REFERENCES departments(code),
  code TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ur TEXT,
  description TEXT NOT NULL,
  category TEXT NOT NULL,
  audience TEXT,
  life_events TEXT,
  keywords TEXT,
  eligibility TEXT,
  required_documents TEXT,
  output_type TEXT,
  fee_type TEXT,
  fee_amount_pkr TEXT,
  fee_notes TEXT,
  processing_time TEXT,
  channels TEXT,
  online_url TEXT,
  districts TEXT,
  rts_notified BIGINT NOT NULL DEFAULT 0,
  rts_time_limit TEXT,
  designated_officer TEXT,
  appellate_authority TEXT,
  digitization_level TEXT NOT NULL,
  digitization_notes TEXT,
  target_level TEXT,
  target_date TEXT,
  annual_volume BIGINT,
  legal_basis TEXT,
  contact_phone TEXT,
  contact_email TEXT,
  status TEXT NOT NULL,
  last_verified TEXT,
  state TEXT NOT NULL DEFAULT 'draft',
  submitted_at TEXT,
  submitted_by TEXT,
  reviewed_at TEXT,
  reviewed_by TEXT,
  review_comment TEXT)";

QStringList v1(const Dialect &d)
{
    const QString record = QString::fromUtf16(kRecordColumns);
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        d.ddl(u"CREATE TABLE departments (\n  "_s + record + uR"(  code TEXT NOT NULL UNIQUE,
  name_en TEXT NOT NULL,
  name_ur TEXT,
  parent_code TEXT REFERENCES departments(code),
  secretary TEXT,
  focal_person TEXT,
  email TEXT,
  phone TEXT,
  website TEXT,
  expected_services BIGINT,
  submission_deadline TEXT,
  notes TEXT,
  active BIGINT NOT NULL DEFAULT 1))"_s),
        d.ddl(u"CREATE TABLE services (\n  "_s + record + QString::fromUtf16(kServiceColumnsV1Ddl) + u")"_s),
        // Codes are unique among live services only: a deleted service's code may be reused.
        u"CREATE UNIQUE INDEX services_department_code ON services (department_code, code) WHERE deleted = 0"_s,
        // The outbox is the only copy of unsent work (DESIGN.md §6).
        d.ddl(uR"(CREATE TABLE outbox (
  local_seq {{SERIAL_PK}},
  change_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  base_rev BIGINT NOT NULL,
  operation TEXT NOT NULL,
  changes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT))"_s),
        u"CREATE INDEX outbox_record ON outbox (record_id)"_s,
        d.ddl(uR"(CREATE TABLE history (
  hid {{SERIAL_PK}},
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  rev BIGINT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT,
  operation TEXT NOT NULL,
  changes TEXT NOT NULL,
  comment TEXT))"_s),
        u"CREATE INDEX history_record ON history (record_id, hid)"_s,
    };
}

QStringList v2(const Dialect &d)
{
    QStringList s;
    if (d.isSQLite()) {
        // An external-content FTS5 index over the searchable columns. The store keeps it current
        // (Store::flushSearchIndex says why not triggers); the rebuild indexes rows already there.
        s << uR"(CREATE VIRTUAL TABLE services_fts USING fts5(
  name_en, name_ur, description, keywords,
  content='services', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'))"_s
          << u"INSERT INTO services_fts (services_fts) VALUES ('rebuild')"_s;
    } else {
        // 'simple' keeps every word as written (lower-cased): no English stemming that would mangle Urdu.
        s << uR"(ALTER TABLE services ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce(name_en, '') || ' ' || coalesce(name_ur, '') || ' ' ||
                        coalesce(description, '') || ' ' || coalesce(keywords, ''))) STORED)"_s
          << u"CREATE INDEX services_search ON services USING GIN (search_vector)"_s;
    }
    // A covering index for the figures: one ordered scan serves every aggregate (core/metrics).
    s << u"CREATE INDEX services_metrics ON services (department_code, digitization_level, status, state, category, annual_volume) WHERE deleted = 0"_s;
    return s;
}

// The columns of a service as v1 made them, for the published copies (v4).
const char16_t kServiceColumnsV1[]
    = u"department_code, code, name_en, name_ur, description, category, audience, life_events, keywords, "
      u"eligibility, required_documents, output_type, fee_type, fee_amount_pkr, fee_notes, processing_time, "
      u"channels, online_url, districts, rts_notified, rts_time_limit, designated_officer, appellate_authority, "
      u"digitization_level, digitization_notes, target_level, target_date, annual_volume, legal_basis, "
      u"contact_phone, contact_email, status, last_verified, state, submitted_at, submitted_by, reviewed_at, "
      u"reviewed_by, review_comment";

QStringList v3(const Dialect &)
{
    // One row a day of the counts behind the headline figures, for the dashboard's trend. Counts per
    // level (not shares) so that the trend can be drawn again at any threshold.
    return {u"CREATE TABLE figure_snapshots (day TEXT PRIMARY KEY, taken_at TEXT NOT NULL, figures TEXT NOT NULL)"_s};
}

QStringList v4(const Dialect &)
{
    // DESIGN.md §5: the published catalogue is the last approved version of each service, kept apart
    // from the working one so that editing an approved service changes nothing the public sees until
    // the new revision is approved. Same columns as `services` (a copy taken at approval); a retired
    // service has no published version.
    const QString columns = u"id, rev, updated_at, updated_by, deleted, "_s + QString::fromUtf16(kServiceColumnsV1);
    return {
        uR"(CREATE TABLE published_services (
  id TEXT PRIMARY KEY,
  rev BIGINT NOT NULL,
  updated_at TEXT,
  updated_by TEXT,
  deleted BIGINT NOT NULL DEFAULT 0,
)"_s + QString::fromUtf16(kServiceColumnsV1Ddl)
            + u")"_s,
        u"CREATE INDEX published_services_order ON published_services (department_code, code)"_s,
        // Until now the approved services were the published ones, as they stood.
        u"INSERT INTO published_services ("_s + columns + u") SELECT "_s + columns
            + u" FROM services WHERE deleted = 0 AND state = 'approved' AND status <> 'retired'"_s,
    };
}

QStringList v5(const Dialect &)
{
    // The workflow's lists and counts — what waits for review, what came back — read a few services by
    // state out of many: an index keeps opening a large catalogue and its review tab quick.
    return {u"CREATE INDEX services_state ON services (state, department_code, code) WHERE deleted = 0"_s};
}

QStringList v6(const Dialect &d)
{
    if (!d.isSQLite())
        return {};
    // Two indexes: the names and keywords, and the description. A change to a name then makes SQLite
    // read and write the name's few words, not the description's many (every save that changes a
    // searchable field takes the old words out and puts the new ones in). The search asks for words and
    // word prefixes only (Dialect::search): no phrases, no NEAR, no ranking; without positions and columns
    // (detail=none) the indexes are a fraction of the size.
    const QString options = u"content='services', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', "
                            u"detail=none"_s;
    return {
        u"DROP TABLE services_fts"_s,
        u"CREATE VIRTUAL TABLE services_fts USING fts5(name_en, name_ur, keywords, "_s + options + u')',
        u"CREATE VIRTUAL TABLE services_fts_description USING fts5(description, "_s + options + u')',
        u"INSERT INTO services_fts (services_fts) VALUES ('rebuild')"_s,
        u"INSERT INTO services_fts_description (services_fts_description) VALUES ('rebuild')"_s,
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all {
        {1, u"catalogue, outbox and history"_s, &v1},
        {2, u"full-text search and metrics index"_s, &v2},
        {3, u"daily snapshots of the figures"_s, &v3},
        {4, u"published versions of the services"_s, &v4},
        {5, u"an index of the services by workflow state"_s, &v5},
        {6, u"smaller full-text indexes, the description apart"_s, &v6},
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace Fehrist::Core
