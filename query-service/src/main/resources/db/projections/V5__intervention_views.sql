-- The funded interventions view: register, reports, report schedule, money, goals and the
-- indicator survey results. Nothing is overwritten that a past day could ask for: every
-- decision, report, payment and schedule is a row with the day it counts from, so the view can
-- be read as of any date. Amounts are whole öre (BIGINT), as the contract's Money. "version" is
-- the sequence number of the last event applied from that aggregate: the guard that makes a
-- re-delivered event change nothing.

-- Member organisations, for the owners' names; the view reads no other view's tables.
CREATE TABLE intervention_association (
	association_id UUID NOT NULL,
	version BIGINT NOT NULL,
	CONSTRAINT intervention_association_pk PRIMARY KEY (association_id)
);

CREATE TABLE intervention_member (
	association_id UUID NOT NULL REFERENCES intervention_association (association_id) ON DELETE CASCADE,
	organisation_number VARCHAR(11) NOT NULL,
	name VARCHAR(200) NOT NULL,
	CONSTRAINT intervention_member_pk PRIMARY KEY (association_id, organisation_number)
);

-- The steering group is not kept: it names persons, and no answer of this view needs them.
CREATE TABLE intervention (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	version BIGINT NOT NULL,
	name TEXT NOT NULL,
	owner VARCHAR(11) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	application_id UUID,
	decision JSONB NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	closed_on DATE,
	closure JSONB,
	updated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT intervention_pk PRIMARY KEY (association_id, intervention_id)
);

-- GET /api/interventions/{id} learns the association from the intervention's id.
CREATE INDEX intervention_id_idx ON intervention (intervention_id);

-- The budget per year as started and as each later decision changed it, from its meeting date.
CREATE TABLE intervention_budget (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	effective_from DATE NOT NULL,
	decision JSONB NOT NULL,
	amounts JSONB NOT NULL,
	CONSTRAINT intervention_budget_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_budget_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

CREATE TABLE intervention_goals (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	effective_from DATE NOT NULL,
	decision JSONB NOT NULL,
	goals JSONB NOT NULL,
	CONSTRAINT intervention_goals_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_goals_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

CREATE TABLE intervention_extension (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	new_end DATE NOT NULL,
	decision JSONB NOT NULL,
	effective_from DATE NOT NULL,
	CONSTRAINT intervention_extension_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_extension_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

-- Every schedule stays, from the Swedish day it was recorded; the latest by a day is in force.
CREATE TABLE intervention_schedule (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	recorded_on DATE NOT NULL,
	dues JSONB NOT NULL,
	CONSTRAINT intervention_schedule_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_schedule_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

-- Every report stays, superseded or not: a correction is a new report that supersedes one.
CREATE TABLE intervention_report (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	report_id UUID NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	filed_on DATE NOT NULL,
	supersedes UUID,
	costs_to_date_ore BIGINT NOT NULL,
	participants JSONB NOT NULL,
	outcomes JSONB NOT NULL,
	steps JSONB NOT NULL,
	goal_results JSONB NOT NULL,
	narrative TEXT,
	CONSTRAINT intervention_report_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_report_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

CREATE TABLE intervention_disbursement (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	paid_on DATE NOT NULL,
	amount_ore BIGINT NOT NULL,
	CONSTRAINT intervention_disbursement_pk PRIMARY KEY (association_id, intervention_id, sequence),
	CONSTRAINT intervention_disbursement_fk FOREIGN KEY (association_id, intervention_id)
		REFERENCES intervention (association_id, intervention_id) ON DELETE CASCADE
);

-- The measurable targets of each year's plan (PlanGoalsSet), the latest set per plan.
CREATE TABLE intervention_plan_targets (
	association_id UUID NOT NULL,
	plan_id UUID NOT NULL,
	year INTEGER NOT NULL,
	version BIGINT NOT NULL,
	targets JSONB NOT NULL,
	CONSTRAINT intervention_plan_targets_pk PRIMARY KEY (association_id, plan_id)
);

-- Indicator results are guarded by the aggregate that recorded them, whichever it is.
CREATE TABLE intervention_indicator_source (
	association_id UUID NOT NULL,
	source_id VARCHAR(100) NOT NULL,
	version BIGINT NOT NULL,
	CONSTRAINT intervention_indicator_source_pk PRIMARY KEY (association_id, source_id)
);

-- Every record stays; per year, intervention (null: the association) and indicator, the latest
-- recorded by a day is the result of that day.
CREATE TABLE intervention_indicator_result (
	association_id UUID NOT NULL,
	source_id VARCHAR(100) NOT NULL,
	sequence BIGINT NOT NULL,
	indicator INTEGER NOT NULL,
	year INTEGER NOT NULL,
	intervention_id UUID,
	recorded_at TIMESTAMPTZ NOT NULL,
	women_respondents INTEGER,
	women_share NUMERIC,
	men_respondents INTEGER,
	men_share NUMERIC,
	CONSTRAINT intervention_indicator_result_pk PRIMARY KEY (association_id, source_id, sequence, indicator)
);

CREATE INDEX intervention_indicator_result_year_idx ON intervention_indicator_result (association_id, year);
