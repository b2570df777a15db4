-- What a built edition is made of, as a delegate reads it: "RR-2020 (RR-2012 + 98 changes of WRC-15/19)".
ALTER TABLE edition ADD COLUMN lineage text;
