-- Conference changes: editions built from amendments, the marks amendments leave (identifications, footnotes
-- without number), WRC agenda items with their bands, and positions with the geometry of their area.

-- Identifications (IMT, HAPS, HIBS) and footnotes without known number, as a JSON array of marks:
-- {"conference", "agenda_item", "identifies", "footnote", "listed_countries_only", "source", "confidence"}.
ALTER TABLE allocation ADD COLUMN marks jsonb NOT NULL DEFAULT '[]';
ALTER TABLE band_footnote ADD COLUMN marks jsonb NOT NULL DEFAULT '[]';

-- The editions in order of age: the newest edition of the RR is the default of every query. A proposed table (the
-- table as a position on an agenda item proposes it) names its agenda item and is never the default.
CREATE TABLE edition (
    name          text PRIMARY KEY,
    ordinal       int NOT NULL UNIQUE,
    proposal_for  text,
    base         text,
    amendments   text[] NOT NULL DEFAULT '{}',
    description  text NOT NULL,
    source       text NOT NULL
);

CREATE TABLE agenda_item (
    number      text PRIMARY KEY,
    resolution  text NOT NULL,
    title       text NOT NULL,
    scope       text NOT NULL CHECK (scope IN ('imt', 'earth-observation', 'other')),
    source      text NOT NULL,
    confidence  text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);

-- The area of a band or position as the file writes it (R1, R1-listed, DE FR), the Region tables it concerns, and
-- its territory: the union of those Regions, or of the listed countries where they are known.
CREATE TABLE agenda_band (
    agenda_item  text NOT NULL REFERENCES agenda_item (number) ON DELETE CASCADE,
    area         text NOT NULL,
    regions      text[] NOT NULL,
    listed_only  boolean NOT NULL,
    geom         geometry(MultiPolygon, 4326) NOT NULL,
    range        int8range NOT NULL CHECK (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range)),
    service      text,
    action       text NOT NULL,
    status       text CHECK (status IN ('primary', 'secondary')),
    identifies   text CHECK (identifies IN ('IMT', 'HAPS', 'HIBS')),
    highlight    text CHECK (highlight IN ('imt', 'eo')),
    source       text NOT NULL,
    confidence   text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);
CREATE INDEX agenda_band_range_idx ON agenda_band USING gist (range);

CREATE TABLE position (
    agenda_item         text NOT NULL REFERENCES agenda_item (number) ON DELETE CASCADE,
    area                text NOT NULL,
    regions             text[] NOT NULL,
    listed_only         boolean NOT NULL,
    geom                geometry(MultiPolygon, 4326) NOT NULL,
    range               int8range NOT NULL CHECK (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range)),
    stance              text NOT NULL CHECK (stance IN ('support', 'support-with-conditions', 'oppose', 'no-change', 'no-objection')),
    conditions          text NOT NULL,
    outcome             text NOT NULL,
    outcome_confidence  text NOT NULL CHECK (outcome_confidence IN ('high', 'medium', 'low')),
    source              text NOT NULL,
    confidence          text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);
CREATE INDEX position_range_idx ON position USING gist (range);
CREATE INDEX position_geom_idx ON position USING gist (geom);
