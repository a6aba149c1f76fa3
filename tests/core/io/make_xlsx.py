#!/usr/bin/python3
"""Workbooks for tst_xlsx, written the way other programs write them.

    make_xlsx.py CASE OUT.xlsx

openpyxl writes shared strings, typed numbers, dates and booleans, as a user's spreadsheet would
have them; the hand-made cases write the XML parts directly, for what openpyxl will not produce
(inline strings, a DTD, a zip bomb).
"""
import datetime
import sys
import zipfile
import zlib

HEADER = ["department_code", "code", "name_en", "name_ur", "description", "category",
          "fee_type", "fee_amount_pkr", "processing_time", "rts_notified", "digitization_level",
          "target_date", "annual_volume", "channels", "status", "rts_time_limit"]

GOOD = ["DC", "XL-1", "Domicile certificate (openpyxl)", "ڈومیسائل سرٹیفکیٹ",
        "Issued by the Deputy Commissioner's office.", "certificates-registration",
        "fixed", 1250.5, "P7D", True, "L3", datetime.date(2027, 6, 30), 120000,
        "office-counter;web-portal", "active", "P15D"]


def openpyxl_book(rows, path):
    import openpyxl  # Debian's python3-openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Services"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)


def raw_book(path, sheet_xml, extra_parts=None, shared=None):
    """A minimal workbook from XML text, as any OOXML writer lays it out."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Services" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>',
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    parts.update(extra_parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
        if sheet_xml is not None:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def inline_row(number, cells):
    out = ['<row r="%d">' % number]
    for i, text in enumerate(cells):
        ref = "%s%d" % (chr(ord("A") + i), number)
        out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text))
    out.append("</row>")
    return "".join(out)


def sheet(rows_xml, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>' + prolog +
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
            rows_xml + "</sheetData></worksheet>")


GOOD_TEXT = ["DC", "XL-2", "Arms licence", "", "Issued by the Home Department.",
             "licences-permits", "", "", "", "", "L1", "", "", "", "active", ""]


def shared_row(number, indexes):
    out = ['<row r="%d">' % number]
    for i, index in enumerate(indexes):
        out.append('<c r="%s%d" t="s"><v>%d</v></c>' % (chr(ord("A") + i), number, index))
    out.append("</row>")
    return "".join(out)


def zip_bomb(path, megabytes):
    """A workbook whose sheet decompresses to `megabytes` MB and says so in the zip directory."""
    raw_book(path, None)
    chunk = b"<x/>" * (1 << 18)  # 1 MB
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><worksheet><sheetData>')
            for _ in range(megabytes):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")


def main():
    case, path = sys.argv[1], sys.argv[2]
    if case == "openpyxl":
        blank = [None] * len(HEADER)
        rows = [GOOD, blank, ["DC", "XL-3", "Birth registration", None, "Union council registers births.",
                              "certificates-registration", "free", 0, "PT2H", False, "L0", None, None,
                              "office-counter", "active", None]]
        openpyxl_book(rows, path)
    elif case == "negative-fee":
        bad = list(GOOD)
        bad[7] = -20
        openpyxl_book([GOOD, bad], path)
    elif case == "unknown-department":
        bad = list(GOOD)
        bad[0] = "NOPE"
        bad[1] = "XL-9"
        openpyxl_book([GOOD, bad], path)
    elif case == "huge-shared-cell":
        # openpyxl cuts strings at Excel's 32 767 characters; another writer might not.
        strings = HEADER + GOOD_TEXT + ["d" * (10 * 1024 * 1024)]
        shared = ('<?xml version="1.0" encoding="UTF-8"?>'
                  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
                  "".join("<si><t>%s</t></si>" % t for t in strings) + "</sst>")
        n = len(HEADER)
        bad = list(range(n, 2 * n))
        bad[4] = 2 * n
        raw_book(path, sheet(shared_row(1, range(n)) + shared_row(2, range(n, 2 * n)) + shared_row(3, bad)),
                 shared=shared)
    elif case == "huge-inline-cell":
        cells = list(GOOD_TEXT)
        cells[4] = "d" * (10 * 1024 * 1024)
        raw_book(path, sheet(inline_row(1, HEADER) + inline_row(2, GOOD_TEXT) + inline_row(3, cells)))
    elif case == "error-cell":
        rows = inline_row(1, HEADER) + inline_row(2, GOOD_TEXT)
        rows += '<row r="3"><c r="A3" t="inlineStr"><is><t>DC</t></is></c><c r="B3" t="e"><v>#N/A</v></c></row>'
        raw_book(path, sheet(rows))
    elif case == "dtd":
        prolog = '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        raw_book(path, sheet(inline_row(1, HEADER) + inline_row(2, GOOD_TEXT), prolog))
    elif case == "zip-bomb":
        zip_bomb(path, 600)
    elif case == "not-a-workbook":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", "a zip, but not a workbook")
    elif case == "not-a-zip":
        with open(path, "wb") as f:
            f.write(zlib.compress(b"department_code,code\n"))
    else:
        sys.exit("unknown case " + case)


main()
