#pragma once

#include "core/domain/record.h"
#include "core/domain/referencedata.h"

#include <QCoreApplication>

namespace Fehrist::Core {

/// One thing wrong with a record: the field it concerns and a sentence a person can act on.
struct Problem
{
    QString field;
    QString message;
};

/// Checks a record against the rules of DESIGN.md §4 and returns every problem at once, so that a form
/// can mark all fields and an import can report all rows. Rules that need the database (does the
/// department exist, is the code unique) are the store's. The messages are translatable (context
/// "Validator"): the desktop shows them in its language; the CLI and the server install no translator
/// and keep the English.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    explicit Validator(const ReferenceData &reference = ReferenceData::builtIn()) : m_reference(reference) { }

    QList<Problem> validate(const Record &record) const;
    /// The problems of one field alone (for inline validation next to a widget).
    QList<Problem> validateField(const Record &record, const FieldDef &field) const;

    static bool isValidCode(const QString &code, int maxLength);
    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);
    static bool isValidHttpsUrl(const QString &url);
    static bool isValidDate(const QString &date);
    static bool isValidMoney(const QString &amount);

private:
    void checkField(const QVariant &value, const FieldDef &field, QList<Problem> &out) const;
    void checkCrossField(const Record &record, QList<Problem> &out) const;

    const ReferenceData &m_reference;
};

/// "name_en: is required; fee_amount_pkr: must not be negative"
QString describeProblems(const QList<Problem> &problems);

} // namespace Fehrist::Core
