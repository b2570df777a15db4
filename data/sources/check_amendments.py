#!/usr/bin/env python3
"""Check the amendment, edition and WRC-23 files against the shipped RR-2012 tables.

Applies the editions in `editions.csv` with the semantics documented in data/README.md
("Amendments"), so it doubles as a reference implementation of those semantics, then checks
the agenda items, agenda bands and EU positions, and derives the table "as the EU position
proposes" for every agenda item.

    python3 data/sources/check_amendments.py [DATA_DIR] [--show EDITION AREA LOWER_MHZ UPPER_MHZ]...

DATA_DIR defaults to the `data/` directory this script lives in. `--show` prints the bands of
an edition (or of `EU:<agenda item>`, the EU-proposed table for that item) that overlap a
range, e.g. `--show RR-2020 R1 3300 3800`. Exit status 1 if any check fails. Python 3
standard library only.
"""
import copy
import csv
import io
import os
import re
import sys
from decimal import Decimal

HEADERS = {
    'allocation table': 'table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence',
    'footnotes': 'id,text,source,confidence',
    'countries': 'iso,name,itu_region,cept,source,confidence',
    'amendments': 'conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence',
    'editions': 'edition,base,amendments,description,source',
    'agenda items': 'agenda_item,resolution,title,scope,article5,source,confidence',
    'agenda bands': 'agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence',
    'eu positions': 'agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,outcome_kind,source,confidence',
}
KIND_BY_HEADER = {v: k for k, v in HEADERS.items()}

TABLE_ACTIONS = {'add-allocation', 'remove-allocation', 'change-status', 'add-footnote', 'remove-footnote', 'identify'}
BAND_ACTIONS = TABLE_ACTIONS | {'study', 'protect'}
STATUSES = {'primary', 'secondary'}
IDENTIFIES = {'IMT', 'HAPS', 'HIBS'}
CONFIDENCES = ['low', 'medium', 'high']
SCOPES = {'5G/IMT', 'Earth observation', 'other'}
HIGHLIGHTS = {'', 'imt', 'eo'}
STANCES = {'support', 'support-with-conditions', 'oppose', 'no-change', 'no-objection', 'not-recorded'}
ARTICLE5 = {'yes', 'no', 'not-known'}
OUTCOME_KINDS = {'', 'adopted', 'adopted-in-part', 'not-adopted', 'no-change'}
SUPPORTIVE = {'support', 'support-with-conditions'}
CONFERENCES = {'WRC-15', 'WRC-19', 'WRC-23'}
FOOTNOTE_ID = re.compile(r'^5\.\d{2,3}[A-Z]*$')
REGION_AREA = re.compile(r'^R([123])(-listed)?$')
ISO_LIST = re.compile(r'^[A-Z]{2}( [A-Z]{2})*$')

errors = []


def error(where, message):
    errors.append(f'{where}: {message}')


def key(service):
    return service.strip().casefold()


def mhz(hz):
    return f'{Decimal(hz) / Decimal(10**6):f}'.rstrip('0').rstrip('.') if hz % 10**6 else str(hz // 10**6)


# ---------------------------------------------------------------- reading

def read_csv(path):
    """Rows as dicts with their line number; checks encoding, line ends and the header."""
    raw = open(path, 'rb').read()
    name = os.path.relpath(path)
    if raw.startswith(b'\xef\xbb\xbf'):
        error(name, 'starts with a BOM')
    if b'\r' in raw:
        error(name, 'has CR characters (line ends must be LF)')
    text = raw.decode('utf-8')
    reader = csv.reader(io.StringIO(text, newline=''))
    header = next(reader)
    kind = KIND_BY_HEADER.get(','.join(header))
    rows = []
    for number, values in enumerate(reader, start=2):
        if len(values) != len(header):
            error(f'{name}:{number}', f'{len(values)} fields, header has {len(header)}')
            continue
        row = dict(zip(header, values))
        row['_where'] = f'{name}:{number}'
        rows.append(row)
    return kind, rows


class Allocation:
    def __init__(self, service, status, footnotes, source, confidence):
        self.service = service
        self.status = status
        self.footnotes = list(footnotes)
        self.source = source
        self.confidence = confidence
        self.identified = []   # (identifies, footnote or '', source)
        self.notes = []        # footnotes added without a number: source text


class Band:
    def __init__(self, lower, upper):
        self.lower = lower
        self.upper = upper
        self.footnotes = []    # band footnotes (the `-` row)
        self.allocations = []
        self.identified = []   # identifications in a band footnote
        self.notes = []        # band footnotes added without a number; allocations by footnote in listed countries

    def find(self, service):
        for a in self.allocations:
            if key(a.service) == key(service):
                return a
        return None


def read_table(path):
    kind, rows = read_csv(path)
    if kind != 'allocation table':
        error(os.path.relpath(path), 'not an allocation table header')
    bands = {}
    for r in rows:
        edge = (int(r['lower_hz']), int(r['upper_hz']))
        band = bands.setdefault(edge, Band(*edge))
        fns = r['footnotes'].split()
        if r['service'] == '-':
            band.footnotes = fns
        else:
            band.allocations.append(Allocation(r['service'], r['status'], fns, r['source'], r['confidence']))
    return rows[0]['area'], sorted(bands.values(), key=lambda b: b.lower)


# ---------------------------------------------------------------- applying

def split(bands, at):
    for i, b in enumerate(bands):
        if b.lower < at < b.upper:
            right = copy.deepcopy(b)
            b.upper = at
            right.lower = at
            bands.insert(i + 1, right)
            return


def regions_of(area, countries, where):
    m = REGION_AREA.match(area)
    if m:
        return ['R' + m.group(1)], bool(m.group(2))
    if ISO_LIST.match(area):
        regions = []
        for iso in area.split():
            region = countries.get(iso)
            if region is None:
                error(where, f'country {iso} not in areas/countries.csv')
            elif region == '':
                error(where, f'country {iso} has no ITU region in areas/countries.csv (derived from geometry by the program)')
            elif 'R' + region not in regions:
                regions.append('R' + region)
        return regions, True
    error(where, f'area {area!r} is not R1/R2/R3, Rn-listed or a list of ISO codes')
    return [], False


def lower_confidence(a, b):
    return min(a, b, key=CONFIDENCES.index) if a in CONFIDENCES and b in CONFIDENCES else a


def apply_row(tables, row, countries):
    """Apply one amendment (or agenda-band) row to `tables` in place, recording errors."""
    where = row['_where']
    action, service, footnote = row['action'], row['service'].strip(), row['footnote'].strip()
    status, identifies = row['status'], row['identifies']
    lower, upper = int(row['lower_hz']), int(row['upper_hz'])
    regions, listed = regions_of(row['area'], countries, where)
    for region in regions:
        bands = tables[region]
        if not any(b.lower < upper and lower < b.upper for b in bands):
            error(where, f'{region} {mhz(lower)}-{mhz(upper)} MHz crosses no band of the table')
            continue
        split(bands, lower)
        split(bands, upper)
        inside = [b for b in bands if lower <= b.lower and b.upper <= upper]
        for b in inside:
            at = f'{where}: {region} {mhz(b.lower)}-{mhz(b.upper)} MHz'
            existing = b.find(service) if service else None
            if listed and action in ('add-allocation', 'remove-allocation', 'change-status'):
                # An allocation made or changed by a footnote in listed countries: the Region's
                # service rows stay; the footnote (if numbered) joins the band footnotes.
                if action == 'add-allocation' and existing:
                    errors.append(f'{at}: {service!r} is already allocated in the Region table (use change-status)')
                if action != 'add-allocation' and not existing:
                    errors.append(f'{at}: {service!r} is not allocated in the Region table')
                if footnote and footnote not in b.footnotes:
                    b.footnotes.append(footnote)
                b.notes.append(f'{action} {service} {status} in listed countries: {row["source"]}')
                continue
            if action == 'add-allocation':
                if existing:
                    errors.append(f'{at}: {service!r} is already allocated ({existing.status}); use change-status')
                    continue
                b.allocations.append(Allocation(service, status, [footnote] if footnote else [], row['source'], row['confidence']))
            elif action == 'remove-allocation':
                if not existing:
                    errors.append(f'{at}: cannot remove {service!r}: not allocated')
                    continue
                b.allocations.remove(existing)
            elif action == 'change-status':
                if not existing:
                    errors.append(f'{at}: cannot change {service!r}: not allocated')
                    continue
                if existing.status == status:
                    errors.append(f'{at}: {service!r} is already {status}')
                    continue
                existing.status = status
                if footnote and footnote not in existing.footnotes:
                    existing.footnotes.append(footnote)
                existing.source = row['source']
                existing.confidence = lower_confidence(existing.confidence, row['confidence'])
            elif action in ('add-footnote', 'identify', 'remove-footnote'):
                if service and not existing:
                    errors.append(f'{at}: {service!r} is not allocated')
                    continue
                target = existing if service else b
                holder = target.footnotes
                if action == 'remove-footnote':
                    if footnote not in holder:
                        errors.append(f'{at}: footnote {footnote} is not there')
                    else:
                        holder.remove(footnote)
                    continue
                if footnote:
                    if footnote in holder:
                        errors.append(f'{at}: footnote {footnote} is already there')
                        continue
                    holder.append(footnote)
                else:
                    target.notes.append(row['source'])
                if action == 'identify':
                    target.identified.append((identifies, footnote, row['source']))
                if service:
                    existing.confidence = lower_confidence(existing.confidence, row['confidence'])


def check_amendment_row(row):
    where = row['_where']
    action = row['action']
    if row['conference'] not in CONFERENCES:
        error(where, f'conference {row["conference"]!r}')
    check_common(row, TABLE_ACTIONS)
    if action == 'remove-footnote' and not row['footnote']:
        error(where, 'remove-footnote needs a footnote id')
    if row['footnote'] and not FOOTNOTE_ID.match(row['footnote']):
        error(where, f'footnote id {row["footnote"]!r}')


def check_common(row, actions, status_optional=False):
    """Checks shared by amendment and agenda-band rows. An agenda-band add-allocation may lack a
    status where the source gives none; such a row is shown but not applied to any table."""
    where = row['_where']
    action = row['action']
    if action not in actions:
        error(where, f'action {action!r}')
    try:
        lower, upper = int(row['lower_hz']), int(row['upper_hz'])
        if not 0 <= lower < upper:
            error(where, 'lower_hz must be below upper_hz')
    except ValueError:
        error(where, 'lower_hz/upper_hz must be whole hertz')
    if action in ('add-allocation', 'change-status'):
        if row['status'] not in STATUSES and not (status_optional and action == 'add-allocation' and not row['status']):
            error(where, f'{action} needs status primary or secondary')
    elif row['status']:
        error(where, f'status only goes with add-allocation and change-status')
    if action == 'identify' and not row['identifies']:
        error(where, 'identify needs identifies')
    if row['identifies'] and action not in ('identify', 'study'):
        error(where, 'identifies goes with identify (and, on agenda bands, study) rows only')
    if row['identifies'] and row['identifies'] not in IDENTIFIES:
        error(where, f'identifies {row["identifies"]!r}')
    if action in ('add-allocation', 'remove-allocation', 'change-status', 'study', 'protect') and not row['service']:
        error(where, f'{action} needs a service')
    if row['confidence'] not in CONFIDENCES:
        error(where, f'confidence {row["confidence"]!r}')
    if not row['source']:
        error(where, 'source is empty')


def table_snapshot(tables):
    return {r: copy.deepcopy(b) for r, b in tables.items()}


def show(tables, region, lower, upper, label):
    print(f'--- {label} {region} {mhz(lower)}-{mhz(upper)} MHz')
    for b in tables[region]:
        if b.lower < upper and lower < b.upper:
            fn = ' '.join(b.footnotes)
            extra = ''.join(f' [{i} {f or "(no number)"}]' for i, f, _ in b.identified)
            print(f'  {mhz(b.lower)}-{mhz(b.upper)} MHz  footnotes: {fn}{extra}{"  +" + str(len(b.notes)) + " note(s)" if b.notes else ""}')
            for a in b.allocations:
                ids = ''.join(f' [{i} {f or "(no number)"}]' for i, f, _ in a.identified)
                note = f' +{len(a.notes)} note(s)' if a.notes else ''
                print(f'    {a.service:45} {a.status:9} {" ".join(a.footnotes):24}{ids}{note} ({a.confidence})')


# ---------------------------------------------------------------- main

def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    args = list(argv)
    shows = []
    while '--show' in args:
        i = args.index('--show')
        shows.append(args[i + 1:i + 5])
        del args[i:i + 5]
    data = args[0] if args else os.path.dirname(here)
    p = lambda *parts: os.path.join(data, *parts)

    # Headers: the kinds must be told apart by header alone.
    if len(set(HEADERS.values())) != len(HEADERS):
        error('headers', 'two kinds share a header')
    for path, kind in [('itu/rr-2012-region-1.csv', 'allocation table'), ('itu/rr-2012-footnotes.csv', 'footnotes'),
                       ('areas/countries.csv', 'countries'), ('editions.csv', 'editions'),
                       ('amendments/wrc-15.csv', 'amendments'), ('amendments/wrc-19.csv', 'amendments'),
                       ('amendments/wrc-23.csv', 'amendments'), ('wrc23/agenda-items.csv', 'agenda items'),
                       ('wrc23/agenda-bands.csv', 'agenda bands'), ('wrc23/eu-positions.csv', 'eu positions')]:
        found, _ = read_csv(p(path))
        if found != kind:
            error(path, f'header is not the {kind} header')

    countries = {}
    for r in read_csv(p('areas', 'countries.csv'))[1]:
        countries.setdefault(r['iso'], r['itu_region'])

    # Editions, in file order; each base is a list of files or an earlier edition.
    editions = {}
    _, edition_rows = read_csv(p('editions.csv'))
    amendment_rows = {}
    for e in edition_rows:
        where = e['_where']
        if e['base'] in editions:
            tables = table_snapshot(editions[e['base']])
        else:
            tables = {}
            for f in e['base'].split():
                kind, _ = read_csv(p(f))
                if kind == 'allocation table':
                    region, bands = read_table(p(f))
                    tables[region] = bands
                elif kind != 'footnotes':
                    error(where, f'base file {f} is neither an allocation table nor a footnote file')
            if sorted(tables) != ['R1', 'R2', 'R3']:
                error(where, f'base {e["base"]!r} is neither an earlier edition nor the three Region tables')
                continue
        for f in e['amendments'].split():
            kind, rows = read_csv(p(f))
            if kind != 'amendments':
                error(where, f'{f} is not an amendment file')
                continue
            amendment_rows[f] = rows
            for r in rows:
                check_amendment_row(r)
                apply_row(tables, r, countries)
        editions[e['edition']] = tables

    # The reference check: after WRC-15 and WRC-19, R1 3400-3600 MHz has primary MOBILE except aeronautical mobile.
    rr2020 = editions.get('RR-2020')
    if rr2020:
        for b in rr2020['R1']:
            if 3400 * 10**6 <= b.lower and b.upper <= 3600 * 10**6:
                a = b.find('Mobile except aeronautical mobile')
                if not a or a.status != 'primary':
                    error('RR-2020', f'R1 {mhz(b.lower)}-{mhz(b.upper)} MHz has no primary Mobile except aeronautical mobile')
                if b.find('Mobile'):
                    error('RR-2020', f'R1 {mhz(b.lower)}-{mhz(b.upper)} MHz still has the 2012 secondary Mobile')

    # Agenda items, bands and positions.
    _, items = read_csv(p('wrc23', 'agenda-items.csv'))
    item_ids = set()
    for r in items:
        if r['agenda_item'] in item_ids:
            error(r['_where'], f'agenda item {r["agenda_item"]} twice')
        item_ids.add(r['agenda_item'])
        if r['scope'] not in SCOPES:
            error(r['_where'], f'scope {r["scope"]!r}')
        if r['article5'] not in ARTICLE5:
            error(r['_where'], f'article5 {r["article5"]!r}')
        if r['confidence'] not in CONFIDENCES:
            error(r['_where'], f'confidence {r["confidence"]!r}')
    for f, rows in amendment_rows.items():
        for r in rows:
            if r['agenda_item'] and r['conference'] == 'WRC-23' and r['agenda_item'] not in item_ids:
                error(r['_where'], f'agenda item {r["agenda_item"]} not in agenda-items.csv')

    _, bands = read_csv(p('wrc23', 'agenda-bands.csv'))
    for r in bands:
        r['footnote'] = ''
        check_common(r, BAND_ACTIONS, status_optional=True)
        if r['agenda_item'] not in item_ids:
            error(r['_where'], f'agenda item {r["agenda_item"]} not in agenda-items.csv')
        if r['highlight'] not in HIGHLIGHTS:
            error(r['_where'], f'highlight {r["highlight"]!r}')

    def applicable(r):
        return r['action'] in TABLE_ACTIONS and not (r['action'] == 'add-allocation' and not r['status'])

    # Every band row must apply to RR-2020 (the rows of one agenda item together, in file order).
    not_applicable = []
    if rr2020:
        by_item = {}
        for r in bands:
            by_item.setdefault(r['agenda_item'], []).append(r)
        for item, rows in by_item.items():
            tables = table_snapshot(rr2020)
            for r in rows:
                if r['action'] == 'protect':
                    regions, _ = regions_of(r['area'], countries, r['_where'])
                    for region in regions:
                        hit = [b for b in tables[region] if b.lower < int(r['upper_hz']) and int(r['lower_hz']) < b.upper]
                        missing = [b for b in hit if not b.find(r['service'])]
                        if not hit or missing:
                            error(r['_where'], f'protected service {r["service"]!r} not allocated throughout the band in RR-2020')
                elif applicable(r):
                    apply_row(tables, r, countries)
                elif r['action'] != 'study':
                    not_applicable.append(r)

    _, positions = read_csv(p('wrc23', 'eu-positions.csv'))
    covered = set()
    derived = {}
    for r in positions:
        where = r['_where']
        if r['agenda_item'] not in item_ids:
            error(where, f'agenda item {r["agenda_item"]} not in agenda-items.csv')
        if r['stance'] not in STANCES:
            error(where, f'stance {r["stance"]!r}')
        if r['confidence'] not in ('low', 'medium'):
            error(where, 'EU stance confidence is at most medium')
        if r['outcome_confidence'] not in CONFIDENCES:
            error(where, f'outcome_confidence {r["outcome_confidence"]!r}')
        if r['outcome_kind'] not in OUTCOME_KINDS or (r['outcome_kind'] and not r['outcome']):
            error(where, f'outcome_kind {r["outcome_kind"]!r}')
        lo, hi = int(r['lower_hz']), int(r['upper_hz'])
        mine = [b for b in bands if b['agenda_item'] == r['agenda_item'] and b['area'] == r['area']
                and lo <= int(b['lower_hz']) and int(b['upper_hz']) <= hi]
        if not mine:
            error(where, 'no agenda-bands row of this item and area lies within this band')
        covered.update(id(b) for b in mine)
    for b in bands:
        if id(b) not in covered:
            error(b['_where'], 'no EU position row covers this band row')

    # The table as the EU position proposes, per agenda item: RR-2020 + supported band rows.
    if rr2020:
        for item in sorted({r['agenda_item'] for r in positions}):
            tables = table_snapshot(rr2020)
            applied = 0
            for b in bands:
                if b['agenda_item'] != item or not applicable(b):
                    continue
                supported = any(r['agenda_item'] == item and r['area'] == b['area'] and r['stance'] in SUPPORTIVE
                                and int(r['lower_hz']) <= int(b['lower_hz']) and int(b['upper_hz']) <= int(r['upper_hz'])
                                for r in positions)
                if supported:
                    apply_row(tables, b, countries)
                    applied += 1
            derived['EU:' + item] = tables
            print(f'EU-proposed table for AI {item}: RR-2020 + {applied} band row(s)')

    for label, area, lo, hi in shows:
        tables = editions.get(label) or derived.get(label)
        if tables is None:
            print(f'no edition {label}')
            continue
        show(tables, area, int(Decimal(lo) * 10**6), int(Decimal(hi) * 10**6), label)

    counts = ', '.join(f'{f} {len(rows)}' for f, rows in amendment_rows.items())
    print(f'amendment rows: {counts}; agenda items {len(items)}, agenda bands {len(bands)}, EU positions {len(positions)}')
    for r in not_applicable:
        print(f'not applied to tables (no status given): {r["_where"]} AI {r["agenda_item"]} {r["area"]} '
              f'{mhz(int(r["lower_hz"]))}-{mhz(int(r["upper_hz"]))} MHz {r["service"]}')
    if errors:
        print(f'{len(errors)} error(s):')
        for e in errors:
            print('  ' + e)
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
