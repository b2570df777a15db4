#!/usr/bin/env python3
"""Writes ad-efis-export.csv, Andorra's shipped table (data/national/ad/allocations.tab) in the layout of
the EFIS CSV export (README.md). Python 3 standard library only: python3 make_sample.py (from this folder)."""
import csv
import os
from decimal import Decimal

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..")
SOURCE = os.path.join(ROOT, "data", "national", "ad", "allocations.tab")
FOOTNOTES = os.path.join(ROOT, "data", "itu", "rr-2012-footnotes.csv")
HEADER = ["Lower Frequency", "Upper Frequency", "RR Region 1 Allocation and RR footnotes applicable to CEPT",
          "RR Region 1 frequency range footnotes", "Andorra Allocation and national footnotes",
          "Andorra frequency range footnotes", "ECC/ERC harmonisation measure", "Applications", "Standard", "Notes"]


def unit(hz):
    for size, name in ((10**9, "GHz"), (10**6, "MHz"), (10**3, "kHz")):
        if hz >= size:
            value = Decimal(hz) / size
            return f"{value.normalize():f} {name}"
    return f"{hz} Hz"


def quote(fields):
    return ";".join('"' + f.replace('"', '""') + '"' for f in fields) + "\r\n"


def main():
    with open(SOURCE, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    bands = {}
    for row in rows:
        key = (int(row[2]), int(row[3]))
        band = bands.setdefault(key, {"services": [], "footnotes": [], "applications": []})
        service, footnotes = row[4].strip(), [x.strip() for x in row[6].split(",") if x.strip()]
        if service == "-":
            band["footnotes"] += footnotes
            band["applications"] += [a.strip() for a in row[7].split(",") if a.strip() not in ("", "-")]
        elif service:
            band["services"].append(service + (f"({', '.join(footnotes)})" if footnotes else ""))
    used = set()
    out = "\ufeff" + quote(HEADER)
    for (lower, upper), band in sorted(bands.items()):
        used.update(band["footnotes"])
        for s in band["services"]:
            if "(" in s and s.endswith(")"):
                used.update(x.strip() for x in s[s.rfind("(") + 1:-1].split(","))
        for application in band["applications"] or [""]:
            out += quote([unit(lower), unit(upper), "", "", ", ".join(band["services"]), ", ".join(band["footnotes"]),
                          "", application, "", ""])
    with open(FOOTNOTES, newline="", encoding="utf-8") as f:
        texts = {r["id"]: r["text"] for r in csv.DictReader(f)}
    out += "\ufeff" + quote(["footnotenumber", "footnotetext"] + [""] * (len(HEADER) - 2))
    for footnote in sorted(used & texts.keys()):
        out += quote([footnote, texts[footnote]] + [""] * (len(HEADER) - 2))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ad-efis-export.csv"), "w", newline="", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main()
