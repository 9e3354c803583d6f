-- The activity plan and budget view. Nothing is overwritten that a past day could ask for:
-- every version of every line is a row with the day it takes effect, and reservations,
-- outcomes and payments keep their own days, so the view can be read as of any date.
-- Amounts are whole öre (BIGINT), as the contract's Money. "version" is the sequence number
-- of the last event applied to the plan (or, for the members, to the association): the guard
-- that makes a re-delivered event change nothing.

-- Member organisations as the association's events name them: the view needs each
-- contribution line's kind and name, and reads no other view's tables.
CREATE TABLE plan_association (
	association_id UUID NOT NULL,
	version BIGINT NOT NULL,
	CONSTRAINT plan_association_pk PRIMARY KEY (association_id)
);

CREATE TABLE plan_member (
	association_id UUID NOT NULL REFERENCES plan_association (association_id) ON DELETE CASCADE,
	organisation_number VARCHAR(11) NOT NULL,
	name VARCHAR(200) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	CONSTRAINT plan_member_pk PRIMARY KEY (association_id, organisation_number)
);

CREATE TABLE plan (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	year INTEGER NOT NULL,
	version BIGINT NOT NULL,
	sent_for_consultation_on DATE,
	adoption JSONB,
	adopted_late BOOLEAN,
	goals JSONB,
	stated JSONB NOT NULL,
	opening_equity_ore BIGINT,
	closure JSONB,
	closing_equity_ore BIGINT,
	updated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT plan_pk PRIMARY KEY (association_id, plan_id),
	CONSTRAINT plan_year_uq UNIQUE (association_id, year)
);

-- One row per line per event that gave it a form: the draft (from the day it was recorded),
-- the adoption (from the meeting's date) and each revision (from its meeting's date).
CREATE TABLE plan_line_version (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	code VARCHAR(100) NOT NULL,
	stage VARCHAR(10) NOT NULL,
	effective_from DATE NOT NULL,
	position INTEGER NOT NULL,
	line_group VARCHAR(30) NOT NULL,
	name TEXT NOT NULL,
	member VARCHAR(11),
	amounts JSONB NOT NULL,
	CONSTRAINT plan_line_version_pk PRIMARY KEY (association_id, plan_id, sequence, code),
	CONSTRAINT plan_line_version_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);

CREATE TABLE plan_revision (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	decision JSONB NOT NULL,
	effective_from DATE NOT NULL,
	reason TEXT NOT NULL,
	CONSTRAINT plan_revision_pk PRIMARY KEY (association_id, plan_id, sequence),
	CONSTRAINT plan_revision_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);

CREATE TABLE plan_reservation (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	budget_year INTEGER NOT NULL,
	line_code VARCHAR(100) NOT NULL,
	application_id UUID NOT NULL,
	amount_ore BIGINT NOT NULL,
	decision JSONB NOT NULL,
	effective_from DATE NOT NULL,
	CONSTRAINT plan_reservation_pk PRIMARY KEY (association_id, plan_id, sequence),
	CONSTRAINT plan_reservation_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);

-- Every outcome stays: the spent amount as of a day is the latest one recorded up to it.
CREATE TABLE plan_outcome (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	budget_year INTEGER NOT NULL,
	line_code VARCHAR(100) NOT NULL,
	as_of DATE NOT NULL,
	amount_ore BIGINT NOT NULL,
	CONSTRAINT plan_outcome_pk PRIMARY KEY (association_id, plan_id, sequence),
	CONSTRAINT plan_outcome_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);

-- The latest pledges per year; a new pledge event for the year replaces them.
CREATE TABLE plan_pledge (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	budget_year INTEGER NOT NULL,
	member VARCHAR(11) NOT NULL,
	position INTEGER NOT NULL,
	split VARCHAR(20) NOT NULL,
	amount_ore BIGINT NOT NULL,
	population INTEGER,
	CONSTRAINT plan_pledge_pk PRIMARY KEY (association_id, plan_id, budget_year, member),
	CONSTRAINT plan_pledge_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);

CREATE TABLE plan_payment (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	budget_year INTEGER NOT NULL,
	member VARCHAR(11) NOT NULL,
	received_on DATE NOT NULL,
	amount_ore BIGINT NOT NULL,
	CONSTRAINT plan_payment_pk PRIMARY KEY (association_id, plan_id, sequence),
	CONSTRAINT plan_payment_plan_fk FOREIGN KEY (association_id, plan_id)
		REFERENCES plan (association_id, plan_id) ON DELETE CASCADE
);
