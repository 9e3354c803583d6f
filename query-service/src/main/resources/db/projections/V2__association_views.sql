-- The association register. Every row carries its association id: no query reads across
-- associations. "version" is the sequence number of the last event applied to the row, the
-- guard that makes a re-delivered event change nothing.

CREATE TABLE association (
	association_id UUID NOT NULL,
	name VARCHAR(200) NOT NULL,
	organisation_number VARCHAR(11) NOT NULL,
	version BIGINT NOT NULL,
	registered_at TIMESTAMPTZ NOT NULL,
	registered_by VARCHAR(255) NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT association_pk PRIMARY KEY (association_id)
);

CREATE TABLE association_member (
	association_id UUID NOT NULL REFERENCES association (association_id) ON DELETE CASCADE,
	organisation_number VARCHAR(11) NOT NULL,
	name VARCHAR(200) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	joined_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT association_member_pk PRIMARY KEY (association_id, organisation_number)
);

CREATE TABLE association_board_seat (
	association_id UUID NOT NULL REFERENCES association (association_id) ON DELETE CASCADE,
	member_organisation VARCHAR(11) NOT NULL,
	ordinary_member VARCHAR(200) NOT NULL,
	deputy VARCHAR(200),
	CONSTRAINT association_board_seat_pk PRIMARY KEY (association_id, member_organisation)
);
