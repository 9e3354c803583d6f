-- The key store (docs/personal-data.md): one row per data subject, a person named in one
-- association. The data key is stored wrapped by the master key of master_key_version.
-- lookup is an HMAC of the association and the name, so a name finds its subject without
-- being stored; sealed_name is the name sealed with the subject's own key, so that an
-- administrator can list the subjects. Erasure clears all four and keeps the row as proof
-- that the subject existed and was erased.

CREATE TABLE data_subject (
	subject_id UUID NOT NULL,
	association_id UUID NOT NULL,
	key_version INTEGER NOT NULL,
	lookup BYTEA,
	master_key_version INTEGER,
	wrapped_key BYTEA,
	sealed_name BYTEA,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	erased_at TIMESTAMPTZ,
	CONSTRAINT data_subject_pk PRIMARY KEY (subject_id),
	CONSTRAINT data_subject_lookup_uk UNIQUE (lookup),
	CONSTRAINT data_subject_erased_keeps_nothing CHECK ((erased_at IS NULL) = (lookup IS NOT NULL
		AND master_key_version IS NOT NULL AND wrapped_key IS NOT NULL AND sealed_name IS NOT NULL))
);

CREATE INDEX data_subject_by_association ON data_subject (association_id);
