-- Footnotes read into rules (src/Spectrum/Footnotes): what each RR footnote does, in which bands, for which services,
-- with which category, where (countries by ISO 3166-1 alpha-2 code, ITU Regions) and under which conditions. Every
-- import reads the stored RR footnote texts again and replaces these rows, so they always follow the stored texts.

-- The text as shown: the source text with run-together words repaired where the repair is certain (the source text
-- stays in text).
ALTER TABLE footnote ADD COLUMN repaired_text text;

-- One row per RR footnote the store knows of, by its text or only because a stored table cites it: whether its text
-- was read into rules and, if not, why (a footnote an amendment adds without its text: "the footnote's text is not known").
CREATE TABLE footnote_reading (
    footnote_id      text PRIMARY KEY,
    text_known       boolean NOT NULL,
    opening          text,
    reason           text,
    last_changed_by  text,
    remarks          text[] NOT NULL DEFAULT '{}',
    source           text NOT NULL,
    confidence       text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    CHECK (text_known OR reason IS NOT NULL)
);

-- A rule, one row per band and service it names (rule_no numbers the rules of a footnote, band_no and service_no the
-- bands and services of a rule, in the order the text names them):
-- range is null for a rule that names no band (it holds in the bands where the footnote is cited), service null for
-- one that names no service (a prohibition). countries, regions and except_countries are empty for a rule that holds
-- wherever its footnote is cited.
CREATE TABLE footnote_rule (
    footnote_id       text NOT NULL REFERENCES footnote_reading (footnote_id) ON DELETE CASCADE,
    rule_no           smallint NOT NULL,
    band_no           smallint NOT NULL,
    service_no        smallint NOT NULL,
    kind              text NOT NULL CHECK (kind IN ('additional-allocation', 'alternative-allocation', 'different-category',
                          'identification', 'prohibition', 'protection', 'notice', 'non-interference')),
    range             int8range
                      CHECK (range IS NULL OR (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range) AND lower(range) >= 0)),
    service           text,
    status            text CHECK (status IN ('primary', 'secondary')),
    countries         text[] NOT NULL DEFAULT '{}',
    regions           smallint[] NOT NULL DEFAULT '{}',
    except_countries  text[] NOT NULL DEFAULT '{}',
    identifies        text,
    toward            text[] NOT NULL DEFAULT '{}',
    conditions        jsonb NOT NULL DEFAULT '[]',
    text              text NOT NULL,
    PRIMARY KEY (footnote_id, rule_no, band_no, service_no)
);
CREATE INDEX footnote_rule_range_idx ON footnote_rule USING gist (range);
CREATE INDEX footnote_rule_countries_idx ON footnote_rule USING gin (countries);

-- Every name the country list gives a country, as footnote texts may write it (the area table keeps one name per
-- code: AU is listed as Ashmore and Cartier Is. and as Australia). The grammar reads country names from here.
CREATE TABLE country_name (
    name  text PRIMARY KEY,
    code  text NOT NULL REFERENCES area (code) ON DELETE CASCADE
);
