-- The application layer of a table: what an administration uses a band for (MFCN, PMSE, RLAN, radars…), beside what
-- the band is allocated to, with the harmonisation measure and standard where the table gives them. An application
-- is not an allocation: it has no service and no status.
-- A band is [lower, upper) in hertz as for allocations. An application at a single frequency (NAVTEX on 518 kHz) is
-- stored as the 1 Hz range [f, f + 1) with single_frequency set, so that range queries and the GiST index treat it
-- as the frequency it is, and it reads back as that frequency (lower = upper).
CREATE TABLE application (
    table_id          int NOT NULL REFERENCES allocation_table (id) ON DELETE CASCADE,
    range             int8range NOT NULL
                      CHECK (NOT isempty(range) AND lower_inc(range) AND NOT upper_inc(range) AND NOT upper_inf(range) AND lower(range) >= 0),
    single_frequency  boolean NOT NULL,
    name              text NOT NULL,
    measure           text,
    standard          text,
    notes             text,
    source            text NOT NULL,
    confidence        text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    CHECK (NOT single_frequency OR upper(range) - lower(range) = 1)
);
CREATE INDEX application_range_idx ON application USING gist (range);
CREATE INDEX application_table_idx ON application (table_id);
