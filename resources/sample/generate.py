#!/usr/bin/env python3
"""Generate the Fehrist sample catalogue (resources/sample/catalogue.json).

SAMPLE DATA, NOT AN OFFICIAL LIST. The catalogue is illustrative: it is shaped after the
figures the Khyber-Pakhtunkhwa programme reported (26 departments, 106 services, about 30 %
online) and public facts such as the Right to Public Services Act 2014 time limits. Names of
officers are role titles; addresses, fees, volumes and URLs are plausible placeholders.

Standard library only. Deterministic: running it twice gives the same bytes.

    python3 generate.py            # writes catalogue.json next to this script
    python3 generate.py OUT.json   # writes elsewhere
"""

import datetime as _dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REFDATA = os.path.join(HERE, "..", "..", "core", "domain", "referencedata.json")
TODAY = "2026-11-27"  # the "as of" date the sample is written against

RTS_ACT = "Khyber Pakhtunkhwa Right to Public Services Act 2014"

# ---------------------------------------------------------------------------
# Departments
# code, name_en, name_ur, parent, secretary, focal person, mail box, phone tail,
# website, expected services, submission deadline, notes
# ---------------------------------------------------------------------------
DEPARTMENTS = [
    ("HOME", "Home & Tribal Affairs Department", "محکمہ داخلہ و قبائلی امور", None,
     "Secretary Home & Tribal Affairs", "Deputy Secretary (IT)", "it.home", "9210101",
     "https://www.kp.gov.pk/departments/home", 5, "2026-11-15",
     "Arms licences are issued through Dastak; issuance of new licences is subject to periodic bans."),
    ("POLICE", "Khyber Pakhtunkhwa Police", "خیبر پختونخوا پولیس", "HOME",
     "Inspector General of Police", "AIG (Information Technology)", "it.police", "9210102",
     "https://www.kp.gov.pk/departments/police", 9, "2026-11-15",
     "Attached to the Home Department for this catalogue."),
    ("DC", "District Administration (Deputy Commissioners)", "ضلعی انتظامیہ (ڈپٹی کمشنرز)", None,
     "Senior Member Board of Revenue (for District Administration)", "Additional Deputy Commissioner (General), Peshawar",
     "adc.peshawar", "9210103", None, 6, "2026-12-15",
     "One entry per service for all 36 districts; district variations are noted in the description."),
    ("BOR", "Board of Revenue", "بورڈ آف ریونیو", None,
     "Senior Member Board of Revenue", "Director Land Record Management Information System", "lrmis.bor", "9210104",
     "https://www.kp.gov.pk/departments/revenue", 10, "2026-11-30", None),
    ("EXCISE", "Excise, Taxation & Narcotics Control Department", "محکمہ ایکسائز، ٹیکسیشن و انسداد منشیات", None,
     "Secretary Excise, Taxation & Narcotics Control", "Director (IT), Excise & Taxation", "it.excise", "9210105",
     "https://www.kp.gov.pk/departments/excise", 8, "2026-11-30", None),
    ("TRANSPORT", "Transport & Mass Transit Department", "محکمہ ٹرانسپورٹ و ماس ٹرانزٹ", None,
     "Secretary Transport & Mass Transit", "Deputy Secretary (Admin)", "it.transport", "9210106",
     "https://www.kp.gov.pk/departments/transport", 8, "2026-12-31", None),
    ("LGE", "Local Government, Elections & Rural Development Department", "محکمہ بلدیات، انتخابات و دیہی ترقی", None,
     "Secretary Local Government, Elections & Rural Development", "Director (IT), Local Government", "it.lgerd",
     "9210107", "https://www.kp.gov.pk/departments/local-government", 12, "2026-12-15",
     "Services delivered by Tehsil Municipal Administrations and village / neighbourhood councils."),
    ("HEALTH", "Health Department", "محکمہ صحت", None,
     "Secretary Health", "Additional Secretary (Planning & IT)", "it.health", "9210108",
     "https://www.kp.gov.pk/departments/health", 9, "2026-12-15", None),
    ("ESE", "Elementary & Secondary Education Department", "محکمہ ابتدائی و ثانوی تعلیم", None,
     "Secretary Elementary & Secondary Education", "Deputy Secretary (Planning)", "it.ese", "9210109",
     "https://www.kp.gov.pk/departments/elementary-education", 5, "2027-01-15", None),
    ("HED", "Higher Education, Archives & Libraries Department", "محکمہ اعلیٰ تعلیم، آرکائیوز و لائبریریز", None,
     "Secretary Higher Education, Archives & Libraries", "Section Officer (Colleges)", "it.hed", "9210110",
     "https://www.kp.gov.pk/departments/higher-education", 5, "2027-01-15", None),
    ("INDUSTRIES", "Industries, Commerce & Technical Education Department", "محکمہ صنعت، تجارت و فنی تعلیم", None,
     "Secretary Industries, Commerce & Technical Education", "Deputy Secretary (Industries)", "it.industries",
     "9210111", "https://www.kp.gov.pk/departments/industries", 7, "2026-12-31", None),
    ("LABOUR", "Labour Department", "محکمہ محنت", None,
     "Secretary Labour", "Deputy Director (Labour Welfare)", "it.labour", "9210112",
     None, 5, "2026-12-31", None),
    ("AGRI", "Agriculture, Livestock & Cooperatives Department", "محکمہ زراعت، لائیو اسٹاک و امداد باہمی", None,
     "Secretary Agriculture, Livestock & Cooperatives", "Deputy Secretary (Agriculture)", "it.agri", "9210113",
     "https://www.kp.gov.pk/departments/agriculture", 8, "2027-01-31", None),
    ("CCFEW", "Climate Change, Forestry, Environment & Wildlife Department", "محکمہ موسمیاتی تبدیلی، جنگلات، ماحولیات و جنگلی حیات", None,
     "Secretary Climate Change, Forestry, Environment & Wildlife", "Deputy Secretary (Forestry)", "it.ccfew",
     "9210114", "https://www.kp.gov.pk/departments/forestry", 5, "2026-12-15", None),
    ("IRRIGATION", "Irrigation Department", "محکمہ آبپاشی", None,
     "Secretary Irrigation", "Director (Revenue), Irrigation", "it.irrigation", "9210115",
     "https://www.kp.gov.pk/departments/irrigation", 3, "2027-01-31", None),
    ("PHE", "Public Health Engineering Department", "محکمہ پبلک ہیلتھ انجینئرنگ", None,
     "Secretary Public Health Engineering", "Deputy Secretary (Development)", "it.phe", "9210116",
     None, 3, "2027-01-31", None),
    ("HOUSING", "Housing Department", "محکمہ ہاؤسنگ", None,
     "Secretary Housing", "Director (Estate Management), Housing Authority", "it.housing", "9210117",
     "https://www.kp.gov.pk/departments/housing", 3, "2026-12-31", None),
    ("SWD", "Social Welfare, Special Education & Women Empowerment Department",
     "محکمہ سماجی بہبود، خصوصی تعلیم و ترقی نسواں", None,
     "Secretary Social Welfare, Special Education & Women Empowerment", "Deputy Director (Social Welfare)",
     "it.swd", "9210118", None, 6, "2026-12-31", None),
    ("ZAKAT", "Zakat & Ushr Department", "محکمہ زکوٰۃ و عشر", None,
     "Secretary Zakat & Ushr", "Deputy Administrator Zakat", "it.zakat", "9210119",
     None, 4, "2027-01-15", "Benefits are disbursed through local Zakat committees."),
    ("AUQAF", "Auqaf, Hajj, Religious & Minority Affairs Department", "محکمہ اوقاف، حج، مذہبی و اقلیتی امور", None,
     "Secretary Auqaf, Hajj, Religious & Minority Affairs", "Section Officer (Minority Affairs)", "it.auqaf",
     "9210120", None, 4, "2026-10-31", "No submission received yet."),
    ("TOURISM", "Tourism, Culture, Archaeology & Museums Department", "محکمہ سیاحت، ثقافت، آثار قدیمہ و عجائب گھر", None,
     "Secretary Tourism, Culture, Archaeology & Museums", "Deputy Secretary (Tourism)", "it.tourism", "9210121",
     "https://www.kp.gov.pk/departments/tourism", 4, "2026-12-15", None),
    ("MINES", "Mines & Minerals Development Department", "محکمہ معدنیات و ترقی معدنیات", None,
     "Secretary Mines & Minerals Development", "Director General Mines & Minerals", "it.minerals", "9210122",
     None, 4, "2026-11-20", "No submission received yet; deadline passed."),
    ("INFO", "Information & Public Relations Department", "محکمہ اطلاعات و تعلقات عامہ", None,
     "Secretary Information & Public Relations", "Deputy Director (Media)", "it.info", "9210123",
     "https://www.kp.gov.pk/departments/information", 3, "2026-12-15", None),
    ("ENERGY", "Energy & Power Department", "محکمہ توانائی و برقیات", None,
     "Secretary Energy & Power", "Electric Inspector", "it.energy", "9210124",
     None, 2, "2027-01-31", "Only one service catalogued so far."),
    ("ST-IT", "Science & Technology and Information Technology Department",
     "محکمہ سائنس و ٹیکنالوجی و انفارمیشن ٹیکنالوجی", None,
     "Secretary Science & Technology and Information Technology", "Deputy Secretary (IT)", "it.stit", "9210125",
     None, 3, "2026-11-30", "Inventory not started."),
    ("FINANCE", "Finance Department", "محکمہ خزانہ", None,
     "Secretary Finance", "Section Officer (IT)", "it.finance", "9210126",
     "https://www.kp.gov.pk/departments/finance", 2, "2027-01-31", "Inventory not started."),
]

# Department defaults for Right to Public Services officers: (designated officer, appellate authority)
RTS_OFFICERS = {
    "HOME": ("Section Officer (Arms)", "Additional Secretary (Home)"),
    "POLICE": ("Station House Officer", "District Police Officer"),
    "DC": ("Assistant Commissioner", "Deputy Commissioner"),
    "BOR": ("Tehsildar", "Assistant Commissioner (Revenue)"),
    "EXCISE": ("Motor Registering Authority", "Director Excise & Taxation (Region)"),
    "TRANSPORT": ("Licensing Officer", "Deputy Director (Licensing)"),
    "LGE": ("Secretary Village / Neighbourhood Council", "Assistant Director Local Government"),
    "HEALTH": ("Medical Superintendent", "District Health Officer"),
    "ESE": ("District Education Officer", "Director Elementary & Secondary Education"),
    "HED": ("Deputy Director (Colleges)", "Director Higher Education"),
    "INDUSTRIES": ("Registrar of Firms", "Director Industries"),
    "LABOUR": ("Inspector of Shops & Establishments", "Director Labour"),
    "AGRI": ("Deputy Director Agriculture (Extension)", "Director General Agriculture (Extension)"),
    "CCFEW": ("Divisional Forest Officer", "Conservator of Forests"),
    "PHE": ("Sub-Divisional Officer PHE", "Executive Engineer PHE"),
    "SWD": ("District Social Welfare Officer", "Director Social Welfare"),
}

CH = {  # short channel names used in the tables
    "oc": "office-counter", "fc": "facilitation-centre", "web": "web-portal", "app": "mobile-app",
    "dk": "dastak", "door": "doorstep", "hl": "helpline", "em": "email", "post": "post", "sms": "sms",
    "kiosk": "kiosk",
}
AUD = {"c": "citizens", "b": "businesses", "g": "government", "n": "non-profits"}
STATE = {"A": "approved", "S": "submitted", "D": "draft", "R": "returned"}

# ---------------------------------------------------------------------------
# Services. One call per service; every optional field has a sensible default in S().
# Positional: department, code, name_en, name_ur, category, audience (letters),
#             output type, fee (type[, amount]), channels (short names), level, state (A/S/D/R),
#             description
# ---------------------------------------------------------------------------
SERVICES = []


def S(dept, code, name_en, name_ur, category, aud, output, fee, channels, level, state, desc, **kw):
    SERVICES.append(dict(dept=dept, code=code, name_en=name_en, name_ur=name_ur, category=category,
                         aud=aud, output=output, fee=fee, channels=channels, level=level, state=state,
                         desc=desc, kw=kw))


CNIC = "CNIC copy"
PHOTOS2 = "Two passport-size photographs"
CHALLAN = "Paid bank challan"

# --- Home & Tribal Affairs -------------------------------------------------
S("HOME", "ARMS-NEW", "Arms licence (new)", "نیا اسلحہ لائسنس", "licences-permits", "c", "permit-licence",
  ("fixed", "6000"), "dk web fc", "L6", "A",
  "Issue of a new licence for a non-prohibited-bore weapon. The application is made on Dastak, the applicant's "
  "identity is checked against NADRA and the police verify the applicant before the licence card is printed.",
  life=["personal security"], keywords=["arms", "licence", "weapon", "dastak", "اسلحہ"],
  elig="Resident of Khyber Pakhtunkhwa aged 25 or more with no criminal record.",
  docs=[CNIC, PHOTOS2, "Police verification report", "Domicile certificate", "Affidavit on stamp paper"],
  fee_notes="Fee for a non-prohibited-bore licence valid for the province; paid online or by bank challan.",
  pt="P22D", url="https://dastak.kp.gov.pk/services/arms-licence",
  rts="P22D", do="Deputy Secretary (Arms)", aa="Special Secretary Home",
  dnotes="End-to-end on Dastak with NADRA check, police verification in the workflow and SMS tracking.",
  vol=60000, legal="Pakistan Arms Ordinance 1965; " + RTS_ACT, verified="2026-10-02")
S("HOME", "ARMS-RENEW", "Arms licence renewal", "اسلحہ لائسنس کی تجدید", "licences-permits", "c",
  "permit-licence", ("fixed", "1500"), "dk web", "L5", "A",
  "Renewal of an existing arms licence for a further period. Fee is paid online and the renewal is recorded "
  "electronically on the licence record.",
  keywords=["arms", "licence", "renewal"], docs=[CNIC, "Existing arms licence card"],
  fee_notes="Per year of renewal; late renewal attracts a surcharge.", pt="P7D",
  url="https://dastak.kp.gov.pk/services/arms-licence-renewal", rts="P7D", target="L6", tdate="2027-06-30",
  vol=90000, legal="Pakistan Arms Ordinance 1965", verified="2026-10-02")
S("HOME", "ARMS-DUP", "Duplicate arms licence", "ڈپلیکیٹ اسلحہ لائسنس", "licences-permits", "c",
  "permit-licence", ("fixed", "1000"), "dk oc", "L3", "S",
  "Issue of a duplicate licence card when the original is lost or damaged. A police report of the loss is "
  "needed before the duplicate is printed.",
  keywords=["arms", "duplicate", "lost licence"], docs=[CNIC, "Lost report from police station", PHOTOS2],
  pt="P15D", url="https://dastak.kp.gov.pk/services/arms-licence-duplicate", rts="P15D", vol=4000,
  legal="Pakistan Arms Ordinance 1965")
S("HOME", "ARMS-TRANSFER", "Transfer of arms licence to legal heir", "اسلحہ لائسنس کی منتقلی",
  "licences-permits", "c", "permit-licence", ("fixed", "3000"), "oc", "L1", "R",
  "Transfer of a deceased licence holder's weapon and licence to a legal heir. Transfers are currently "
  "suspended while the licensing policy is revised.",
  life=["death of a family member"], keywords=["arms", "transfer", "inheritance"],
  docs=[CNIC, "Death certificate of licence holder", "Succession certificate or heirship documents"],
  pt="P30D", status="suspended", target="L3", tdate="2027-12-31", vol=800,
  comment="State the notification that suspended transfers and the expected date of resumption.")

# --- Police ---------------------------------------------------------------
S("POLICE", "FIR", "Registration of First Information Report (FIR)", "ایف آئی آر کا اندراج",
  "justice-police-security", "c", "registration", ("free",), "oc web hl", "L3", "A",
  "Registration of a First Information Report for a cognizable offence at the police station. A complaint "
  "can also be lodged online and is forwarded to the station concerned for registration.",
  life=["victim of a crime"], keywords=["fir", "police", "crime", "complaint", "ایف آئی آر"],
  docs=["Written or oral complaint", CNIC], pt="PT1H", url="https://kp.gov.pk/police/online-complaint",
  rts="PT1H", aa="Superintendent of Police (Investigation)", target="L4", tdate="2027-06-30", vol=150000,
  dnotes="Online lodging of complaints; the FIR itself is still written at the station.",
  legal="Code of Criminal Procedure 1898, section 154; " + RTS_ACT, verified="2026-09-14")
S("POLICE", "CHARACTER-CERT", "Police character certificate", "پولیس کریکٹر سرٹیفکیٹ",
  "certificates-registration", "c", "certificate", ("fixed", "100"), "web fc oc", "L4", "A",
  "Certificate that the applicant has no criminal record, used for jobs, visas and study abroad. The "
  "application is made online and records are checked electronically.",
  life=["applying for a job", "travelling abroad"], keywords=["character", "certificate", "police", "visa"],
  docs=[CNIC, "Passport copy (for use abroad)", "Two photographs"], pt="P7D",
  url="https://kp.gov.pk/police/character-certificate", rts="P7D", do="Police Assistance Line in-charge",
  vol=120000, legal=RTS_ACT, verified="2026-09-14")
S("POLICE", "TENANT-REG", "Tenant registration", "کرایہ دار کی رجسٹریشن", "justice-police-security", "cb",
  "registration", ("free",), "web app oc", "L4", "A",
  "Landlords register their tenants with the local police station as the rented-buildings security law "
  "requires. Registration can be done online or on the mobile app.",
  life=["moving home", "renting out property"], keywords=["tenant", "rent", "landlord", "registration"],
  docs=["Landlord's CNIC copy", "Tenant's CNIC copy", "Rent agreement"], pt="P1D",
  url="https://kp.gov.pk/police/tenant-registration", rts="P1D", vol=80000,
  legal="Khyber Pakhtunkhwa Restriction of Rented Buildings (Security) Act 2014", verified="2026-08-30")
S("POLICE", "DOMESTIC-WORKER", "Domestic worker registration", "گھریلو ملازم کی رجسٹریشن",
  "justice-police-security", "c", "registration", ("free",), "oc fc", "L2", "S",
  "Registration of a domestic worker's particulars with the police by the employing household.",
  keywords=["domestic", "worker", "servant", "registration"], docs=["Employer's CNIC copy", "Worker's CNIC copy",
                                                                     "Worker's photograph"],
  pt="P3D", target="L4", tdate="2027-03-31", vol=15000)
S("POLICE", "FOREIGNER-REG", "Foreign national registration", "غیر ملکی شہری کی رجسٹریشن",
  "justice-police-security", "cb", "registration", ("free",), "oc", "L1", "D",
  "Registration of foreign nationals staying in the district, reported by the host, hotel or employer.",
  keywords=["foreigner", "visa", "registration"], docs=["Passport copy", "Visa copy", "Host's CNIC copy"],
  pt="P2D", vol=None, legal="Foreigners Act 1946")
S("POLICE", "LOST-REPORT", "Lost and found report", "گمشدہ اشیاء کی رپورٹ", "justice-police-security", "c",
  "certificate", ("free",), "oc web", "L2", "S",
  "Report of a lost document or article, such as a CNIC, licence or mobile phone, needed to get a duplicate.",
  keywords=["lost", "report", "documents"], docs=[CNIC, "Details of the lost item"], pt="PT2H", rts="P1D",
  vol=70000)
S("POLICE", "VEHICLE-VERIFY", "Vehicle verification", "گاڑی کی تصدیق", "transport-vehicles", "c", "decision",
  ("free",), "web sms", "L3", "A",
  "Check whether a vehicle is reported stolen or involved in a crime before buying it. The result is shown "
  "online or sent by SMS.",
  life=["buying a car"], keywords=["vehicle", "verification", "stolen", "car"], docs=["Registration number"],
  pt="PT30M", url="https://kp.gov.pk/police/vehicle-verification", vol=45000, verified="2026-07-21")
S("POLICE", "COMPLAINT", "Complaint against police conduct", "پولیس کے خلاف شکایت", "information-complaints",
  "c", "decision", ("free",), "hl oc em", "L2", "R",
  "Complaint about misconduct or inaction by police officers, heard by the district dispute and complaint "
  "mechanism.",
  keywords=["complaint", "police", "misconduct"], docs=["Written complaint", CNIC], pt="P15D", vol=9000,
  comment="The helpline number and the e-mail address for complaints are missing; please add them.")

# --- District Administration ----------------------------------------------
S("DC", "DOMICILE", "Domicile certificate", "ڈومیسائل سرٹیفکیٹ", "certificates-registration", "c",
  "certificate", ("fixed", "200"), "fc oc web", "L4", "A",
  "Certificate of domicile in a district of Khyber Pakhtunkhwa, needed for admissions, jobs and quotas. The "
  "application can be made online; the record is kept in the computerised domicile system.",
  life=["applying for a job", "admission to college", "turning 18"],
  keywords=["domicile", "certificate", "residence", "ڈومیسائل"],
  elig="Pakistani citizen resident in the district for at least three years, or born there.",
  docs=[CNIC, "Father's CNIC copy", "Proof of residence (utility bill or property document)",
        "Affidavit on stamp paper", PHOTOS2],
  fee_notes="Court-fee stamp; the affidavit needs stamp paper bought separately.", pt="P10D",
  url="https://kp.gov.pk/domicile/apply", rts="P10D", target="L6", tdate="2027-06-30",
  dnotes="Online application and computerised record; applicant still visits for biometric signature.",
  vol=400000, legal=RTS_ACT, phone="+92 91 9211366", email="domicile.peshawar@kp.gov.pk",
  verified="2026-11-10")
S("DC", "ATTESTATION", "Attestation of documents", "دستاویزات کی تصدیق", "certificates-registration", "c",
  "certificate", ("free",), "oc fc", "L1", "A",
  "Attestation of copies of educational and other documents against the originals by an authorised officer.",
  keywords=["attestation", "documents", "copies"], docs=["Original documents", "Photocopies"], pt="P1D",
  rts="P1D", vol=150000, target="L2", tdate="2027-03-31", verified="2026-10-20")
S("DC", "DOMICILE-DUP", "Duplicate domicile certificate", "ڈپلیکیٹ ڈومیسائل سرٹیفکیٹ",
  "certificates-registration", "c", "certificate", ("fixed", "500"), "fc oc", "L2", "S",
  "Issue of a duplicate domicile certificate when the original is lost or damaged.",
  keywords=["domicile", "duplicate", "lost"], docs=[CNIC, "Lost report from police station", "Affidavit"],
  pt="P7D", rts="P7D", vol=20000, target="L4", tdate="2027-06-30")
S("DC", "PETROL-NOC", "No-objection certificate for a petrol / CNG station", "پیٹرول پمپ کے لیے این او سی",
  "business-investment", "b", "decision", ("fixed", "25000"), "oc", "L0", "D",
  "No-objection certificate from the district administration for setting up a petrol or CNG filling station, "
  "after reports from police, highways and the fire service.",
  life=["starting a business"], keywords=["noc", "petrol", "cng", "station"],
  docs=["Site plan", "Ownership or lease deed", "Reports of line departments", CNIC], pt="P1M", vol=400)
S("DC", "EVENT-PERMIT", "Permission for a public gathering", "عوامی اجتماع کی اجازت", "justice-police-security",
  "cn", "permit-licence", ("free",), "oc em", "L1", "R",
  "Permission to hold a public meeting, procession or event, with security arrangements agreed with the "
  "police.", keywords=["event", "procession", "gathering", "permission"],
  docs=["Application with date, route and expected attendance", "Organiser's CNIC copy"], pt="P3D", vol=3000,
  comment="Processing time looks too short for large gatherings; please verify with the district notification.")

# --- Board of Revenue ------------------------------------------------------
S("BOR", "FARD", "Fard (copy of record of rights)", "فرد جمع بندی", "land-property", "c", "certificate",
  ("variable", "30"), "fc oc web", "L3", "A",
  "Computerised copy of the record of rights (fard) for a land holding, issued at land record service "
  "centres. It can be requested online and collected at the centre.",
  life=["buying land", "applying for a loan"], keywords=["fard", "land", "record", "jamabandi"],
  docs=[CNIC, "Khasra / khata number"], fee_notes="Rs 30 per page.", pt="P1D",
  url="https://kp.gov.pk/lrmis/fard", rts="P7D", do="Service Centre Official", vol=250000,
  legal="Khyber Pakhtunkhwa Land Revenue Act 1967; " + RTS_ACT, verified="2026-10-05",
  dnotes="Online request; printing and signature at the service centre.")
S("BOR", "MUTATION", "Mutation (intiqal) of land", "انتقال اراضی", "land-property", "c", "registration",
  ("variable", None), "fc oc", "L2", "A",
  "Entry of a change of ownership of land in the revenue record after a sale, gift or exchange.",
  life=["buying land", "selling land"], keywords=["mutation", "intiqal", "land", "transfer"],
  docs=[CNIC, "Registered deed", "Fard", "Paid stamp duty and CVT receipts"],
  fee_notes="Mutation fee plus stamp duty and capital value tax according to the value of the land.",
  pt="P15D", rts="P15D", vol=180000, target="L4", tdate="2027-12-31", legal="Khyber Pakhtunkhwa Land Revenue Act 1967",
  verified="2026-10-05")
S("BOR", "DEMARCATION", "Demarcation of land", "زمین کی حد براری", "land-property", "c", "decision",
  ("fixed", "2000"), "oc", "L1", "S",
  "Measurement and marking of the boundaries of a land holding by the revenue staff on an application.",
  keywords=["demarcation", "boundary", "land", "hadbarari"], docs=[CNIC, "Fard", "Application to Tehsildar"],
  pt="P30D", rts="P30D", vol=25000)
S("BOR", "CERT-COPY", "Certified copy of a registered deed", "رجسٹرڈ دستاویزات کی مصدقہ نقول", "land-property",
  "c", "certificate", ("fixed", "500"), "oc fc", "L2", "S",
  "Certified copy of a deed registered with the sub-registrar, for court cases, loans or resale.",
  keywords=["certified", "copy", "deed", "registry"], docs=[CNIC, "Deed number and year"], pt="P7D", rts="P7D",
  vol=30000)
S("BOR", "E-STAMP", "E-stamp paper", "ای اسٹامپ", "taxes-fees-payments", "cb", "payment-receipt",
  ("variable", None), "web fc", "L5", "A",
  "Electronic stamp paper for deeds, agreements and affidavits, paid online or through a bank and verified "
  "by its QR code.", keywords=["stamp", "e-stamp", "stamp duty", "affidavit"], docs=[CNIC],
  fee_notes="Stamp duty set by the Stamp Act schedule for the type and value of the instrument.", pt="PT30M",
  url="https://kp.gov.pk/estamp", vol=900000, target="L6", tdate="2027-12-31",
  legal="Stamp Act 1899", verified="2026-11-02")
S("BOR", "DEED-REG", "Registration of a sale deed", "بیع نامہ کی رجسٹریشن", "land-property", "c",
  "registration", ("variable", None), "oc", "L1", "A",
  "Registration of a sale, gift or lease deed of immovable property with the sub-registrar.",
  life=["buying land", "buying a house"], keywords=["registry", "deed", "sale", "property"],
  docs=["CNIC copies of both parties", "Deed on e-stamp paper", "Fard", "Two witnesses with CNIC"],
  fee_notes="Registration fee on a slab of the value in the deed; stamp duty paid separately.", pt="P3D",
  rts="P3D", do="Sub-Registrar", aa="Deputy Commissioner", vol=120000, legal="Registration Act 1908",
  verified="2026-06-18")
S("BOR", "PARTITION", "Partition of joint land holding", "تقسیم اراضی", "land-property", "c", "decision",
  ("fixed", "1000"), "oc", "L0", "D",
  "Division of a jointly owned land holding among its co-sharers by the revenue court.",
  keywords=["partition", "land", "co-sharers"], docs=[CNIC, "Fard", "Application by a co-sharer"], pt="P3M",
  vol=6000, legal="Khyber Pakhtunkhwa Land Revenue Act 1967")
S("BOR", "INHERIT-MUT", "Inheritance mutation (warasat)", "انتقال وراثت", "land-property", "c", "registration",
  ("free",), "fc oc", "L2", "R",
  "Transfer of a deceased owner's land to the legal heirs in the revenue record.",
  life=["death of a family member"], keywords=["inheritance", "warasat", "mutation", "heirs"],
  docs=["Death certificate", "Family registration certificate (NADRA)", "CNIC copies of all heirs", "Fard"],
  fee_notes="No mutation fee on inheritance.", pt="P30D", rts="P30D", vol=60000,
  comment="Fee notes conflict with the schedule: please confirm whether the service-centre fee applies.")

# --- Excise, Taxation & Narcotics Control ----------------------------------
S("EXCISE", "VEH-REG", "Motor vehicle registration", "گاڑی کی رجسٹریشن", "transport-vehicles", "cb",
  "registration", ("variable", None), "oc web", "L3", "A",
  "Registration of a new or imported motor vehicle and issue of the registration smart card.",
  life=["buying a car"], keywords=["vehicle", "registration", "car", "smart card"],
  docs=[CNIC, "Sales certificate or invoice", "Customs documents (imported vehicles)", "Paid taxes challan"],
  fee_notes="Registration fee and taxes depend on engine capacity and value.", pt="P7D",
  url="https://kp.gov.pk/excise/vehicle-registration", rts="P7D", vol=200000,
  legal="Provincial Motor Vehicles Ordinance 1965", verified="2026-09-09")
S("EXCISE", "VEH-TRANSFER", "Vehicle ownership transfer", "گاڑی کی ملکیت کی منتقلی", "transport-vehicles", "c",
  "registration", ("variable", None), "oc fc", "L2", "A",
  "Transfer of a registered vehicle to its new owner with biometric verification of both parties.",
  life=["buying a car", "selling a car"], keywords=["vehicle", "transfer", "ownership"],
  docs=["CNIC copies of buyer and seller", "Registration card", "Sale letter", "Token tax paid up to date"],
  fee_notes="Transfer fee by engine capacity.", pt="P3D", rts="P7D", vol=150000, target="L4",
  tdate="2027-06-30", verified="2026-09-09")
S("EXCISE", "TOKEN-TAX", "Motor vehicle token tax", "ٹوکن ٹیکس", "taxes-fees-payments", "cb",
  "payment-receipt", ("variable", None), "web app oc", "L5", "A",
  "Annual or lifetime token tax on motor vehicles, payable online with an electronic receipt.",
  keywords=["token tax", "vehicle", "tax", "payment"], docs=["Registration number"],
  fee_notes="Rate by engine capacity; lifetime option for motorcycles and small cars.", pt="PT10M",
  url="https://kp.gov.pk/excise/token-tax", vol=700000, verified="2026-11-01")
S("EXCISE", "PROPERTY-TAX", "Urban immovable property tax", "شہری غیر منقولہ جائیداد ٹیکس", "taxes-fees-payments",
  "cb", "payment-receipt", ("variable", None), "web oc", "L5", "A",
  "Annual tax on buildings and land in rating areas. Assessment can be viewed and the tax paid online.",
  keywords=["property tax", "tax", "house", "payment"], docs=["Property number or CNIC"],
  fee_notes="Percentage of the annual rental value assessed for the property.", pt="PT10M",
  url="https://kp.gov.pk/excise/property-tax", vol=350000, target="L6", tdate="2027-12-31",
  legal="West Pakistan Urban Immovable Property Tax Act 1958", verified="2026-11-01")
S("EXCISE", "PROF-TAX", "Professional tax", "پیشہ ورانہ ٹیکس", "taxes-fees-payments", "b", "payment-receipt",
  ("variable", None), "web oc", "L4", "A",
  "Annual tax on professions, trades and callings, payable by businesses and professionals.",
  keywords=["professional tax", "tax", "business"], docs=["NTN or CNIC"],
  fee_notes="Set per profession in the schedule, from a few hundred to several thousand rupees a year.",
  pt="P1D", url="https://kp.gov.pk/excise/professional-tax", vol=60000)
S("EXCISE", "NUMBER-PLATE", "Issue of vehicle number plates", "نمبر پلیٹ کا اجراء", "transport-vehicles", "c",
  "physical-object", ("fixed", "1500"), "oc", "L1", "D",
  "Issue of standard security number plates for a registered vehicle.",
  keywords=["number plate", "vehicle"], docs=["Registration card", CNIC],
  fee_notes="Fee for a car; motorcycle plates cost less.", pt="P15D", vol=180000)
S("EXCISE", "RC-BOOK", "Paper vehicle registration book", None, "transport-vehicles", "c", "physical-object",
  ("fixed", "500"), "oc", "L1", "A",
  "Paper registration book formerly issued for vehicles, replaced by the registration smart card.",
  keywords=["registration book", "vehicle"], docs=[CNIC], pt="P7D", status="retired", vol=None,
  dnotes="Retired when the smart card was introduced.", verified="2026-01-15")

# --- Transport & Mass Transit ---------------------------------------------
S("TRANSPORT", "LEARNER-DL", "Learner driving licence", "لرنر ڈرائیونگ لائسنس", "transport-vehicles", "c",
  "permit-licence", ("fixed", "300"), "dk web fc", "L6", "A",
  "Learner's permit allowing supervised driving practice before the driving test. Issued the same day "
  "through Dastak with identity checked against NADRA.",
  life=["turning 18", "learning to drive"], keywords=["learner", "driving", "licence", "dastak"],
  elig="Aged 18 or more (16 for motorcycle).", docs=[CNIC, "Medical certificate (eyesight)"], pt="P1D",
  url="https://dastak.kp.gov.pk/services/learner-licence", rts="P1D", vol=250000,
  dnotes="Applied, paid and printed via Dastak; CNIC data fetched from NADRA.",
  legal="Provincial Motor Vehicles Ordinance 1965; " + RTS_ACT, verified="2026-11-12")
S("TRANSPORT", "DL-PERMANENT", "Permanent driving licence", "مستقل ڈرائیونگ لائسنس", "transport-vehicles", "c",
  "permit-licence", ("fixed", "1500"), "dk oc", "L3", "A",
  "Permanent driving licence after the learner period and a driving test.",
  life=["learning to drive"], keywords=["driving", "licence", "test"],
  docs=[CNIC, "Learner licence", "Medical certificate", "Test result"], pt="P7D",
  url="https://dastak.kp.gov.pk/services/driving-licence", rts="P7D", vol=300000, target="L5", tdate="2027-06-30",
  verified="2026-11-12")
S("TRANSPORT", "DL-RENEW", "Driving licence renewal", "ڈرائیونگ لائسنس کی تجدید", "transport-vehicles", "c",
  "permit-licence", ("fixed", "1000"), "dk web fc", "L4", "A",
  "Renewal of an expired or expiring driving licence.", keywords=["driving", "licence", "renewal"],
  docs=[CNIC, "Existing licence", "Medical certificate (over 50)"], pt="P3D",
  url="https://dastak.kp.gov.pk/services/driving-licence-renewal", rts="P3D", vol=180000, verified="2026-11-12")
S("TRANSPORT", "ROUTE-PERMIT", "Route permit for public service vehicles", "روٹ پرمٹ", "transport-vehicles", "b",
  "permit-licence", ("variable", None), "oc", "L1", "S",
  "Permit from the Regional Transport Authority to run a bus, wagon or taxi on a route.",
  life=["starting a business"], keywords=["route permit", "bus", "transport"],
  docs=["Vehicle registration card", "Fitness certificate", CNIC, "Token tax receipt"],
  fee_notes="Depends on vehicle type and route length.", pt="P15D", vol=12000,
  legal="Provincial Motor Vehicles Ordinance 1965")
S("TRANSPORT", "FITNESS", "Vehicle fitness certificate", "گاڑی کا فٹنس سرٹیفکیٹ", "transport-vehicles", "b",
  "certificate", ("fixed", "1000"), "oc", "L1", "R",
  "Certificate that a commercial vehicle is roadworthy, after inspection by the motor vehicle examiner.",
  keywords=["fitness", "vehicle", "inspection"], docs=["Registration card", "Route permit"], pt="P3D", rts="P3D",
  do="Motor Vehicle Examiner", vol=40000,
  comment="Fee amount missing the e-stamp surcharge; please verify with the notification.")
S("TRANSPORT", "DL-DUP", "Duplicate driving licence", None, "transport-vehicles", "c", "permit-licence",
  ("fixed", "700"), "dk oc", "L2", "S",
  "Duplicate licence card when the original is lost or damaged.", keywords=["driving", "licence", "duplicate"],
  docs=[CNIC, "Lost report"], pt="P3D", rts="P3D", vol=25000, target="L4", tdate="2027-03-31")
S("TRANSPORT", "INTL-DP", "International driving permit", "بین الاقوامی ڈرائیونگ پرمٹ", "transport-vehicles", "c",
  "permit-licence", ("fixed", "4000"), "oc", "L0", "D",
  "Permit allowing holders of a Khyber Pakhtunkhwa licence to drive abroad; to be offered by the provincial "
  "licensing authority.", life=["travelling abroad"], keywords=["international", "driving", "permit"],
  docs=[CNIC, "Valid driving licence", "Passport copy", "Visa copy"], pt="P3D", status="planned", target="L3",
  tdate="2027-09-30", vol=None)

# --- Local Government, Elections & Rural Development -----------------------
S("LGE", "BIRTH", "Birth certificate", "پیدائش سرٹیفکیٹ", "certificates-registration", "c", "certificate",
  ("free",), "oc fc door", "L2", "A",
  "Registration of a birth with the village or neighbourhood council and issue of the computerised birth "
  "certificate.", life=["having a baby"], keywords=["birth", "certificate", "child", "پیدائش"],
  docs=["Parents' CNIC copies", "Hospital birth slip or affidavit"],
  fee_notes="Free if registered within 60 days of birth; late registration attracts a fee.", pt="P2D", rts="P2D",
  vol=500000, target="L4", tdate="2027-06-30", legal="Khyber Pakhtunkhwa Local Government Act 2013; " + RTS_ACT,
  verified="2026-10-28")
S("LGE", "DEATH", "Death certificate", "وفات سرٹیفکیٹ", "certificates-registration", "c", "certificate",
  ("free",), "oc fc", "L2", "A",
  "Registration of a death and issue of the computerised death certificate, needed for inheritance and pensions.",
  life=["death of a family member"], keywords=["death", "certificate"],
  docs=["Deceased's CNIC copy", "Applicant's CNIC copy", "Graveyard or hospital slip"], pt="P2D", rts="P2D",
  vol=150000, target="L4", tdate="2027-06-30", legal="Khyber Pakhtunkhwa Local Government Act 2013; " + RTS_ACT,
  verified="2026-10-28")
S("LGE", "MARRIAGE", "Marriage registration", "نکاح کی رجسٹریشن", "certificates-registration", "c",
  "registration", ("fixed", "200"), "oc", "L1", "A",
  "Registration of a nikah with the union council and issue of the computerised marriage certificate.",
  life=["getting married"], keywords=["marriage", "nikah", "certificate"],
  docs=["Nikahnama", "CNIC copies of bride, groom and witnesses"], pt="P7D", rts="P7D", vol=200000,
  legal="Muslim Family Laws Ordinance 1961", verified="2026-05-12")
S("LGE", "DIVORCE", "Divorce registration", "طلاق کی رجسٹریشن", "certificates-registration", "c",
  "registration", ("fixed", "200"), "oc", "L1", "D",
  "Registration of a divorce with the arbitration council of the union council and issue of the certificate.",
  keywords=["divorce", "certificate"], docs=["Divorce deed or notice", "CNIC copies"], pt="P3M", rts="P3M",
  vol=15000, legal="Muslim Family Laws Ordinance 1961")
S("LGE", "BPLAN-RES", "Residential building plan approval", "رہائشی عمارت کے نقشے کی منظوری", "land-property",
  "c", "permit-licence", ("variable", None), "oc fc", "L2", "A",
  "Approval of the plan for building or extending a house in a municipal area.",
  life=["building a house"], keywords=["building plan", "naqsha", "construction", "house"],
  docs=["Ownership document", "Architect's drawings", CNIC, "Fard or registry"],
  fee_notes="Scrutiny fee per square foot of covered area.", pt="P30D", rts="P30D",
  do="Tehsil Officer (Infrastructure)", aa="Tehsil Municipal Officer", vol=25000, target="L4",
  tdate="2027-06-30", verified="2026-08-01")
S("LGE", "BPLAN-COM", "Commercial building plan approval", "تجارتی عمارت کے نقشے کی منظوری", "land-property",
  "b", "permit-licence", ("variable", None), "oc", "L1", "S",
  "Approval of the plan for a commercial building or plaza in a municipal area.",
  life=["starting a business"], keywords=["building plan", "commercial", "plaza"],
  docs=["Ownership document", "Architectural and structural drawings", "Fire safety plan", "NOC from TMA"],
  fee_notes="Scrutiny fee per square foot, higher than residential.", pt="P45D", rts="P45D",
  do="Tehsil Officer (Infrastructure)", aa="Tehsil Municipal Officer", vol=3000)
S("LGE", "TRADE-LIC", "Trade licence", "تجارتی لائسنس", "business-investment", "b", "permit-licence",
  ("variable", "2000"), "oc fc", "L1", "R",
  "Annual licence from the Tehsil Municipal Administration to run a shop or trade.",
  life=["starting a business"], keywords=["trade", "licence", "shop"],
  docs=[CNIC, "Rent agreement or ownership document"], fee_notes="By category of trade; Rs 2,000 for a small shop.",
  pt="P15D", rts="P15D", do="Tehsil Municipal Officer", aa="Assistant Director Local Government", vol=50000,
  comment="Please list the categories of trade with their fees or attach the schedule.")
S("LGE", "WATER-CONN", "Water connection", "پانی کا کنکشن", "utilities-municipal", "cb", "decision",
  ("fixed", "3000"), "oc fc", "L1", "S",
  "New domestic or commercial water connection from the municipal water supply.",
  life=["building a house", "moving home"], keywords=["water", "connection", "municipal"],
  docs=[CNIC, "Ownership document", "Approved building plan"], pt="P15D", rts="P15D",
  do="Tehsil Officer (Infrastructure)", aa="Tehsil Municipal Officer", vol=20000)
S("LGE", "ADVERT-PERMIT", "Permission for an advertisement board", None, "business-investment", "b",
  "permit-licence", ("variable", None), "oc", "L0", "D",
  "Permission to put up a signboard or billboard in a municipal area.", keywords=["signboard", "billboard"],
  docs=["Design and location of the board", CNIC], fee_notes="By size and location.", pt="P15D",
  status="planned", vol=None)
S("LGE", "COMPLETION", "Building completion certificate", None, "land-property", "cb", "certificate",
  ("fixed", "5000"), "oc", "L0", "D",
  "Certificate that a building has been completed according to its approved plan.",
  keywords=["completion", "building", "certificate"], docs=["Approved plan", "Photographs of the building"],
  pt="P30D", rts="P30D", do="Tehsil Officer (Infrastructure)", aa="Tehsil Municipal Officer", vol=2000)

# --- Health ----------------------------------------------------------------
S("HEALTH", "DRUG-SALE", "Drug sale licence", "ڈرگ سیل لائسنس", "licences-permits", "b", "permit-licence",
  ("fixed", "3000"), "web oc", "L3", "A",
  "Licence to open a pharmacy or medical store, granted after inspection of the premises.",
  life=["starting a business"], keywords=["drug", "pharmacy", "licence", "medical store"],
  elig="Qualified person (pharmacist or holder of a pharmacy technician certificate).",
  docs=[CNIC, "Qualified person's registration", "Rent agreement", "Premises layout"], pt="P10D",
  url="https://kp.gov.pk/health/drug-licence", rts="P10D", do="Licensing Authority (Drugs)",
  aa="Director General Drug Control", vol=5000, target="L4", tdate="2027-03-31", legal="Drugs Act 1976; " + RTS_ACT,
  verified="2026-09-25")
S("HEALTH", "OPD", "OPD consultation at a public hospital", "او پی ڈی معائنہ", "health", "c", "decision",
  ("free",), "oc", "L1", "A",
  "Out-patient consultation at a district or teaching hospital.", keywords=["opd", "hospital", "doctor"],
  docs=[CNIC], fee_notes="Token slip fee may apply at some hospitals.", pt="PT2H", rts="PT2H", vol=None,
  verified="2026-07-01", legal=RTS_ACT)
S("HEALTH", "EMERGENCY", "Emergency care", "ایمرجنسی علاج", "health", "c", "decision", ("free",), "oc hl",
  "L0", "A", "Emergency treatment at public hospitals, to begin within 30 minutes of arrival.",
  keywords=["emergency", "hospital", "ambulance"], docs=[], pt="PT30M", rts="PT30M", do="Casualty Medical Officer",
  vol=None, verified="2026-07-01", legal=RTS_ACT)
S("HEALTH", "HCE-REG", "Private health care establishment registration", "نجی صحت مرکز کی رجسٹریشن", "health",
  "b", "registration", ("variable", None), "oc web", "L2", "S",
  "Registration and licensing of private hospitals, clinics and laboratories with the Health Care Commission.",
  keywords=["clinic", "hospital", "registration", "health care commission"],
  docs=["Owner's CNIC copy", "Staff qualifications", "Building layout"], fee_notes="By category of establishment.",
  pt="P30D", vol=3000, legal="Khyber Pakhtunkhwa Health Care Commission Act 2015")
S("HEALTH", "SEHAT-CARD", "Sehat Card Plus treatment", "صحت کارڈ پلس", "social-protection", "c",
  "financial-benefit", ("free",), "web app hl", "L6", "A",
  "Free in-patient treatment at empanelled hospitals for residents of the province, using the CNIC. "
  "Eligibility is checked against NADRA records without any documents.",
  life=["falling ill"], keywords=["sehat card", "health insurance", "hospital", "صحت کارڈ"],
  elig="Resident of Khyber Pakhtunkhwa (CNIC address in the province).", docs=[CNIC], pt="PT1H",
  url="https://kp.gov.pk/sehatcard", vol=1500000, dnotes="Eligibility checked online against NADRA.",
  verified="2026-11-20")
S("HEALTH", "IMMUNISATION", "Routine childhood immunisation", "حفاظتی ٹیکے", "health", "c", "decision",
  ("free",), "oc door", "L1", "S",
  "Free vaccines for children under two at health facilities and through outreach teams.",
  life=["having a baby"], keywords=["vaccination", "children", "epi"], docs=["Child's birth certificate or card"],
  pt="PT1H", vol=None)
S("HEALTH", "MLC", "Medico-legal certificate", None, "justice-police-security", "c", "certificate", ("free",),
  "oc", "L0", "R", "Medico-legal examination and certificate for injury or assault cases referred by police.",
  keywords=["medico-legal", "injury", "police"], docs=["Police referral letter"], pt="P1D", rts="P1D",
  do="Medico-Legal Officer", vol=40000,
  comment="Designated officer and appellate authority do not match the RTS notification; please check.")

# --- Elementary & Secondary Education --------------------------------------
S("ESE", "PVT-SCHOOL-REG", "Private school registration", "نجی اسکول کی رجسٹریشن", "education", "b",
  "registration", ("variable", None), "web oc", "L3", "A",
  "Registration of a private school with the Private Schools Regulatory Authority.",
  life=["starting a business"], keywords=["school", "private", "registration"],
  docs=["Owner's CNIC copy", "Building safety certificate", "Teachers' qualifications", "Fee structure"],
  fee_notes="By school level and enrolment.", pt="P1M", url="https://kp.gov.pk/psra/registration", vol=2000,
  legal="Khyber Pakhtunkhwa Private Schools Regulatory Authority Act 2017", verified="2026-08-15")
S("ESE", "SLC-VERIFY", "School leaving certificate verification", "اسکول چھوڑنے کے سرٹیفکیٹ کی تصدیق",
  "education", "c", "certificate", ("fixed", "200"), "oc", "L1", "S",
  "Verification of a school leaving certificate by the District Education Officer.",
  keywords=["school", "certificate", "verification"], docs=["Original school leaving certificate", CNIC],
  pt="P7D", rts="P7D", vol=30000)
S("ESE", "BISE-VERIFY", "Verification of secondary school certificate", "میٹرک سند کی تصدیق", "education", "c",
  "certificate", ("fixed", "1000"), "oc post", "L2", "D",
  "Verification of matric and intermediate certificates by the Board of Intermediate and Secondary Education.",
  keywords=["matric", "board", "verification"], docs=["Certificate copy", CNIC], pt="P15D", vol=40000,
  target="L3", tdate="2027-06-30")
S("ESE", "GIRLS-STIPEND", "Stipend for girl students", "طالبات کا وظیفہ", "education", "c", "financial-benefit",
  ("free",), "oc", "L1", "S",
  "Monthly stipend for girls enrolled in government secondary schools to improve attendance.",
  keywords=["stipend", "girls", "school"], elig="Girls in classes 6 to 10 of government schools.",
  docs=["School enrolment record", "Guardian's CNIC copy"], pt="P3M", vol=None)

# --- Higher Education, Archives & Libraries --------------------------------
S("HED", "ADMISSIONS", "Online college admissions", "کالج داخلے", "education", "c", "decision",
  ("fixed", "500"), "web", "L5", "A",
  "Admission to government colleges through a central online portal with merit lists published online.",
  life=["admission to college"], keywords=["admission", "college", "merit"],
  docs=["Matric or intermediate result", CNIC + " or B-form", "Domicile certificate"], pt="P1M",
  url="https://kp.gov.pk/hed/admissions", vol=150000, dnotes="Application, fee and merit list are online.",
  verified="2026-09-01")
S("HED", "DEGREE-VERIFY", "Degree verification", "ڈگری کی تصدیق", "education", "c", "certificate",
  ("fixed", "1000"), "web oc", "L3", "S",
  "Verification of a college degree or transcript for employment or study abroad.",
  keywords=["degree", "verification", "transcript"], docs=["Degree copy", CNIC], pt="P15D",
  url="https://kp.gov.pk/hed/degree-verification", rts="P15D", vol=20000)
S("HED", "MERIT-SCHOLAR", "Merit scholarship", "میرٹ اسکالرشپ", "education", "c", "financial-benefit",
  ("free",), "web", "L3", "A", "Scholarships for high-achieving students in government colleges.",
  keywords=["scholarship", "merit", "college"], elig="Students in the top merit positions of each college.",
  docs=["Result card", CNIC, "Bank account details"], pt="P3M", url="https://kp.gov.pk/hed/scholarships",
  vol=10000, verified="2026-09-01")
S("HED", "LIBRARY", "Public library membership", None, "education", "c", "registration", ("fixed", "200"), "oc",
  "L0", "D", "Membership of a public library run by the Directorate of Archives and Libraries.",
  keywords=["library", "books", "membership"], docs=[CNIC, "One photograph"], pt="P1D",
  districts="peshawar abbottabad mardan swat dera-ismail-khan", vol=3000)

# --- Industries, Commerce & Technical Education ----------------------------
S("INDUSTRIES", "FIRM-REG", "Registration of a firm / partnership", "فرم / شراکت داری کی رجسٹریشن",
  "business-investment", "b", "registration", ("fixed", "1500"), "oc fc", "L1", "S",
  "Registration of a partnership firm with the Registrar of Firms.", life=["starting a business"],
  keywords=["firm", "partnership", "registration"], docs=["Partnership deed", "Partners' CNIC copies"],
  pt="P7D", rts="P7D", vol=4000, legal="Partnership Act 1932")
S("INDUSTRIES", "BUSINESS-REG", "Business registration", "کاروبار کی رجسٹریشن", "business-investment", "b",
  "registration", ("free",), "web fc", "L4", "A",
  "Single online registration of a business with the province, shared with the departments that license it.",
  life=["starting a business"], keywords=["business", "registration", "startup"], docs=[CNIC, "Business address"],
  pt="P3D", url="https://kp.gov.pk/business/register", vol=8000, target="L6", tdate="2027-12-31",
  verified="2026-10-10")
S("INDUSTRIES", "WM-LICENCE", "Weights and measures licence", "اوزان و پیمائش کا لائسنس", "licences-permits",
  "b", "permit-licence", ("fixed", "2500"), "oc", "L0", "R",
  "Licence to make, repair or sell weights, scales and measures, with periodic stamping.",
  keywords=["weights", "measures", "scales"], docs=[CNIC, "Shop particulars"], pt="P15D", vol=1500,
  comment="Description should say how often the licence must be renewed.")
S("INDUSTRIES", "TVET-ADMISSION", "Admission to technical and vocational courses", None, "education", "c",
  "decision", ("fixed", "100"), "oc", "L1", "D",
  "Admission to short and long courses at government technical and vocational institutes.",
  keywords=["technical", "vocational", "training"], docs=[CNIC + " or B-form", "Educational certificates"],
  pt="P15D", vol=30000)
S("INDUSTRIES", "ESTATE-PLOT", "Allotment of a plot in an industrial estate", None, "business-investment", "b",
  "decision", ("variable", None), "oc", "L0", "D",
  "Allotment of industrial plots in the province's industrial estates and economic zones.",
  keywords=["industrial", "plot", "estate"], docs=["Company registration", "Project proposal", CNIC],
  fee_notes="Plot price by estate and size.", pt="P3M", districts="peshawar nowshera haripur mardan swat",
  status="planned", target="L3", tdate="2027-12-31", vol=None)

# --- Labour ----------------------------------------------------------------
S("LABOUR", "SHOPS-REG", "Shops and establishments registration", "دکانوں اور اداروں کی رجسٹریشن",
  "employment-labour", "b", "registration", ("variable", None), "oc web", "L2", "A",
  "Registration of shops, offices and commercial establishments with the Labour Department.",
  life=["starting a business"], keywords=["shop", "establishment", "registration", "labour"],
  docs=[CNIC, "Rent agreement", "List of employees"], fee_notes="By number of employees.", pt="P7D", rts="P7D",
  vol=20000, legal="Khyber Pakhtunkhwa Shops and Establishments Act 2015", verified="2026-06-30")
S("LABOUR", "FACTORY-REG", "Factory registration", "فیکٹری کی رجسٹریشن", "employment-labour", "b",
  "registration", ("variable", None), "oc", "L1", "S",
  "Registration and licensing of a factory, with inspection of working conditions.",
  keywords=["factory", "registration", "inspection"], docs=["Site plan", "Owner's CNIC copy", "List of machinery"],
  fee_notes="By installed horsepower and workers.", pt="P30D", rts="P30D", do="Inspector of Factories",
  aa="Director Labour", vol=600, legal="Factories Act 1934")
S("LABOUR", "WORKER-GRANT", "Worker marriage / death grant", "مزدور کے لیے شادی / وفات گرانٹ",
  "social-protection", "c", "financial-benefit", ("free",), "oc", "L1", "S",
  "Grant to registered industrial workers for a daughter's marriage, or to the family on a worker's death.",
  life=["getting married", "death of a family member"], keywords=["worker", "grant", "marriage", "death"],
  docs=["Worker's registration card", CNIC, "Nikahnama or death certificate"], pt="P3M", status="suspended",
  dnotes="Suspended while the welfare board's funds are released.", vol=3000)
S("LABOUR", "WORKER-SCHOLAR", "Scholarship for workers' children", None, "education", "c", "financial-benefit",
  ("free",), "oc", "L0", "D", "Scholarships for children of registered workers studying in colleges and universities.",
  keywords=["scholarship", "worker", "children"], docs=["Worker's registration card", "Result card"], pt="P3M",
  vol=2500)

# --- Agriculture, Livestock & Cooperatives ---------------------------------
S("AGRI", "PESTICIDE-DEALER", "Pesticide dealer licence", "زرعی ادویات ڈیلر لائسنس", "agriculture-environment",
  "b", "permit-licence", ("fixed", "5000"), "oc", "L1", "S",
  "Licence to sell agricultural pesticides, after checking the dealer's qualification and storage.",
  keywords=["pesticide", "dealer", "licence"], docs=[CNIC, "Training certificate", "Shop particulars"],
  pt="P30D", rts="P30D", vol=1200, legal="Agricultural Pesticides Ordinance 1971")
S("AGRI", "FERTILIZER-DEALER", "Fertilizer dealer licence", "کھاد ڈیلر لائسنس", "agriculture-environment", "b",
  "permit-licence", ("fixed", "2000"), "oc", "L1", "S", "Licence to sell fertilizers at a retail shop.",
  keywords=["fertilizer", "dealer", "licence"], docs=[CNIC, "Shop particulars"], pt="P15D", rts="P15D",
  vol=2500)
S("AGRI", "COOP-REG", "Cooperative society registration", "کوآپریٹو سوسائٹی کی رجسٹریشن", "business-investment",
  "cn", "registration", ("fixed", "500"), "oc", "L0", "D", "Registration of a cooperative society and its by-laws.",
  keywords=["cooperative", "society", "registration"], docs=["By-laws", "Members' CNIC copies"], pt="P1M",
  vol=300, legal="Cooperative Societies Act 1925")
S("AGRI", "SOIL-TEST", "Soil and water testing", "مٹی کا تجزیہ", "agriculture-environment", "c", "certificate",
  ("fixed", "150"), "oc", "L1", "D", "Laboratory analysis of soil and irrigation water with fertilizer advice.",
  keywords=["soil", "testing", "farm"], docs=["Soil sample"], pt="P7D", vol=15000)
S("AGRI", "VET-TREATMENT", "Veterinary treatment of livestock", "مویشیوں کا علاج", "agriculture-environment",
  "c", "decision", ("fixed", "100"), "oc door", "L0", "D",
  "Treatment and vaccination of animals at veterinary hospitals and through mobile teams.",
  keywords=["livestock", "veterinary", "animals"], docs=[], fee_notes="Nominal slip fee.", pt="PT2H", vol=None)

# --- Climate Change, Forestry, Environment & Wildlife ----------------------
S("CCFEW", "HUNTING", "Hunting licence", "شکار کا لائسنس", "agriculture-environment", "c", "permit-licence",
  ("variable", None), "web", "L5", "A", "Licence for seasonal bird shooting and game hunting, applied and paid "
  "online.", keywords=["hunting", "licence", "wildlife", "shooting"],
  docs=[CNIC, "Arms licence"], fee_notes="By type of licence and season; trophy hunting is auctioned separately.",
  pt="P3D", url="https://kp.gov.pk/wildlife/hunting-licence", vol=10000,
  legal="Khyber Pakhtunkhwa Wildlife and Biodiversity Act 2015", verified="2026-10-15")
S("CCFEW", "TIMBER-TRANSIT", "Timber transit permit", "عمارتی لکڑی کا راہداری پرمٹ", "agriculture-environment",
  "cb", "permit-licence", ("variable", None), "oc", "L1", "R", "Permit to move timber from forest areas.",
  keywords=["timber", "transit", "forest"], docs=["Proof of legal origin of timber", CNIC],
  fee_notes="Per cubic foot.", pt="P10D", rts="P10D", vol=5000,
  districts="swat upper-dir lower-dir mansehra abbottabad shangla battagram kolai-palas upper-kohistan torghar",
  legal="Khyber Pakhtunkhwa Forest Ordinance 2002",
  comment="Districts list seems incomplete (Chitral is missing); please confirm.")
S("CCFEW", "ENV-APPROVAL", "Environmental approval (IEE / EIA)", "ماحولیاتی منظوری", "agriculture-environment",
  "bg", "decision", ("variable", None), "oc em", "L2", "S",
  "Approval of an Initial Environmental Examination or Environmental Impact Assessment before a project "
  "starts.", keywords=["environment", "eia", "iee", "approval"], docs=["IEE or EIA report", "Project documents"],
  fee_notes="Review fee by project cost.", pt="P4M", vol=700,
  legal="Khyber Pakhtunkhwa Environmental Protection Act 2014")
S("CCFEW", "SAWMILL", "Saw mill registration", None, "agriculture-environment", "b", "registration",
  ("fixed", "10000"), "oc", "L0", "D", "Registration of saw mills and timber depots.",
  keywords=["saw mill", "timber"], docs=[CNIC, "Premises particulars"], pt="P1M", status="planned", vol=None)

# --- Irrigation -------------------------------------------------------------
S("IRRIGATION", "ABIANA", "Water tax (abiana) payment", "آبیانہ کی ادائیگی", "taxes-fees-payments", "c",
  "payment-receipt", ("variable", None), "web oc", "L4", "A",
  "Payment of the canal water rate for irrigated land, with an online demand and record.",
  keywords=["abiana", "water tax", "canal"], docs=["Khata number"], fee_notes="Rate per acre by crop.",
  pt="P1D", url="https://kp.gov.pk/irrigation/abiana", vol=120000,
  districts="peshawar charsadda mardan swabi nowshera dera-ismail-khan bannu lakki-marwat",
  legal="Canal and Drainage Act 1873", verified="2026-10-30")
S("IRRIGATION", "WATERCOURSE", "Permission for a water-course", "واٹر کورس کی اجازت", "agriculture-environment",
  "c", "permit-licence", ("free",), "oc", "L0", "D", "Permission to build or realign a water-course from a canal outlet.",
  keywords=["water-course", "canal", "permission"], docs=[CNIC, "Fard", "Sketch of the water-course"],
  pt="P1M", districts="peshawar charsadda mardan swabi nowshera dera-ismail-khan bannu lakki-marwat", vol=800)

# --- Public Health Engineering ---------------------------------------------
S("PHE", "RURAL-WATER", "Rural water-supply connection", "دیہی واٹر سپلائی کنکشن", "utilities-municipal", "c",
  "decision", ("fixed", "1500"), "oc", "L0", "D", "Connection to a rural water-supply scheme.",
  keywords=["water", "connection", "village"], docs=[CNIC, "Recommendation of the scheme committee"],
  pt="P15D", rts="P15D", vol=10000)
S("PHE", "WATER-QUALITY", "Water quality complaint", "پانی کے معیار کی شکایت", "information-complaints", "c",
  "decision", ("free",), "hl sms oc", "L2", "S", "Complaint about the quality of supplied drinking water, with "
  "sampling and testing.", keywords=["water", "quality", "complaint"], docs=[], pt="P3D", vol=4000)

# --- Housing ------------------------------------------------------------------
S("HOUSING", "PLOT-REG", "Plot registration", "پلاٹ کی رجسٹریشن", "land-property", "c", "registration",
  ("fixed", "5000"), "web oc", "L4", "A", "Registration for a plot in a public housing scheme, applied online "
  "with a computerised balloting record.", keywords=["plot", "housing", "registration"],
  docs=[CNIC, "Domicile certificate", PHOTOS2], pt="P1M", url="https://kp.gov.pk/housing/plot-registration",
  districts="peshawar nowshera abbottabad mardan", vol=30000, verified="2026-09-20")
S("HOUSING", "PLOT-TRANSFER", "Plot transfer", "پلاٹ کی منتقلی", "land-property", "c", "registration",
  ("variable", None), "oc", "L1", "S", "Transfer of an allotted plot in a public housing scheme to a new owner.",
  keywords=["plot", "transfer", "housing"], docs=["Allotment letter", "CNIC copies of both parties", "NOC"],
  fee_notes="Transfer fee per marla.", pt="P15D", districts="peshawar nowshera abbottabad mardan", vol=4000)
S("HOUSING", "ALLOTMENT", "Allotment letter", "الاٹمنٹ لیٹر", "land-property", "c", "certificate",
  ("fixed", "2500"), "oc", "L1", "R", "Issue of the allotment letter to successful applicants after balloting.",
  keywords=["allotment", "plot", "housing"], docs=["Balloting result", CNIC], pt="P1M",
  districts="peshawar nowshera abbottabad mardan", vol=3000,
  comment="Processing time should start from the date of full payment; please rephrase.")

# --- Social Welfare, Special Education & Women Empowerment -----------------
S("SWD", "DISABILITY", "Disability certificate", "معذوری سرٹیفکیٹ", "social-protection", "c", "certificate",
  ("free",), "oc door", "L1", "A", "Certificate of disability issued after assessment by a medical board; it "
  "gives access to the job quota and concessions.", keywords=["disability", "certificate", "special"],
  docs=[CNIC + " or B-form", "Medical report", PHOTOS2], pt="P15D", rts="P15D", vol=15000,
  verified="2026-04-22")
S("SWD", "NGO-REG", "NGO registration", "این جی او کی رجسٹریشن", "certificates-registration", "n",
  "registration", ("fixed", "2000"), "oc", "L1", "S", "Registration of a voluntary social welfare agency.",
  keywords=["ngo", "registration", "welfare"], docs=["Constitution", "Members' CNIC copies", "Office address"],
  pt="P2M", vol=800, legal="Voluntary Social Welfare Agencies (Registration and Control) Ordinance 1961")
S("SWD", "SENIOR-CARD", "Senior citizen card", "بزرگ شہری کارڈ", "social-protection", "c", "physical-object",
  ("free",), "oc", "L0", "D", "Card for citizens aged 60 and above giving concessions in public places.",
  keywords=["senior", "elderly", "card"], docs=[CNIC], pt="P1M", status="planned", target="L3",
  tdate="2027-06-30", vol=None, legal="Khyber Pakhtunkhwa Senior Citizens Act 2014")
S("SWD", "DAR-UL-AMAN", "Shelter at Dar-ul-Aman", "دارالامان میں داخلہ", "social-protection", "c", "decision",
  ("free",), "oc hl", "L0", "D", "Temporary shelter, legal aid and counselling for women in distress.",
  keywords=["shelter", "women", "protection"], docs=[], pt="PT2H",
  districts="peshawar mardan abbottabad swat dera-ismail-khan kohat", vol=None)

# --- Zakat & Ushr --------------------------------------------------------------
S("ZAKAT", "GUZARA", "Guzara allowance", "گزارہ الاؤنس", "social-protection", "c", "financial-benefit",
  ("free",), "oc", "L0", "A", "Monthly subsistence allowance from Zakat funds for deserving persons.",
  keywords=["zakat", "allowance", "poor"], elig="Deserving Muslim resident verified by the local Zakat committee.",
  docs=[CNIC, "Local Zakat committee recommendation"], pt="P2M", vol=50000, verified="2026-03-10")
S("ZAKAT", "EDU-STIPEND", "Educational stipend", "تعلیمی وظیفہ", "education", "c", "financial-benefit",
  ("free",), "oc", "L0", "D", "Stipend from Zakat funds for deserving students.",
  keywords=["zakat", "stipend", "students"], docs=["Enrolment certificate", "Guardian's CNIC copy"], pt="P2M",
  vol=20000)
S("ZAKAT", "MARRIAGE-GRANT", "Marriage grant (jahez)", "شادی گرانٹ", "social-protection", "c",
  "financial-benefit", ("free",), "oc", "L0", "D", "Grant towards the marriage of daughters of deserving families.",
  keywords=["marriage", "grant", "zakat"], docs=[CNIC, "Nikah date proof"], pt="P1M", status="planned", vol=None)

# --- Auqaf, Hajj, Religious & Minority Affairs -------------------------------
S("AUQAF", "MINORITY-SCHOLAR", "Scholarship for minority students", "اقلیتی طلبہ کے لیے وظیفہ", "education", "c",
  "financial-benefit", ("free",), "oc", "L1", "D", "Scholarships for students from religious minorities.",
  keywords=["minority", "scholarship", "students"], docs=[CNIC + " or B-form", "Result card"], pt="P3M", vol=3000)
S("AUQAF", "HAJJ", "Hajj facilitation", "حج سہولت", "other", "c", "decision", ("free",), "oc hl", "L1", "D",
  "Training and facilitation of intending pilgrims from the province.", keywords=["hajj", "pilgrims"],
  docs=[CNIC, "Hajj application receipt"], pt="P1M", vol=None)

# --- Tourism, Culture, Archaeology & Museums ---------------------------------
S("TOURISM", "HOTEL-REG", "Hotel / guest-house registration", "ہوٹل / گیسٹ ہاؤس کی رجسٹریشن",
  "business-investment", "b", "registration", ("variable", None), "oc", "L1", "S",
  "Registration and grading of hotels, motels and guest houses with the tourism authority.",
  keywords=["hotel", "guest house", "tourism"], docs=[CNIC, "Ownership or lease document", "Premises photographs"],
  fee_notes="By category and number of rooms.", pt="P1M", vol=1500)
S("TOURISM", "TOUR-OPERATOR", "Tour operator licence", "ٹور آپریٹر لائسنس", "licences-permits", "b",
  "permit-licence", ("fixed", "15000"), "oc", "L0", "D", "Licence to operate as a tour operator or travel agent.",
  keywords=["tour", "operator", "licence"], docs=["Company registration", CNIC], pt="P1M", vol=200)
S("TOURISM", "CAMPING-POD", "Camping pod booking", "کیمپنگ پوڈ کی بکنگ", "other", "c", "payment-receipt",
  ("variable", None), "web app", "L5", "A", "Online booking and payment for camping pods at tourist sites.",
  keywords=["camping", "tourism", "booking"], docs=[CNIC], fee_notes="Per night, by site and season.",
  pt="PT30M", url="https://kp.gov.pk/tourism/camping-pods", districts="swat upper-chitral mansehra abbottabad",
  vol=15000, verified="2026-08-05")

# --- Mines & Minerals Development -------------------------------------------
S("MINES", "EXPLORATION", "Mineral exploration licence", "معدنی تلاش کا لائسنس", "business-investment", "b",
  "permit-licence", ("fixed", "25000"), "oc", "L1", "D", "Licence to explore for minerals in a specified area.",
  keywords=["minerals", "exploration", "licence"], docs=["Company registration", "Work plan", "Area map"],
  pt="P2M", vol=200, legal="Khyber Pakhtunkhwa Minerals Sector Governance Act 2017")
S("MINES", "MINING-LEASE", "Mining lease", "کان کنی لیز", "business-investment", "b", "permit-licence",
  ("variable", None), "oc", "L0", "D", "Lease to extract minerals from a specified area.",
  keywords=["mining", "lease", "minerals"], docs=["Exploration report", "Feasibility study"],
  fee_notes="Annual rent per acre plus royalty.", pt="P3M", vol=300,
  legal="Khyber Pakhtunkhwa Minerals Sector Governance Act 2017")

# --- Information & Public Relations -------------------------------------------
S("INFO", "RTI", "Right-to-information request", "معلومات تک رسائی کی درخواست", "information-complaints", "c",
  "decision", ("free",), "web em post", "L3", "D",
  "Request for information held by a public body, answered by its public information officer.",
  keywords=["rti", "information", "request"], docs=["Written request"],
  fee_notes="Copying charges may apply.", pt="P10D", url="https://kp.gov.pk/rti/request", vol=6000,
  legal="Khyber Pakhtunkhwa Right to Information Act 2013")
S("INFO", "MEDIA-ACCRED", "Media accreditation", "میڈیا ایکریڈیٹیشن", "other", "c", "physical-object", ("free",),
  "oc", "L0", "D", "Accreditation card for journalists covering the provincial government.",
  keywords=["media", "journalist", "accreditation"], docs=[CNIC, "Employer's letter"], pt="P1M", vol=1000)

# --- Energy & Power -------------------------------------------------------------
S("ENERGY", "ELEC-CONTRACTOR", "Electrical contractor licence", "برقی ٹھیکیدار لائسنس", "licences-permits", "b",
  "permit-licence", ("fixed", "8000"), "oc", "L0", "D",
  "Licence for electrical contractors to carry out installations, issued by the Electric Inspector.",
  keywords=["electrical", "contractor", "licence"], docs=[CNIC, "Competency certificate"], pt="P1M",
  status="planned", target="L3", tdate="2027-12-31", vol=None)

# ---------------------------------------------------------------------------
LEVELS = ["L0", "L1", "L2", "L3", "L4", "L5", "L6"]


def iso_days_before(date_iso, days):
    return (_dt.date.fromisoformat(date_iso) - _dt.timedelta(days=days)).isoformat()


def build():
    refdata = json.load(open(REFDATA, encoding="utf-8"))["lists"]
    codes = {k: [x["code"] for x in v] for k, v in refdata.items()}

    departments = []
    for i, (code, en, ur, parent, sec, focal, mbox, tail, web, expected, deadline, notes) in enumerate(DEPARTMENTS):
        departments.append({
            "code": code, "name_en": en, "name_ur": ur, "parent_code": parent, "secretary": sec,
            "focal_person": focal, "email": mbox + "@kp.gov.pk", "phone": "+92 91 " + tail, "website": web,
            "expected_services": expected, "submission_deadline": deadline, "notes": notes, "active": True,
        })
    dept_phone = {d["code"]: d["phone"] for d in departments}
    dept_mail = {d["code"]: d["email"] for d in departments}

    services = []
    for i, s in enumerate(SERVICES):
        kw = dict(s["kw"])
        dept = s["dept"]
        fee_type = s["fee"][0]
        fee_amount = s["fee"][1] if len(s["fee"]) > 1 else None
        state = STATE[s["state"]]
        status = kw.pop("status", "active")
        rts = kw.pop("rts", None)
        do_default, aa_default = RTS_OFFICERS.get(dept, (None, None))
        do = kw.pop("do", do_default if rts else None)
        aa = kw.pop("aa", aa_default if rts else None)
        legal = kw.pop("legal", RTS_ACT if rts else None)
        level = s["level"]
        target = kw.pop("target", None)
        tdate = kw.pop("tdate", None)
        districts = kw.pop("districts", "all").split()
        # Contacts: most services use the department's numbers; every seventh has none recorded.
        phone = kw.pop("phone", None if i % 7 == 3 else dept_phone[dept])
        email = kw.pop("email", None if i % 7 in (3, 5) else dept_mail[dept])
        verified = kw.pop("verified", None)
        if verified is None and state == "submitted":
            verified = iso_days_before("2026-11-20", (i * 11) % 120)
        services.append({
            "department_code": dept,
            "code": s["code"],
            "name_en": s["name_en"],
            "name_ur": s["name_ur"],
            "description": s["desc"],
            "category": s["category"],
            "audience": [AUD[a] for a in s["aud"]],
            "life_events": kw.pop("life", []),
            "keywords": kw.pop("keywords"),
            "eligibility": kw.pop("elig", None),
            "required_documents": kw.pop("docs", []),
            "output_type": s["output"],
            "fee_type": fee_type,
            "fee_amount_pkr": fee_amount,
            "fee_notes": kw.pop("fee_notes", None),
            "processing_time": kw.pop("pt", None),
            "channels": [CH[c] for c in s["channels"].split()],
            "online_url": kw.pop("url", None),
            "districts": districts,
            "rts_notified": rts is not None,
            "rts_time_limit": rts,
            "designated_officer": do,
            "appellate_authority": aa,
            "digitization_level": level,
            "digitization_notes": kw.pop("dnotes", None),
            "target_level": target,
            "target_date": tdate,
            "annual_volume": kw.pop("vol", None),
            "legal_basis": legal,
            "contact_phone": phone,
            "contact_email": email,
            "status": status,
            "last_verified": verified,
            "state": state,
            "review_comment": kw.pop("comment", None),
        })
        assert not kw, (dept, s["code"], "unknown keys", kw)

    catalogue = {
        "label": "Sample data, not an official list",
        "note": "Illustrative catalogue shaped after the programme's reported figures (26 departments, "
                "106 services, about 30 % online). Not an official list.",
        "departments": departments,
        "services": services,
    }
    check(catalogue, codes)
    return catalogue


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
DURATION_RE = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()-]{5,18}[0-9]$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_RE = re.compile(r"^\d{1,12}(\.\d{1,2})?$")
URDU_RE = re.compile(r"[\u0600-\u06FF]")
ONLINE = {"web-portal", "mobile-app", "dastak"}


def is_date(v):
    if not isinstance(v, str) or not DATE_RE.match(v):
        return False
    _dt.date.fromisoformat(v)
    return True


def check(cat, codes):
    deps, svcs = cat["departments"], cat["services"]
    dep_keys = ["code", "name_en", "name_ur", "parent_code", "secretary", "focal_person", "email", "phone",
                "website", "expected_services", "submission_deadline", "notes", "active"]
    seen = []
    for d in deps:
        assert list(d) == dep_keys, d["code"]
        assert re.match(r"^[A-Z0-9-]{2,12}$", d["code"]) and d["code"] not in seen, d["code"]
        assert d["parent_code"] is None or d["parent_code"] in seen, d["code"]
        seen.append(d["code"])
        assert d["name_en"] and len(d["name_en"]) <= 220 and URDU_RE.search(d["name_ur"]), d["code"]
        assert EMAIL_RE.match(d["email"]) and PHONE_RE.match(d["phone"]) and 7 <= len(d["phone"]) <= 20
        assert d["website"] is None or d["website"].startswith("https://")
        assert isinstance(d["expected_services"], int) and d["expected_services"] > 0
        assert is_date(d["submission_deadline"]) and "2026-10-31" <= d["submission_deadline"] <= "2027-01-31"
        assert d["active"] is True
    assert len(deps) == 26
    assert sum(p is not None for p in (d["parent_code"] for d in deps)) <= 2
    assert any(d["submission_deadline"] < TODAY for d in deps)

    svc_keys = ["department_code", "code", "name_en", "name_ur", "description", "category", "audience",
                "life_events", "keywords", "eligibility", "required_documents", "output_type", "fee_type",
                "fee_amount_pkr", "fee_notes", "processing_time", "channels", "online_url", "districts",
                "rts_notified", "rts_time_limit", "designated_officer", "appellate_authority",
                "digitization_level", "digitization_notes", "target_level", "target_date", "annual_volume",
                "legal_basis", "contact_phone", "contact_email", "status", "last_verified", "state",
                "review_comment"]
    keyset = set()
    for s in svcs:
        where = s["department_code"] + "/" + s["code"]
        assert list(s) == svc_keys, where
        assert s["department_code"] in seen, where
        assert re.match(r"^[A-Z0-9-]{2,24}$", s["code"]) and where not in keyset, where
        keyset.add(where)
        assert s["name_en"] and len(s["name_en"]) <= 220, where
        assert s["name_ur"] is None or URDU_RE.search(s["name_ur"]), where
        assert s["description"] and len(s["description"]) <= 4000 and "\n" not in s["description"], where
        assert s["category"] in codes["category"], where
        assert s["audience"] and all(a in codes["audience"] for a in s["audience"]), where
        assert len(set(s["audience"])) == len(s["audience"])
        assert all(len(x) <= 120 and ";" not in x for x in s["life_events"]), where
        assert 2 <= len(s["keywords"]) <= 6, where
        assert all(k == k.lower() and len(k) <= 60 and ";" not in k for k in s["keywords"]), where
        assert s["eligibility"] is None or len(s["eligibility"]) <= 2000
        assert all(len(x) <= 300 and ";" not in x for x in s["required_documents"]), where
        assert s["output_type"] in codes["output_type"], where
        assert s["fee_type"] in codes["fee_type"], where
        if s["fee_type"] == "fixed":
            assert s["fee_amount_pkr"] and MONEY_RE.match(s["fee_amount_pkr"]), where
            assert 100 <= float(s["fee_amount_pkr"]) <= 25000, where
        elif s["fee_type"] == "free":
            assert s["fee_amount_pkr"] is None, where
        else:
            assert s["fee_amount_pkr"] is None or MONEY_RE.match(s["fee_amount_pkr"]), where
        assert s["processing_time"] is None or DURATION_RE.match(s["processing_time"]), where
        assert s["channels"] and all(c in codes["channel"] for c in s["channels"]), where
        assert len(set(s["channels"])) == len(s["channels"]), where
        assert s["online_url"] is None or (s["online_url"].startswith("https://") and " " not in s["online_url"])
        d = s["districts"]
        assert d and len(set(d)) == len(d) and all(x in codes["district"] for x in d), where
        assert d == ["all"] or "all" not in d, where
        if s["rts_notified"]:
            assert DURATION_RE.match(s["rts_time_limit"]) and s["designated_officer"], where
        else:
            assert s["rts_time_limit"] is None, where
        lv = s["digitization_level"]
        assert lv in codes["level"], where
        if LEVELS.index(lv) >= 3:
            assert s["online_url"] and ONLINE & set(s["channels"]), where
        assert s["target_level"] is None or LEVELS.index(s["target_level"]) >= LEVELS.index(lv), where
        assert s["target_date"] is None or is_date(s["target_date"])
        assert s["annual_volume"] is None or (isinstance(s["annual_volume"], int) and s["annual_volume"] >= 0)
        assert s["contact_phone"] is None or PHONE_RE.match(s["contact_phone"]), where
        assert s["contact_email"] is None or EMAIL_RE.match(s["contact_email"]), where
        assert s["status"] in codes["status"], where
        assert s["last_verified"] is None or (is_date(s["last_verified"]) and s["last_verified"] <= TODAY), where
        assert s["state"] in codes["state"], where
        assert (s["review_comment"] is not None) == (s["state"] == "returned"), where

    # Shape targets
    assert len(svcs) == 106
    by_dep = Counter(s["department_code"] for s in svcs)
    assert sum(1 for d in deps if by_dep[d["code"]] == 0) >= 2
    assert all(d["expected_services"] >= by_dep[d["code"]] for d in deps)
    assert sum(1 for d in deps if d["expected_services"] > by_dep[d["code"]]) >= 10
    all_draft = [c for c in by_dep if all(s["state"] == "draft" for s in svcs if s["department_code"] == c)]
    assert len(all_draft) >= 3, all_draft
    status = Counter(s["status"] for s in svcs)
    assert status["suspended"] == 2 and status["retired"] == 1 and 3 <= status["planned"] <= 10
    active = [s for s in svcs if s["status"] == "active"]
    online = [s for s in active if LEVELS.index(s["digitization_level"]) >= 3]
    share = len(online) / len(active)
    assert 0.29 <= share <= 0.31, share
    levels = Counter(s["digitization_level"] for s in svcs)
    assert all(levels[l] > 0 for l in LEVELS)
    assert levels["L5"] + levels["L6"] >= 4
    states = Counter(s["state"] for s in svcs)
    assert 35 <= states["approved"] <= 45 and 20 <= states["submitted"] <= 30
    assert 25 <= states["draft"] <= 35 and states["returned"] == 10
    rts = sum(s["rts_notified"] for s in svcs)
    assert 40 <= rts <= 50, rts
    assert sum(s["name_ur"] is not None for s in svcs) >= 60
    assert 10 <= sum(s["annual_volume"] is None for s in svcs) <= 20
    assert sum(s["districts"] != ["all"] for s in svcs) >= 5
    dom = [s for s in svcs if s["department_code"] == "DC" and s["code"] == "DOMICILE"]
    assert len(dom) == 1 and dom[0]["name_en"] == "Domicile certificate"
    assert "ڈومیسائل" in dom[0]["name_ur"] and "domicile" in dom[0]["keywords"]
    expected_rts = {("DC", "DOMICILE"): "P10D", ("BOR", "FARD"): "P7D", ("LGE", "BIRTH"): "P2D",
                    ("LGE", "DEATH"): "P2D", ("LGE", "BPLAN-RES"): "P30D", ("HEALTH", "DRUG-SALE"): "P10D",
                    ("HEALTH", "OPD"): "PT2H", ("HEALTH", "EMERGENCY"): "PT30M",
                    ("TRANSPORT", "LEARNER-DL"): "P1D", ("HOME", "ARMS-NEW"): "P22D", ("POLICE", "FIR"): "PT1H"}
    for (dc, sc), lim in expected_rts.items():
        (s,) = [x for x in svcs if x["department_code"] == dc and x["code"] == sc]
        assert s["rts_time_limit"] == lim, (dc, sc)
    digitized = [("EXCISE", "PROPERTY-TAX"), ("TRANSPORT", "LEARNER-DL"), ("HED", "ADMISSIONS"),
                 ("CCFEW", "HUNTING"), ("IRRIGATION", "ABIANA"), ("HOUSING", "PLOT-REG")]
    for dc, sc in digitized:
        (s,) = [x for x in svcs if x["department_code"] == dc and x["code"] == sc]
        assert LEVELS.index(s["digitization_level"]) >= 3, (dc, sc)
    return dict(active=len(active), online=len(online), share=share, levels=levels, states=states,
                status=status, rts=rts, all_draft=all_draft,
                empty=[d["code"] for d in deps if by_dep[d["code"]] == 0])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "catalogue.json")
    cat = build()
    refdata = json.load(open(REFDATA, encoding="utf-8"))["lists"]
    summary = check(cat, {k: [x["code"] for x in v] for k, v in refdata.items()})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", out)
    print("departments:", len(cat["departments"]), " services:", len(cat["services"]))
    print("status:", dict(sorted(summary["status"].items())))
    print("levels:", {l: summary["levels"][l] for l in LEVELS})
    print("states:", dict(sorted(summary["states"].items())))
    print("online (active >= L3): %d of %d active = %.1f %%" % (summary["online"], summary["active"],
                                                                100 * summary["share"]))
    print("RTS-notified:", summary["rts"], " all-draft departments:", ", ".join(sorted(summary["all_draft"])),
          " departments without services:", ", ".join(summary["empty"]))


if __name__ == "__main__":
    main()
