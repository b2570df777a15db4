#!/usr/bin/env python3
"""Convert the EarthFrequencies Article 5 data and the Natural Earth country file
into the shipped data files under data/.

Usage (from the repository root):

    python3 data/sources/convert_earthfrequencies.py [EARTHFREQUENCIES_DIR] [--naturalearth DIR] [--out DIR]

EARTHFREQUENCIES_DIR defaults to ../shared/data/earthfrequencies (relative to the
repository root); --naturalearth defaults to the directory `naturalearth` next to it;
--out defaults to data/ in this repository. Standard library only; the output
depends only on the input files, so a rerun writes byte-identical files.

Writes:
    itu/rr-2012-region-1.csv, -2.csv, -3.csv   Article 5 tables, one row per source row
    itu/rr-2012-footnotes.csv                  footnote texts
    areas/countries.csv                        ISO alpha-2 -> ITU region, CEPT
    areas/countries.geojson                    byte copy of countries-50m.geojson
    areas/LICENSE-world-atlas                  byte copy
    LICENSE-earthfrequencies.md                byte copy of the source LICENSE.md
and prints a summary of repairs and checks to standard output.
"""

import argparse
import collections
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data", "earthfrequencies"))
DEFAULT_OUT = os.path.join(REPO_ROOT, "data")

EDITION = "RR-2012"
TWO_DIGIT_CUTOFF_HZ = 30_000_000  # footnotes 5.53 ... 5.99 concern bands below about 30 MHz

ALLOCATION_HEADER = ["table", "edition", "area", "lower_hz", "upper_hz", "service", "status",
                     "footnotes", "source", "confidence"]
FOOTNOTE_HEADER = ["id", "text", "source", "confidence"]
COUNTRY_HEADER = ["iso", "name", "itu_region", "cept", "source", "confidence"]

# Source id as stored: "5." + digits + optional capital letters.
SOURCE_ID = re.compile(r"^5\.(\d+)([A-Z]*)$")
# A footnote text that ends with a sentence end or a conference marker such as
# "(WRC-12)", "(WRC 07)", "WRC-07)", "(Rev.WRC-12)", "revised by WRC-12".
COMPLETE_END = re.compile(r"(\.|\)|\b(WRC|WARC|RRC)[- ]?\d{2,4})$")

# Corrections that needed judgement: (area, lower_hz, upper_hz, service, wrong id, right id).
# Each is applied to exactly one row; the conversion stops if the row is not found.
ALLOCATION_CORRECTIONS = [
    # 5.430A concerns 3400-3600 MHz mobile in Region 1; 5.340A does not exist.
    ("R1", 3_400_000_000, 3_600_000_000, "Mobile", "5.340A", "5.430A"),
    # 5.338A (Resolution 750) names 1350-1400 MHz; 5.388A concerns HAPS as IMT base
    # stations in 1885-2170 MHz. In Region 1 the band row reads 5.338, 5.388A, 5.339.
    ("R1", 1_350_000_000, 1_400_000_000, "-", "5.388A", "5.338A"),
    ("R2", 1_350_000_000, 1_400_000_000, "Radiolocation", "5.388A", "5.338A"),
    ("R3", 1_350_000_000, 1_400_000_000, "Radiolocation", "5.388A", "5.338A"),
]


def die(message):
    sys.stderr.write("convert_earthfrequencies: " + message + "\n")
    sys.exit(1)


def read_tsv(path):
    """Read a tab-separated file: UTF-8, optional BOM, LF or CRLF. Returns (header, rows)."""
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8-sig")
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    if not lines:
        die(path + ": empty file")
    header = [name.strip().lower() for name in lines[0].split("\t")]
    return header, [line.split("\t") for line in lines[1:]]


def column(header, path, *names):
    for name in names:
        if name in header:
            return header.index(name)
    die("%s: no column %s in header %s" % (path, " / ".join(names), header))


def write_csv(path, header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    write_bytes(path, buffer.getvalue().encode("utf-8"))


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def copy_file(source, target):
    with open(source, "rb") as handle:
        write_bytes(target, handle.read())


def short_commit(source_dir):
    with open(os.path.join(source_dir, "SOURCE_COMMIT.txt"), encoding="utf-8") as handle:
        commit = handle.read().strip()
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        die("SOURCE_COMMIT.txt does not hold a 40-digit commit: %r" % commit)
    return commit[:7]


def repair_id(raw, lower_hz, stats):
    """Restore the trailing zero the source lost when it stored ids as numbers.

    N = the digits after "5." (capital letters are kept as a suffix):
      one digit              -> append 0            (5.6  -> 5.60; only 5.6 to 5.9
                                below 30 MHz occur, anything else stops the conversion)
      two digits, N < 53     -> append 0            (5.34 -> 5.340)
      two digits, N >= 53    -> keep when the band starts below 30 MHz (5.53 at 0 Hz),
                                else append 0       (5.53 at 21.4 GHz -> 5.530)
                                (lower_hz None: no band, keep)
      three digits           -> keep
    """
    match = SOURCE_ID.match(raw)
    if not match:
        die("footnote id %r does not have the form 5.<digits><letters>" % raw)
    digits, letters = match.groups()
    if len(digits) == 1:
        if int(digits) * 10 < 53 or (lower_hz is not None and lower_hz >= TWO_DIGIT_CUTOFF_HZ):
            die("footnote id %r at %s Hz: one digit, rule does not decide" % (raw, lower_hz))
        rule = "one digit: append 0"
        digits += "0"
    elif len(digits) == 2 and int(digits) < 53:
        rule = "two digits < 53: append 0"
        digits += "0"
    elif len(digits) == 2:
        if lower_hz is None:
            rule = "two digits >= 53, footnote file: kept"
        elif lower_hz < TWO_DIGIT_CUTOFF_HZ:
            rule = "two digits >= 53, band below 30 MHz: kept"
        else:
            rule = "two digits >= 53, band at or above 30 MHz: append 0"
            digits += "0"
    elif len(digits) == 3:
        rule = "three digits: kept"
    else:
        die("footnote id %r has more than three digits" % raw)
    stats[rule] += 1
    return "5." + digits + letters


def convert_allocations(source_dir, out_dir, region, source_base, report):
    path = os.path.join(source_dir, "itu%d" % region, "allocations.tsv")
    header, rows = read_tsv(path)
    i_lower = column(header, path, "lower_frequency")
    i_upper = column(header, path, "upper_frequency")
    i_category = column(header, path, "category")
    i_service = column(header, path, "service")
    i_footnotes = column(header, path, "footnotes")
    column(header, path, "region", "legion")  # present, content not used: the table name is fixed

    area = "R%d" % region
    stats = collections.Counter()
    cited = collections.OrderedDict()
    pending = [c for c in ALLOCATION_CORRECTIONS if c[0] == area]
    out = []
    for number, row in enumerate(rows, start=2):
        if len(row) != len(header):
            die("%s line %d: %d fields, expected %d" % (path, number, len(row), len(header)))
        try:
            lower, upper = int(row[i_lower]), int(row[i_upper])
        except ValueError:
            die("%s line %d: frequencies are not integer hertz" % (path, number))
        if not 0 <= lower < upper:
            die("%s line %d: band %d-%d is empty or negative" % (path, number, lower, upper))
        service = row[i_service].strip()
        category = row[i_category].strip().lower()
        if service == "-":
            if category:
                die("%s line %d: band footnote row with a category" % (path, number))
            status = ""
        elif category == "p":
            status = "primary"
        elif category == "s":
            status = "secondary"
        else:
            die("%s line %d: category %r is neither p nor s" % (path, number, row[i_category]))

        ids = []
        for token in row[i_footnotes].split(","):
            token = token.strip()
            if not token:
                continue
            fixed = repair_id(token, lower, stats)
            if fixed in ids:
                stats["duplicate id dropped"] += 1
                continue
            ids.append(fixed)

        source = source_base
        confidence = "high"
        for correction in list(pending):
            _, c_lower, c_upper, c_service, wrong, right = correction
            if (lower, upper, service) == (c_lower, c_upper, c_service) and wrong in ids:
                ids[ids.index(wrong)] = right
                source += "; corrected: %s read as %s" % (wrong, right)
                confidence = "medium"
                pending.remove(correction)
                stats["corrected by judgement"] += 1
        for fid in ids:
            cited.setdefault(fid, []).append((lower, upper, service))
        out.append(["ITU Region %d" % region, EDITION, area, str(lower), str(upper), service,
                    status, " ".join(ids), source, confidence])
    if pending:
        die("%s: correction(s) not applied, source changed? %s" % (path, pending))
    write_csv(os.path.join(out_dir, "itu", "rr-2012-region-%d.csv" % region), ALLOCATION_HEADER, out)
    report.append("itu/rr-2012-region-%d.csv: %d rows (source %d rows)" % (region, len(out), len(rows)))
    for rule in sorted(stats):
        report.append("  footnote ids, %s: %d" % (rule, stats[rule]))
    return cited, stats


def convert_footnotes(source_dir, out_dir, source_base, report):
    path = os.path.join(source_dir, "itu", "footnotes.tsv")
    header, rows = read_tsv(path)
    i_id = column(header, path, "ref", "id", "footnote")
    i_text = column(header, path, "description", "text")
    stats = collections.Counter()
    notes = []  # [id, text, [corrections]]
    for number, row in enumerate(rows, start=2):
        raw_id = row[i_id].strip() if len(row) > i_id else ""
        text = row[i_text].strip() if len(row) > i_text else ""
        previous_cut = bool(notes) and re.search(r"\bNos?\.$", notes[-1][1]) is not None
        if not SOURCE_ID.match(raw_id):
            # Not an id: the PDF extraction split a footnote at a cross-reference
            # ("... under No." / "5.331. Furthermore, ..."). The whole row is text.
            if not notes:
                die("%s line %d: first row has no valid id" % (path, number))
            piece = "\t".join(part.strip() for part in row if part.strip())
            notes[-1][1] += " " + piece
            notes[-1][2].append("source line %d, a continuation beginning '%s...', joined back"
                                % (number, piece[:16]))
            stats["continuation rows joined"] += 1
            continue
        if previous_cut and not text[:1].isupper():
            # The previous text ends with "No." / "Nos." and this text does not start a
            # sentence: the id column holds the number of the cross-reference, and the
            # text continues the previous footnote.
            notes[-1][1] += " " + raw_id + (" " + text if text else "")
            notes[-1][2].append("source line %d, a continuation whose id column %s is the "
                                "number after 'No.', joined back" % (number, raw_id))
            stats["continuation rows joined"] += 1
            continue
        notes.append([repair_id(raw_id, None, stats), text, []])

    seen = set()
    out = []
    confidence_counts = collections.Counter()
    for fid, text, corrections in notes:
        if fid in seen:
            die("%s: footnote %s appears twice after joining" % (path, fid))
        seen.add(fid)
        source = source_base
        if corrections:
            source += "; corrected: " + "; ".join(corrections)
        confidence = "medium" if COMPLETE_END.search(text) else "low"
        confidence_counts[confidence] += 1
        out.append([fid, text, source, confidence])
    write_csv(os.path.join(out_dir, "itu", "rr-2012-footnotes.csv"), FOOTNOTE_HEADER, out)
    report.append("itu/rr-2012-footnotes.csv: %d rows (source %d rows)" % (len(out), len(rows)))
    for key in sorted(stats):
        report.append("  %s: %d" % (key, stats[key]))
    for key in sorted(confidence_counts):
        report.append("  confidence %s: %d" % (key, confidence_counts[key]))
    return {row[0]: row[1] for row in out}


def convert_countries(source_dir, naturalearth_dir, out_dir, commit, report):
    path = os.path.join(source_dir, "itu-regions.tsv")
    header, rows = read_tsv(path)
    i_code = column(header, path, "region_code")
    i_region = column(header, path, "itu_region")
    i_cept = column(header, path, "cept_member")
    regions = {}
    for row in rows:
        code = row[i_code].strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            continue  # the rows itu1, itu2, itu3 name the regions themselves
        region = row[i_region].strip().lower()
        if region not in ("itu1", "itu2", "itu3"):
            die("%s: %s has itu_region %r" % (path, code, row[i_region]))
        cept = row[i_cept].strip().upper() == "TRUE"
        if code in regions:
            die("%s: %s appears twice" % (path, code))
        regions[code] = (region[-1], cept)

    geojson = os.path.join(naturalearth_dir, "countries-50m.geojson")
    with open(geojson, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    with_iso = []
    without_iso = []
    for feature in features:
        props = feature.get("properties") or {}
        iso = props.get("iso_a2")
        if iso:
            with_iso.append((iso.upper(), props.get("name") or ""))
        else:
            without_iso.append(props.get("name") or "")
    with_iso.sort()

    base = "Natural Earth 1:50m admin-0 via world-atlas"
    out = []
    for iso, name in with_iso:
        if iso in regions:
            region, cept = regions[iso]
            source = base + "; ITU region and CEPT from EarthFrequencies itu-regions.tsv " + commit
            out.append([iso, name, region, "true" if cept else "", source, "high"])
        else:
            source = (base + "; not in EarthFrequencies itu-regions.tsv " + commit
                      + ": ITU region derived from geometry at import")
            out.append([iso, name, "", "", source, "medium"])
    write_csv(os.path.join(out_dir, "areas", "countries.csv"), COUNTRY_HEADER, out)
    copy_file(geojson, os.path.join(out_dir, "areas", "countries.geojson"))
    copy_file(os.path.join(naturalearth_dir, "LICENSE-world-atlas"),
              os.path.join(out_dir, "areas", "LICENSE-world-atlas"))

    feature_codes = {iso for iso, _ in with_iso}
    duplicates = sorted(iso for iso, count in collections.Counter(i for i, _ in with_iso).items()
                        if count > 1)
    report.append("areas/countries.csv: %d rows (%d features, %d without iso_a2)"
                  % (len(out), len(features), len(without_iso)))
    report.append("  region from tsv: %d; region empty: %d; cept true: %d"
                  % (sum(1 for r in out if r[2]), sum(1 for r in out if not r[2]),
                     sum(1 for r in out if r[3])))
    report.append("  features without iso_a2: " + ", ".join(sorted(without_iso)))
    report.append("  iso_a2 on more than one feature: " + (", ".join(duplicates) or "none"))
    report.append("  tsv codes with no feature: "
                  + (", ".join(sorted(set(regions) - feature_codes)) or "none"))
    report.append("  features with no tsv entry: "
                  + ", ".join(sorted(iso for iso in feature_codes if iso not in regions)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE,
                        help="EarthFrequencies directory (default: %(default)s)")
    parser.add_argument("--naturalearth", default=None,
                        help="directory with countries-50m.geojson and LICENSE-world-atlas "
                             "(default: naturalearth next to the source directory)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: %(default)s)")
    args = parser.parse_args()
    source_dir = os.path.abspath(args.source)
    naturalearth_dir = os.path.abspath(args.naturalearth or os.path.join(source_dir, "..", "naturalearth"))
    out_dir = os.path.abspath(args.out)

    commit = short_commit(source_dir)
    source_base = "ITU RR 2012 Art. 5, EarthFrequencies " + commit
    report = []
    cited_by_region = {}
    for region in (1, 2, 3):
        cited_by_region[region], _ = convert_allocations(source_dir, out_dir, region, source_base, report)
    texts = convert_footnotes(source_dir, out_dir, source_base, report)
    convert_countries(source_dir, naturalearth_dir, out_dir, commit, report)
    copy_file(os.path.join(source_dir, "LICENSE.md"), os.path.join(out_dir, "LICENSE-earthfrequencies.md"))

    for region in (1, 2, 3):
        missing = [fid for fid in cited_by_region[region] if fid not in texts]
        report.append("Region %d: %d ids cited, %d without footnote text: %s"
                      % (region, len(cited_by_region[region]), len(missing), " ".join(missing)))
    print("\n".join(report))


if __name__ == "__main__":
    main()
