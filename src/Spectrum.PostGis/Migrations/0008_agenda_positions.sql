-- The whole WRC-23 agenda and what is known of each item: whether it asks for a change to the Article 5 Table, a
-- stance that no source records, the outcome's kind (so that whether the EU objective was met can be derived), the
-- positions of the regional telecommunication organisations and the methods of the CPM-23 Report.

ALTER TABLE agenda_item ADD COLUMN article5 text NOT NULL DEFAULT 'not-known' CHECK (article5 IN ('yes', 'no', 'not-known'));

ALTER TABLE position DROP CONSTRAINT position_stance_check;
ALTER TABLE position ADD CONSTRAINT position_stance_check
    CHECK (stance IN ('support', 'support-with-conditions', 'oppose', 'no-change', 'no-objection', 'not-recorded'));
ALTER TABLE position ADD COLUMN outcome_kind text CHECK (outcome_kind IN ('adopted', 'adopted-in-part', 'not-adopted', 'no-change'));

CREATE TABLE cpm_method (
    agenda_item  text NOT NULL REFERENCES agenda_item (number) ON DELETE CASCADE,
    method       text NOT NULL,
    summary      text NOT NULL,
    source       text NOT NULL,
    confidence   text NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    PRIMARY KEY (agenda_item, method)
);

CREATE TABLE regional_position (
    agenda_item   text NOT NULL REFERENCES agenda_item (number) ON DELETE CASCADE,
    organisation  text NOT NULL CHECK (organisation IN ('APT', 'ASMG', 'ATU', 'CEPT', 'CITEL', 'RCC')),
    method        text,
    view          text NOT NULL,
    source        text NOT NULL,
    confidence    text NOT NULL CHECK (confidence IN ('high', 'medium', 'low'))
);
CREATE INDEX regional_position_item_idx ON regional_position (agenda_item);
