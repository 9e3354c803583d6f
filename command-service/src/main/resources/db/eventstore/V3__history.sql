-- The verifiable history (docs/verifiable-history.md): the order in which events became
-- leaves of the Merkle tree, and the sealed checkpoints (tree size and root). Both are
-- insert-only, like the events themselves.

CREATE TABLE history_leaf (
	leaf_index BIGINT NOT NULL,
	global_index BIGINT NOT NULL,
	CONSTRAINT history_leaf_pk PRIMARY KEY (leaf_index),
	CONSTRAINT history_leaf_event_uk UNIQUE (global_index),
	CONSTRAINT history_leaf_event_fk FOREIGN KEY (global_index) REFERENCES domainevententry (globalindex)
);

CREATE TABLE history_checkpoint (
	tree_size BIGINT NOT NULL,
	root_hash BYTEA NOT NULL,
	sealed_at TIMESTAMPTZ NOT NULL,
	reason VARCHAR(300) NOT NULL,
	CONSTRAINT history_checkpoint_pk PRIMARY KEY (tree_size)
);

CREATE TRIGGER history_leaf_immutable
	BEFORE UPDATE OR DELETE ON history_leaf
	FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER history_checkpoint_immutable
	BEFORE UPDATE OR DELETE ON history_checkpoint
	FOR EACH ROW EXECUTE FUNCTION refuse_event_change();
