-- The initial schema. Frequencies are in hertz, as int8range values [lower, upper): the lower edge belongs to the
-- band, the upper edge to the next one, so adjacent bands touch without overlapping. A band is bounded at both ends
-- and not empty (int8range stores every range half-open; the checks refuse the empty and the unbounded ones).
-- Geometry is WGS 84 (SRID 4326).
-- Every fact carries its source and how far it is trusted.

-- An ITU Region, a country, or a named group of countries (such as CEPT).
CREATE TABLE area (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('region', 'country', 'group')),
    name        text NOT NULL,
    itu_region  smallint CHECK (itu_region IN (1, 2, 3)),
    geom        geometry(MultiPolygon, 4326) NOT NULL,
    source      text NOT NULL,
    confidence  text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);
CREATE INDEX area_geom_idx ON area USING gist (geom);

CREATE TABLE area_member (
    group_code   text NOT NULL REFERENCES area (code) ON DELETE CASCADE,
    member_code  text NOT NULL REFERENCES area (code) ON DELETE CASCADE,
    PRIMARY KEY (group_code, member_code),
    CHECK (group_code <> member_code)
);
-- "Which groups is this country in?" reads the key from its second column.
CREATE INDEX area_member_member_idx ON area_member (member_code);

-- A footnote to the Table of Frequency Allocations, such as 5.457A, by its number.
CREATE TABLE footnote (
    id          text PRIMARY KEY,
    text        text NOT NULL,
    source      text NOT NULL,
    confidence  text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);

-- One edition of a table of allocations (the Radio Regulations Article 5, or a national table) for an area.
CREATE TABLE allocation_table (
    id            serial PRIMARY KEY,
    name          text NOT NULL,
    edition       text NOT NULL,
    area_code     text NOT NULL REFERENCES area (code),
    source_file   text,
    content_hash  text,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, edition)
);

-- A service allocated in a band by a table, with its status and the footnotes that qualify it.
CREATE TABLE allocation (
    table_id    int NOT NULL REFERENCES allocation_table (id) ON DELETE CASCADE,
    range       int8range NOT NULL
                CHECK (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range) AND lower(range) >= 0),
    service     text NOT NULL,
    status      text NOT NULL CHECK (status IN ('primary', 'secondary')),
    footnotes   text[] NOT NULL DEFAULT '{}',
    source      text NOT NULL,
    confidence  text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);
CREATE INDEX allocation_range_idx ON allocation USING gist (range);
CREATE INDEX allocation_table_idx ON allocation (table_id);

-- Footnotes that a table attaches to a whole band rather than to one service in it.
CREATE TABLE band_footnote (
    table_id   int NOT NULL REFERENCES allocation_table (id) ON DELETE CASCADE,
    range      int8range NOT NULL
               CHECK (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range) AND lower(range) >= 0),
    footnotes  text[] NOT NULL,
    source     text NOT NULL
);
CREATE INDEX band_footnote_range_idx ON band_footnote USING gist (range);
CREATE INDEX band_footnote_table_idx ON band_footnote (table_id);
