-- Layers a GIS client (QGIS, GDAL's ogr tools) opens directly. A frequency is an int8range in the tables, a type
-- GDAL does not know (it reads it as 0); the layers give each band numeric bounds in hertz and in megahertz, and join
-- each row with the area it holds in, so a map shows where a band is allocated.

-- Keys: a row of a layer is a row of a table, and a GIS client needs a key to select and identify it. In the views
-- the key is named ogc_fid, the name GDAL (and so QGIS's OGR provider) takes as a view's feature id; QGIS's PostgreSQL
-- provider offers it as the view's key.
ALTER TABLE allocation ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE application ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE agenda_band ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE position ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY;

-- The spatial index every layer's filter by extent uses (area and position have theirs).
CREATE INDEX agenda_band_geom_idx ON agenda_band USING gist (geom);

-- Each allocation with the area of its table: a Region's table holds in the Region, a national table in its country.
-- The geometry is the area's (geometry(MultiPolygon, 4326), with area's GiST index): a filter by extent reaches it.
CREATE VIEW gis_allocation AS
SELECT a.id AS ogc_fid,
       lower(a.range) AS lower_hz,
       upper(a.range) AS upper_hz,
       lower(a.range) / 1e6::double precision AS lower_mhz,
       upper(a.range) / 1e6::double precision AS upper_mhz,
       a.service,
       a.status,
       array_to_string(a.footnotes, ' ') AS footnotes,
       t.name AS table_name,
       t.edition,
       t.area_code,
       a.source,
       a.confidence,
       ar.geom
FROM allocation a
JOIN allocation_table t ON t.id = a.table_id
JOIN area ar ON ar.code = t.area_code;

-- What administrations use bands for (MFCN, PMSE, RLAN…), with the area of their national table.
CREATE VIEW gis_application AS
SELECT p.id AS ogc_fid,
       lower(p.range) AS lower_hz,
       CASE WHEN p.single_frequency THEN lower(p.range) ELSE upper(p.range) END AS upper_hz,
       lower(p.range) / 1e6::double precision AS lower_mhz,
       (CASE WHEN p.single_frequency THEN lower(p.range) ELSE upper(p.range) END) / 1e6::double precision AS upper_mhz,
       p.name,
       p.measure,
       p.standard,
       t.name AS table_name,
       t.edition,
       t.area_code,
       p.source,
       p.confidence,
       ar.geom
FROM application p
JOIN allocation_table t ON t.id = p.table_id
JOIN area ar ON ar.code = t.area_code;

-- The bands of the WRC agenda items, in the territory each concerns.
CREATE VIEW gis_agenda_band AS
SELECT b.id AS ogc_fid,
       b.agenda_item,
       lower(b.range) AS lower_hz,
       upper(b.range) AS upper_hz,
       lower(b.range) / 1e6::double precision AS lower_mhz,
       upper(b.range) / 1e6::double precision AS upper_mhz,
       b.service,
       b.action,
       b.status,
       b.identifies,
       b.highlight,
       b.area,
       array_to_string(b.regions, ' ') AS regions,
       b.listed_only,
       b.source,
       b.confidence,
       b.geom
FROM agenda_band b;

-- The positions on the agenda items, in the territory of the administrations that hold them.
CREATE VIEW gis_position AS
SELECT p.id AS ogc_fid,
       p.agenda_item,
       lower(p.range) AS lower_hz,
       upper(p.range) AS upper_hz,
       lower(p.range) / 1e6::double precision AS lower_mhz,
       upper(p.range) / 1e6::double precision AS upper_mhz,
       p.stance,
       p.conditions,
       p.outcome,
       p.outcome_confidence,
       p.area,
       array_to_string(p.regions, ' ') AS regions,
       p.listed_only,
       p.source,
       p.confidence,
       p.geom
FROM position p;

-- The countries an RR footnote names, one row per rule band and country, on the map: where 5.430A or 5.149 holds.
-- A rule that names no band (it holds where its footnote is cited) has no bounds. rule_key names the row ("5.430A/1/1/1
-- DE": footnote, rule, band and service numbers, country); ogc_fid numbers the rows in that order, so it holds as long
-- as the stored footnote texts do (every import reads them into rules again). A country the stored areas have no
-- polygon of (Réunion, Mayotte and the French departments of the Americas are part of France's) is listed without
-- geometry rather than left out.
CREATE VIEW gis_footnote_rule_country AS
SELECT row_number() OVER (ORDER BY r.footnote_id, r.rule_no, r.band_no, r.service_no, c.code) AS ogc_fid,
       r.footnote_id || '/' || r.rule_no || '/' || r.band_no || '/' || r.service_no || ' ' || c.code AS rule_key,
       r.footnote_id,
       r.kind,
       lower(r.range) AS lower_hz,
       upper(r.range) AS upper_hz,
       lower(r.range) / 1e6::double precision AS lower_mhz,
       upper(r.range) / 1e6::double precision AS upper_mhz,
       r.service,
       r.status,
       r.identifies,
       c.code AS country,
       ar.name AS country_name,
       r.text,
       ar.geom
FROM footnote_rule r
CROSS JOIN LATERAL unnest(r.countries) AS c (code)
LEFT JOIN area ar ON ar.code = c.code;
