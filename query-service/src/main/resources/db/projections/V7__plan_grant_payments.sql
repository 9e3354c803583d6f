-- Payments to grant-funded interventions, so the plan view counts them as spent on the line
-- the grant was reserved on (per the year they were paid in).

CREATE TABLE plan_grant (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	application_id UUID NOT NULL,
	CONSTRAINT plan_grant_pk PRIMARY KEY (association_id, intervention_id)
);

CREATE TABLE plan_grant_payment (
	association_id UUID NOT NULL,
	intervention_id UUID NOT NULL,
	sequence BIGINT NOT NULL,
	paid_on DATE NOT NULL,
	amount_ore BIGINT NOT NULL,
	CONSTRAINT plan_grant_payment_pk PRIMARY KEY (association_id, intervention_id, sequence)
);
