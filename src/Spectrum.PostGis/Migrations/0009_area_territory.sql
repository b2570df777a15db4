-- What the neighbour questions measure, kept with the areas instead of computed per question: a country's territory
-- within its own ITU Region (own_geom), and that territory cut into pieces of at most 256 vertices (area_piece), so
-- that "which countries come within so many degrees" is answered by the GiST index on small pieces rather than by
-- distances between whole coastlines. The import writes both with the areas, the only time their geometry changes.

ALTER TABLE area ADD COLUMN own_geom geometry(MultiPolygon, 4326);

CREATE TABLE area_piece (
    code        text NOT NULL REFERENCES area (code) ON DELETE CASCADE,
    itu_region  smallint NOT NULL,
    geom        geometry(Geometry, 4326) NOT NULL
);
CREATE INDEX area_piece_geom_idx ON area_piece USING gist (geom);
CREATE INDEX area_piece_code_idx ON area_piece (code);

-- A store imported before this version has its areas already.
UPDATE area c SET own_geom = (
    SELECT CASE WHEN ST_Covers(r.geom, c.geom) THEN c.geom ELSE ST_Multi(ST_CollectionExtract(ST_Intersection(c.geom, r.geom), 3)) END
    FROM area r WHERE r.kind = 'region' AND r.itu_region = c.itu_region)
WHERE c.kind = 'country';
INSERT INTO area_piece (code, itu_region, geom)
SELECT code, itu_region, ST_Subdivide(own_geom, 256) FROM area WHERE own_geom IS NOT NULL AND NOT ST_IsEmpty(own_geom);
