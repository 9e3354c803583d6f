-- The association's rules, one row per version, with the day it applies from and the board
-- decision behind it (both as the event carries them).

CREATE TABLE association_charter (
	association_id UUID NOT NULL REFERENCES association (association_id) ON DELETE CASCADE,
	valid_from DATE NOT NULL,
	rules JSONB NOT NULL,
	decision JSONB NOT NULL,
	CONSTRAINT association_charter_pk PRIMARY KEY (association_id, valid_from)
);
