-- Axon's infrastructure tables that both services use, written for PostgreSQL.
-- Names are unquoted, so PostgreSQL folds them to lower case, as Axon's queries expect.

-- Positions of the tracking processors (the Kafka publisher, the projections).
CREATE TABLE tokenentry (
	processorname VARCHAR(255) NOT NULL,
	segment INTEGER NOT NULL,
	token BYTEA,
	tokentype VARCHAR(255),
	timestamp VARCHAR(255),
	owner VARCHAR(255),
	PRIMARY KEY (processorname, segment)
);

-- Events a processor could not handle, parked per sequence (aggregate) so later events of the
-- same aggregate wait behind them. Axon's generic DDL is not valid here (BLOB, a constraint
-- named PK that can exist only once per schema).
CREATE TABLE deadletterentry (
	deadletteridentifier VARCHAR(255) NOT NULL,
	processinggroup VARCHAR(255) NOT NULL,
	sequenceidentifier VARCHAR(255) NOT NULL,
	sequenceindex BIGINT NOT NULL,
	messagetype VARCHAR(255) NOT NULL,
	eventidentifier VARCHAR(255) NOT NULL,
	timestamp TIMESTAMP NOT NULL,
	payloadtype VARCHAR(255) NOT NULL,
	payloadrevision VARCHAR(255),
	payload BYTEA NOT NULL,
	metadata BYTEA,
	type VARCHAR(255),
	aggregateidentifier VARCHAR(255),
	sequencenumber BIGINT,
	tokentype VARCHAR(255),
	token BYTEA,
	enqueuedat TIMESTAMP NOT NULL,
	lasttouched TIMESTAMP,
	processingstarted TIMESTAMP,
	causetype VARCHAR(255),
	causemessage VARCHAR(1023),
	diagnostics BYTEA,
	CONSTRAINT deadletterentry_pk PRIMARY KEY (deadletteridentifier),
	CONSTRAINT deadletterentry_sequence_uk UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);

CREATE INDEX deadletterentry_group_ix ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequence_ix ON deadletterentry (processinggroup, sequenceidentifier);
