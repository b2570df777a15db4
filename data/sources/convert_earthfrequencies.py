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


# Losses of the source, found by rule with sources/find_source_losses.py and each checked
# against the RR (data/README.md, "Losses of the source, repaired"). The RR prints two
# directions of one service in one cell ("FIXED-SATELLITE (Earth-to-space) (space-to-Earth)");
# the source kept the first only, with the footnotes of both. Kinds:
#   ("direction", areas, lower, upper, service, added service, footnotes moved to it, evidence)
#       a row for the lost direction, with the status of the kept one, right after it
#   ("qualifier", areas, lower, upper, service, service as the RR writes it, evidence)
#   ("service", areas, lower, upper, added service, status, evidence): a service the band lost
#   ("edge", areas, wrong edge, right edge, evidence): a band edge read wrongly
#   ("split", areas, lower, upper, [(lower, upper, service, status, footnotes)], evidence)
#       the band's rows replaced by the rows of the bands the RR has there
ALL = ("R1", "R2", "R3")
GHZ = 1_000_000_000
MHZ = 1_000_000
NATIONAL = "%d of %d Region 1 national tables (EarthFrequencies national/*) name it"
ALLOCATION_LOSSES = [
    ("split", ALL, 0, 9_000, [(0, 8_300, "-", "", "5.53 5.54"), (8_300, 9_000, "-", "", "5.54B 5.54C"),
                              (8_300, 9_000, "Meteorological Aids", "primary", "5.54A")],
     "the texts of 5.53, 5.54 (below 8.3 kHz), 5.54A (8.3-11.3 kHz), 5.54B and 5.54C (8.3-9 kHz) name the edge "
     "8.3 kHz; 18 of 18 national tables that allocate below 9 kHz have Meteorological Aids at 8.3-9 kHz"),
    ("split", ALL, 9_000, 14_000, [(9_000, 11_300, "Meteorological Aids", "primary", "5.54A"),
                                   (9_000, 11_300, "Radionavigation", "primary", ""),
                                   (11_300, 14_000, "Radionavigation", "primary", "")],
     "the text of 5.54A names 8.3-11.3 kHz for the meteorological aids service, and 9-11.3 kHz beside radionavigation"),
    ("edge", ALL, 137_500, 135_700,
     "the texts of 5.67A and 5.67B name the amateur band 135.7-137.8 kHz; 31 of 41 national tables split at 135.7 kHz"),
    ("direction", ALL, 1_164 * MHZ, 1_215 * MHZ, "Radionavigation-Satellite (space-to-Earth)",
     "Radionavigation-Satellite (space-to-space)", [], NATIONAL % (30, 32)),
    ("direction", ALL, 1_215 * MHZ, 1_240 * MHZ, "Radionavigation-Satellite (space-to-Earth)",
     "Radionavigation-Satellite (space-to-space)", [], NATIONAL % (36, 39) + "; the text of 5.329A"),
    ("direction", ALL, 1_240 * MHZ, 1_300 * MHZ, "Radionavigation-Satellite (space-to-Earth)",
     "Radionavigation-Satellite (space-to-space)", [], NATIONAL % (36, 40) + "; the text of 5.329A"),
    ("direction", ALL, 1_559 * MHZ, 1_610 * MHZ, "Radionavigation-Satellite (space-to-Earth)",
     "Radionavigation-Satellite (space-to-space)", [], NATIONAL % (37, 41) + "; the texts of 5.328B and 5.329A"),
    ("qualifier", ALL, 1_670 * MHZ, 1_675 * MHZ, "Meteorological-Satellite (Earth-to-space)",
     "Meteorological-Satellite (space-to-Earth)", NATIONAL % (32, 33) + " (space-to-Earth); the source took the "
     "direction of the mobile-satellite (Earth-to-space) allocation of the same band"),
    ("direction", ALL, 2_025 * MHZ, 2_110 * MHZ, "Space Operation (Earth-to-space)",
     "Space Operation (space-to-space)", [], NATIONAL % (25, 30)),
    ("direction", ALL, 2_025 * MHZ, 2_110 * MHZ, "Earth Exploration-Satellite (Earth-to-space)",
     "Earth Exploration-Satellite (space-to-space)", [], NATIONAL % (31, 35)),
    ("direction", ALL, 2_025 * MHZ, 2_110 * MHZ, "Space Research (Earth-to-space)",
     "Space Research (space-to-space)", [], NATIONAL % (29, 34)),
    ("qualifier", ALL, 2_110 * MHZ, 2_120 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (Earth-to-space)", NATIONAL % (32, 34)),
    ("direction", ALL, 2_200 * MHZ, 2_290 * MHZ, "Space Operation (space-to-Earth)",
     "Space Operation (space-to-space)", [], NATIONAL % (30, 32)),
    ("direction", ALL, 2_200 * MHZ, 2_290 * MHZ, "Earth Exploration-Satellite (space-to-Earth)",
     "Earth Exploration-Satellite (space-to-space)", [], NATIONAL % (28, 32)),
    ("direction", ALL, 2_200 * MHZ, 2_290 * MHZ, "Space Research (space-to-Earth)",
     "Space Research (space-to-space)", [], NATIONAL % (30, 35)),
    ("qualifier", ALL, 2_290 * MHZ, 2_300 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (space-to-Earth)", NATIONAL % (32, 34)),
    ("direction", ALL, 5_010 * MHZ, 5_030 * MHZ, "Radionavigation-Satellite (space-to-Earth)",
     "Radionavigation-Satellite (space-to-space)", [], NATIONAL % (30, 32)),
    ("direction", ALL, 6_700 * MHZ, 7_075 * MHZ, "Fixed-Satellite (Earth-to-space)",
     "Fixed-Satellite (space-to-Earth)", [], NATIONAL % (26, 36) + "; the text of 5.458B (the space-to-Earth "
     "allocation to the fixed-satellite service in 6 700-7 075 MHz), cited by the band in all three Regions"),
    ("direction", ("R1",), 10_700 * MHZ, 11_700 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", ["5.484"], NATIONAL % (23, 39) + "; the text of 5.484 (Region 1, "
     "Earth-to-space), cited by the Region 1 row only"),
    ("direction", ("R1",), 12_500 * MHZ, 12_750 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", [], NATIONAL % (24, 38)),
    ("qualifier", ALL, 12_750 * MHZ, 13_250 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (space-to-Earth)", NATIONAL % (17, 17)),
    ("qualifier", ALL, 16_600 * MHZ, 17_100 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (Earth-to-space)", NATIONAL % (28, 31)),
    ("direction", ("R1",), 17_300 * MHZ, 17_700 * MHZ, "Fixed-Satellite (Earth-to-space)",
     "Fixed-Satellite (space-to-Earth)", ["5.516A", "5.516B"], NATIONAL % (28, 38) + "; the texts of 5.516A and "
     "5.516B (17.3-17.7 GHz space-to-Earth in Region 1), cited by the Region 1 row only"),
    ("direction", ("R1", "R3"), 17_700 * MHZ, 18_100 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", ["5.516"], NATIONAL % (33, 37) + "; the text of 5.516 (17.3-18.1 GHz "
     "Earth-to-space), cited by the row"),
    ("direction", ("R2",), 17_700 * MHZ, 17_800 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", ["5.516"], "the text of 5.516 (17.3-18.1 GHz Earth-to-space), cited by the row"),
    ("direction", ALL, 18_100 * MHZ, 18_400 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", ["5.520"], NATIONAL % (29, 37) + "; the text of 5.520 (18.1-18.4 GHz "
     "Earth-to-space), cited by the row in all three Regions"),
    ("direction", ALL, 19_300 * MHZ, 19_700 * MHZ, "Fixed-Satellite (space-to-Earth)",
     "Fixed-Satellite (Earth-to-space)", ["5.523B", "5.523C", "5.523D", "5.523E"], NATIONAL % (33, 39)
     + "; the text of 5.523B (19.3-19.6 GHz Earth-to-space), cited by the row in all three Regions"),
    ("qualifier", ALL, 31_800 * MHZ, 32_000 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (space-to-Earth)", NATIONAL % (36, 36)),
    ("qualifier", ALL, 32_000 * MHZ, 32_300 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (space-to-Earth)", NATIONAL % (35, 36)),
    ("qualifier", ALL, 34_200 * MHZ, 34_700 * MHZ, "Space Research (deep space)",
     "Space Research (deep space) (Earth-to-space)", NATIONAL % (34, 36)),
    ("direction", ("R1",), 47_500 * MHZ, 47_900 * MHZ, "Fixed-Satellite (Earth-to-space)",
     "Fixed-Satellite (space-to-Earth)", ["5.516B", "5.554A"], NATIONAL % (27, 30)
     + "; the text of 5.554A (space-to-Earth in Region 1), cited by the Region 1 row only"),
    ("direction", ("R1",), 48_200 * MHZ, 48_540 * MHZ, "Fixed-Satellite (Earth-to-space)",
     "Fixed-Satellite (space-to-Earth)", ["5.516B", "5.554A", "5.555B"], NATIONAL % (27, 30)
     + "; the texts of 5.554A and 5.555B, cited by the Region 1 row only"),
    ("direction", ("R1",), 49_440 * MHZ, 50_200 * MHZ, "Fixed-Satellite (Earth-to-space)",
     "Fixed-Satellite (space-to-Earth)", ["5.516B", "5.554A", "5.555B"], NATIONAL % (27, 30)
     + "; the texts of 5.554A and 5.555B, cited by the Region 1 row only"),
    ("service", ALL, 109_500 * MHZ, 111_800 * MHZ, "Space Research (passive)", "primary",
     NATIONAL % (39, 39) + "; a passive band of RR No. 5.340, which the band cites"),
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
    out = repair_losses(out, area, path, stats)
    for row in out:
        if "; corrected (" in row[8]:
            for fid in row[7].split():
                cited.setdefault(fid, []).append((int(row[3]), int(row[4]), row[5]))
    write_csv(os.path.join(out_dir, "itu", "rr-2012-region-%d.csv" % region), ALLOCATION_HEADER, out)
    report.append("itu/rr-2012-region-%d.csv: %d rows (source %d rows)" % (region, len(out), len(rows)))
    for rule in sorted(stats):
        report.append("  footnote ids, %s: %d" % (rule, stats[rule]))
    return cited, stats


def repair_losses(out, area, path, stats):
    """Apply ALLOCATION_LOSSES to the rows of one Region table; stop if a loss is not where it is expected."""
    def corrected(row, kind, what, evidence):
        row = list(row)
        row[8] += "; corrected (%s): %s; evidence: %s" % (kind, what, evidence)
        row[9] = "medium"
        return row

    def find(lower, upper, service):
        matches = [i for i, r in enumerate(out) if (int(r[3]), int(r[4]), r[5]) == (lower, upper, service)]
        if len(matches) != 1:
            die("%s: loss not found as expected: %s %d-%d %s" % (path, area, lower, upper, service))
        return matches[0]

    for loss in ALLOCATION_LOSSES:
        kind, areas = loss[0], loss[1]
        if area not in areas:
            continue
        stats["loss repaired, " + kind] += 1
        if kind == "direction":
            _, _, lower, upper, service, added, moved, evidence = loss
            i = find(lower, upper, service)
            kept = list(out[i])
            notes = kept[7].split()
            if any(fid not in notes for fid in moved):
                die("%s: %s %d-%d %s does not cite %s" % (path, area, lower, upper, service, moved))
            kept[7] = " ".join(fid for fid in notes if fid not in moved)
            what = "%s (the RR cell has both directions)" % added
            if moved:
                what += "; %s moved to it" % " ".join(moved)
                out[i] = corrected(kept, kind, "footnotes %s moved to the %s row" % (" ".join(moved), added), evidence)
            new = kept[:5] + [added, kept[6], " ".join(moved)] + [out[i][8].split("; corrected")[0], "medium"]
            out.insert(i + 1, corrected(new, kind, "added " + what, evidence))
        elif kind == "qualifier":
            _, _, lower, upper, service, right, evidence = loss
            i = find(lower, upper, service)
            out[i] = corrected(out[i][:5] + [right] + out[i][6:], kind, "%s read as %s" % (service, right), evidence)
        elif kind == "service":
            _, _, lower, upper, service, status, evidence = loss
            rows = [i for i, r in enumerate(out) if (int(r[3]), int(r[4])) == (lower, upper)]
            if not rows or any(out[i][5] == service for i in rows):
                die("%s: %s %d-%d: band missing or %s already there" % (path, area, lower, upper, service))
            template = out[rows[-1]]
            row = template[:5] + [service, status, "", template[8].split("; corrected")[0], "medium"]
            out.insert(rows[-1] + 1, corrected(row, kind, "added %s %s" % (service, status), evidence))
        elif kind == "edge":
            _, _, wrong, right, evidence = loss
            changed = 0
            for i, r in enumerate(out):
                if int(r[3]) == wrong or int(r[4]) == wrong:
                    r = list(r)
                    r[3 if int(r[3]) == wrong else 4] = str(right)
                    out[i] = corrected(r, kind, "band edge %d Hz read as %d Hz" % (wrong, right), evidence)
                    changed += 1
            if not changed:
                die("%s: %s: no band edge at %d Hz" % (path, area, wrong))
        elif kind == "split":
            _, _, lower, upper, parts, evidence = loss
            rows = [i for i, r in enumerate(out) if (int(r[3]), int(r[4])) == (lower, upper)]
            if not rows or rows != list(range(rows[0], rows[-1] + 1)):
                die("%s: %s %d-%d: band not found as one run of rows" % (path, area, lower, upper))
            template = out[rows[0]]
            base = template[8].split("; corrected")[0]
            what = "%d-%d Hz split as the RR has it" % (lower, upper)
            new = [corrected(template[:3] + [str(a), str(b), svc, status, notes, base, "medium"], kind, what, evidence)
                   for a, b, svc, status, notes in parts]
            out[rows[0]:rows[-1] + 1] = new
        else:
            die("unknown loss kind %r" % kind)
    return out


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
