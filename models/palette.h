#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace Fehrist::Models {

/// The colours of digitization levels and workflow states, shared by the badges in tables and forms
/// and (later) the dashboard's charts. Built on the Okabe–Ito palette, which people with the common
/// colour-vision deficiencies can tell apart; badges also always carry their text, never colour alone.
class Palette
{
public:
    static QColor level(const QString &level); ///< L0 … L6
    static QColor state(const QString &state); ///< draft, submitted, approved, returned
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
    /// The font for Urdu text: Noto Naskh Arabic (Debian: fonts-noto-core), which joins Urdu letters
    /// such as ہ and ے correctly and fits a table row; Nastaliq is taller than a row. Generic fonts get
    /// the joining forms wrong.
    static QFont urduFont(const QFont &base);
};

} // namespace Fehrist::Models
