-- The event store: the product's source of truth. Rows are only ever inserted.

CREATE TABLE domainevententry (
	globalindex BIGSERIAL NOT NULL,
	aggregateidentifier VARCHAR(255) NOT NULL,
	sequencenumber BIGINT NOT NULL,
	type VARCHAR(255),
	eventidentifier VARCHAR(255) NOT NULL,
	metadata BYTEA,
	payload BYTEA NOT NULL,
	payloadrevision VARCHAR(255),
	payloadtype VARCHAR(255) NOT NULL,
	timestamp VARCHAR(255) NOT NULL,
	CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
	-- Optimistic concurrency across nodes: two writers of the same aggregate version collide here.
	CONSTRAINT domainevententry_aggregate_sequence_uk UNIQUE (aggregateidentifier, sequencenumber),
	CONSTRAINT domainevententry_event_uk UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
	aggregateidentifier VARCHAR(255) NOT NULL,
	sequencenumber BIGINT NOT NULL,
	type VARCHAR(255) NOT NULL,
	eventidentifier VARCHAR(255) NOT NULL,
	metadata BYTEA,
	payload BYTEA NOT NULL,
	payloadrevision VARCHAR(255),
	payloadtype VARCHAR(255) NOT NULL,
	timestamp VARCHAR(255) NOT NULL,
	CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
	CONSTRAINT snapshotevententry_event_uk UNIQUE (eventidentifier)
);

-- Events are facts: the store refuses updates and deletes, whoever asks.
CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'events are immutable: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER domainevententry_immutable
	BEFORE UPDATE OR DELETE ON domainevententry
	FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
