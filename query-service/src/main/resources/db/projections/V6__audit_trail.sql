-- The audit trail: every event of every association once (the event id is the key, so a
-- re-delivered copy changes nothing), with who did it and the data as published.

CREATE TABLE audit_event (
	event_id VARCHAR(64) NOT NULL,
	association_id UUID NOT NULL,
	occurred_at TIMESTAMPTZ NOT NULL,
	event_type VARCHAR(100) NOT NULL,
	revision VARCHAR(20),
	aggregate_type VARCHAR(100),
	aggregate_id VARCHAR(100),
	sequence_number BIGINT NOT NULL,
	user_id VARCHAR(255),
	organisation VARCHAR(255),
	roles VARCHAR(255),
	correlation_id VARCHAR(64),
	causation_id VARCHAR(64),
	payload JSONB NOT NULL,
	CONSTRAINT audit_event_pk PRIMARY KEY (event_id)
);

CREATE INDEX audit_event_by_time ON audit_event (association_id, occurred_at, aggregate_id, sequence_number);
CREATE INDEX audit_event_by_user ON audit_event (association_id, user_id);
CREATE INDEX audit_event_by_aggregate ON audit_event (association_id, aggregate_id);
