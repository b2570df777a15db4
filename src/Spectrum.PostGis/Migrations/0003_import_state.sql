-- What a folder held when it was last imported, so that a briefing re-imports only data that changed.
CREATE TABLE import_state (
    folder       text PRIMARY KEY,
    content_hash text NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now()
);
