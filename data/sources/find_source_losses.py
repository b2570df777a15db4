#!/usr/bin/env python3
"""Find the systematic losses of the EarthFrequencies Article 5 tables, by rule.

Usage (from the repository root):

    python3 data/sources/find_source_losses.py [EARTHFREQUENCIES_DIR]

Reads the shipped tables under data/itu/ as the conversion wrote them (before the
corrections of convert_earthfrequencies.py are applied, pass --raw to read the
source's allocations.tsv files instead) and the 41 national tables of CEPT
administrations under EARTHFREQUENCIES_DIR/national/, and prints one line per
candidate loss with its evidence. Standard library only. The rules:

  direction    a service of a band has one direction (or none) where at least half
               of the national tables that allocate that service inside the band
               (and at least 5 of them) name another direction: the RR cell
               "FIXED-SATELLITE (Earth-to-space) (space-to-Earth)" kept its first
               direction only. Region 1 (the national tables are Region 1 tables).
  footnote     a footnote the band cites speaks of a direction of one of the band's
               services ("the space-to-Earth allocation to the fixed-satellite
               service", "fixed-satellite service (Earth-to-space)") that the band
               does not have. All three Regions.
  missing      a service that at least three quarters of the national tables
               allocate inside a band (at least 10 tables) and that the band lacks,
               unless a footnote the band cites allocates it in listed countries
               ("... is also allocated to the X service").
  split        a band edge named by a footnote text of the file ("the 8.3-11.3 kHz
               frequency band") that falls inside a band of every Region table and
               at which at least half of the national tables split.

Each candidate is checked against the RR before a correction is written in
convert_earthfrequencies.py (ALLOCATION_LOSSES); the candidates found and the
corrections made are listed in data/README.md, "Losses of the source, repaired".
"""

import argparse
import collections
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SOURCE = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "data", "earthfrequencies"))
DIRECTIONS = ("earth-to-space", "space-to-earth", "space-to-space")
BAND_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(khz|mhz|ghz)")
UNIT = {"khz": 1_000, "mhz": 1_000_000, "ghz": 1_000_000_000}


def family(service):
    """The service without qualifiers, lower case: 'fixed-satellite', 'space research'."""
    return re.split(r"\(|\bexcept\b|\d", service.lower())[0].strip()


def directions(service):
    text = service.lower()
    return {d for d in DIRECTIONS if d in text}


def read_tables(raw, source):
    """Region number -> ordered {(lower, upper): [(service, status, footnotes)]}."""
    tables = {}
    for n in (1, 2, 3):
        bands = collections.OrderedDict()
        if raw:
            with open(os.path.join(source, "itu%d" % n, "allocations.tsv"), encoding="utf-8") as f:
                for r in csv.DictReader(f, delimiter="\t"):
                    key = (int(r["lower_frequency"]), int(r["upper_frequency"]))
                    bands.setdefault(key, []).append((r["service"].strip(), r["category"], r["footnotes"].replace(",", " ")))
        else:
            with open(os.path.join(REPO_ROOT, "data", "itu", "rr-2012-region-%d.csv" % n), encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    key = (int(r["lower_hz"]), int(r["upper_hz"]))
                    bands.setdefault(key, []).append((r["service"], r["status"], r["footnotes"]))
        tables[n] = bands
    return tables


def read_national(source):
    national = {}
    for path in sorted(glob.glob(os.path.join(source, "national", "*", "allocations.tsv"))):
        rows = []
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                try:
                    lower, upper = int(r["lower_frequency"]), int(r["upper_frequency"])
                except (TypeError, ValueError):
                    continue
                service = re.sub(r"\s+5\.\d.*$", "", (r.get("service") or "").strip())
                if service and service != "-" and "not allocated" not in service.lower():
                    rows.append((lower, upper, service))
        national[os.path.basename(os.path.dirname(path))] = rows
    return national


def read_footnotes():
    with open(os.path.join(REPO_ROOT, "data", "itu", "rr-2012-footnotes.csv"), encoding="utf-8") as f:
        return {r["id"]: r["text"] for r in csv.DictReader(f)}


def squeeze(text):
    """Lower case without spaces: the PDF extraction runs words together ('band6700-7075MHz')."""
    return re.sub(r"\s+", "", text.lower())


def inside(national_rows, lower, upper):
    return [(a, b, s) for (a, b, s) in national_rows if lower <= a < upper and b <= upper]


def mhz(hz):
    return "%g" % (hz / 1e6)


def direction_rule(tables, national):
    for (lower, upper), rows in tables[1].items():
        have = {}
        for service, _, _ in rows:
            if service != "-":
                have.setdefault(family(service), set()).update(directions(service))
        tables_with = collections.Counter()
        named = collections.Counter()
        for nrows in national.values():
            seen = {}
            for _, _, service in inside(nrows, lower, upper):
                seen.setdefault(family(service), set()).update(directions(service))
            for fam, dirs in seen.items():
                tables_with[fam] += 1
                for d in dirs:
                    named[(fam, d)] += 1
        for (fam, d), count in sorted(named.items()):
            if fam in have and d not in have[fam] and count >= 5 and 2 * count >= tables_with[fam]:
                yield "direction R1 %s-%s MHz %s: (%s) named by %d of %d national tables" % (
                    mhz(lower), mhz(upper), fam, d, count, tables_with[fam])


DIRECTION_NEAR = re.compile(r"(earth-to-space|space-to-earth|space-to-space)\)?(allocation|service)?(to|in|of|by)?(the)?([a-z\-]+?)service")
SERVICE_NEAR = re.compile(r"([a-z\-]+?)(service)?\((earth-to-space|space-to-earth|space-to-space)\)")


def bands_in(text):
    """(position, lower_hz, upper_hz) of every band a squeezed footnote text names."""
    found = []
    for m in BAND_IN_TEXT.finditer(text):
        unit = UNIT[m.group(3)]
        found.append((m.start(), round(float(m.group(1)) * unit), round(float(m.group(2)) * unit)))
    return found


def nearest_band(bands, position):
    return min(bands, key=lambda b: abs(b[0] - position)) if bands else None


def footnote_rule(tables, footnotes):
    for n, bands in tables.items():
        for (lower, upper), rows in bands.items():
            have = {}
            cited = set()
            for service, _, notes in rows:
                cited.update(notes.split())
                if service != "-":
                    have.setdefault(squeeze(family(service)), set()).update(directions(service))
            for fid in sorted(cited):
                text = squeeze(footnotes.get(fid, ""))
                named = bands_in(text)
                mentions = set()
                for pattern, fam_group, dir_group in ((DIRECTION_NEAR, 5, 1), (SERVICE_NEAR, 1, 3)):
                    for m in pattern.finditer(text):
                        band = nearest_band(named, m.start())
                        # The mention must be of this band: the band the text names nearest to it overlaps it.
                        if band is not None and band[1] < upper and band[2] > lower:
                            mentions.add((m.group(fam_group), m.group(dir_group)))
                for fam, dirs in have.items():
                    for named_fam, d in sorted(mentions):
                        if named_fam.endswith(fam) and dirs and d not in dirs:
                            yield "footnote R%d %s-%s MHz %s: %s names (%s) in this band" % (n, mhz(lower), mhz(upper), fam, fid, d)


ALSO_ALLOCATED = re.compile(r"alsoallocatedto(the)?([a-z\-,]+?)service")


def missing_rule(tables, national, footnotes):
    for (lower, upper), rows in tables[1].items():
        have = {family(s) for s, _, _ in rows if s != "-"}
        by_footnote = set()
        for _, _, notes in rows:
            for fid in notes.split():
                for m in ALSO_ALLOCATED.finditer(squeeze(footnotes.get(fid, ""))):
                    by_footnote.add(m.group(2))
        counted = 0
        count = collections.Counter()
        for nrows in national.values():
            found = {family(s) for _, _, s in inside(nrows, lower, upper)}
            if found:
                counted += 1
                count.update(found)
        for fam, k in sorted(count.items()):
            squeezed = squeeze(fam)
            if counted >= 10 and 4 * k >= 3 * counted and fam not in have and fam and not any(squeezed in f for f in by_footnote):
                yield "missing R1 %s-%s MHz %s: in %d of %d national tables" % (mhz(lower), mhz(upper), fam, k, counted)


def split_rule(tables, national, footnotes):
    edges = set()
    for text in footnotes.values():
        for m in BAND_IN_TEXT.finditer(squeeze(text)):
            for value in m.group(1), m.group(2):
                edges.add(round(float(value) * UNIT[m.group(3)]))
    for edge in sorted(edges):
        inner = [n for n, bands in tables.items() if any(lo < edge < hi for (lo, hi) in bands)]
        if len(inner) < 3:
            continue
        splitting = sum(1 for rows in national.values() if any(a == edge or b == edge for a, b, _ in rows))
        if 2 * splitting >= len(national):
            yield "split R1 R2 R3 at %s kHz: named by a footnote text, %d of %d national tables split there" % (
                "%g" % (edge / 1e3), splitting, len(national))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--raw", action="store_true", help="read the source's allocations.tsv, not data/itu/")
    args = parser.parse_args()
    tables = read_tables(args.raw, args.source)
    national = read_national(args.source)
    footnotes = read_footnotes()
    found = 0
    for rule in (direction_rule(tables, national), footnote_rule(tables, footnotes),
                 missing_rule(tables, national, footnotes), split_rule(tables, national, footnotes)):
        for line in rule:
            print(line)
            found += 1
    print("%d candidate(s)" % found)


if __name__ == "__main__":
    main()
