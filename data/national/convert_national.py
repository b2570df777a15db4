#!/usr/bin/env python3
"""Writes data/national/<iso>/ from the EarthFrequencies national tables (README.md beside this script).

    python3 data/national/convert_national.py SOURCE_NATIONAL_DIR [OUT_DIR]

SOURCE_NATIONAL_DIR is the dataset's `national` folder (commit 4db0109); OUT_DIR defaults to this script's folder.
Python 3 standard library only. The files are written as .tab (tab-separated, as the source) so that the default
import of data/ leaves them out for now (README.md). Each shipped table keeps the dataset's layout (the same columns, in the same order,
rows in source order) and gains two columns, `source` and `confidence` (medium on every row). The corrections below
are the only changes; each corrected row says so in its `source`.
"""
import csv
import os
import sys

COMMIT = "4db0109"

# The dataset's folder code -> ISO 3166 alpha-2 (XK: Kosovo has no ISO code; XK is the user-assigned one).
ISO = {
    "ad": "AD", "al": "AL", "at": "AT", "bg": "BG", "bo": "BA", "by": "BY", "ch": "CH", "ci": "HR", "cy": "CY",
    "cz": "CZ", "de": "DE", "dk": "DK", "ee": "EE", "es": "ES", "fi": "FI", "fm": "MD", "fr": "FR", "ge": "GE",
    "gr": "GR", "hu": "HU", "ie": "IE", "is": "IS", "it": "IT", "kr": "XK", "li": "LI", "lt": "LT", "lu": "LU",
    "lv": "LV", "mn": "ME", "mo": "MK", "mt": "MT", "nl": "NL", "no": "NO", "pl": "PL", "pt": "PT", "ro": "RO",
    "se": "SE", "sg": "SK", "si": "SI", "sn": "RS", "tr": "TR",
}

# Tables in which every row has its upper edge equal to its lower edge: the upper edges were lost.
UPPER_EDGES_LOST = {"ch", "es", "ro", "se", "sg", "si", "sn", "tr"}

# (folder, line): (column index, wrong, right, why). Lines are physical lines of the source file (1 = header).
CELL_FIXES = {
    ("bg", 95): (4, "Aeronautical Radionavigation-Satellite", "Aeronautical Radionavigation",
                 "no such service; RR Region 1 479-495 kHz has aeronautical radionavigation secondary, as the table's 472-479 kHz row"),
    ("ee", 1610): (2, "4234000000", "4234000",
                   "Eurobalise at 4.234 MHz, not GHz: the table's own railway row at 4234000 Hz and every other table's Eurobalise band 4063-4438 kHz"),
    ("ee", 1610, 3): (3, "4234000000", "4234000", "as the lower edge"),
    ("ee", 1611): (2, "4234000000", "4234000", "as the row above"),
    ("ee", 1611, 3): (3, "4234000000", "4234000", "as the row above"),
}

EDITION = "EFIS-2015"
LICENCE = "CC BY-SA 4.0"


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")


def groups_of(rows):
    """Bands as the file writes them: a '-' row and the rows of the same edges after it. Items: (start, end) indexes."""
    out = []
    for i, row in enumerate(rows):
        if row[4] == "-" or not out or (row[2], row[3]) != (rows[out[-1][0]][2], rows[out[-1][0]][3]):
            out.append([i, i + 1])
        else:
            out[-1][1] = i + 1
    return out


def allocates(rows, group):
    return any(rows[i][4].strip() not in ("-", "") for i in range(*group))


def convert(code, source_dir, out_dir):
    header, *rows = read(os.path.join(source_dir, code, "allocations.tsv"))
    meta = read(os.path.join(source_dir, code, "metadata.tsv"))
    name = dict((r[0], r[1]) for r in meta[1:])["name_en"]
    base = (f"EFIS national table of {name.replace('CzechRepublic', 'Czech Republic')} (ECO, as of about 2015) "
            f"via EarthFrequencies national/{code}/allocations.tsv {COMMIT}, {LICENCE}")
    notes = [[] for _ in rows]
    drop = set()

    for key, (column, wrong, right, why) in CELL_FIXES.items():
        if key[0] != code:
            continue
        i = key[1] - 2
        assert rows[i][column] == wrong, (code, key, rows[i][column])
        rows[i][column] = right
        notes[i].append(f"corrected: {wrong} read as {right} ({why})")

    groups = groups_of(rows)
    if code in UPPER_EDGES_LOST:
        # An allocation band ends where the next allocation band begins; an application band keeps its lower edge only.
        bands = [g for g in groups if allocates(rows, g)]
        lowers = sorted({int(rows[g[0]][2]) for g in bands})
        for g in bands:
            lower = int(rows[g[0]][2])
            following = [x for x in lowers if x > lower]
            for i in range(*g):
                if following:
                    rows[i][3] = str(following[0])
                    notes[i].append("corrected: upper edge lost in the source, read as the next band's lower edge")
                else:
                    drop.add(i)
        for g in groups:
            if not allocates(rows, g):
                for i in range(*g):
                    notes[i].append("upper edge lost in the source: the application is placed at its lower edge only")
    else:
        # A band at a single frequency with services repeats services of the band around it: not an allocation.
        for g in groups:
            if rows[g[0]][2] == rows[g[0]][3] and allocates(rows, g):
                drop.update(range(*g))

    out = [header + ["source", "confidence"]]
    for i, row in enumerate(rows):
        if i in drop:
            continue
        source = "; ".join([base] + notes[i])
        out.append(row + [source, "medium"])

    iso = ISO[code]
    folder = os.path.join(out_dir, iso.lower())
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "allocations.tab"), out)
    fixed_meta = [meta[0]]
    for r in meta[1:]:
        if r[0] == "name_en" and r[1] == "CzechRepublic":
            r = [r[0], "Czech Republic"]
        fixed_meta.append(r)
    fixed_meta += [["edition", EDITION], ["source", base], ["licence", LICENCE]]
    write(os.path.join(folder, "metadata.tab"), fixed_meta)
    return code, iso, len(rows), len(drop), sum(1 for n in notes if any(x.startswith("corrected") for x in n))


def main():
    source_dir = sys.argv[1]
    out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    for code in sorted(ISO):
        print("%s -> %s: %d rows, %d dropped, %d corrected" % convert(code, source_dir, out_dir))


if __name__ == "__main__":
    main()
