package se.finsam.command.history;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

import se.finsam.events.meeting.MinutesAdjusted;

/**
 * Adds every stored event to the history's Merkle tree, in the order the event store's
 * tracking processor delivers them (global index, gaps settled), and seals a checkpoint
 * when minutes are adjusted and at each year's end. Leaves and checkpoints are written in
 * the processor's transaction, with its position.
 */
@Component
@ProcessingGroup(HistoryLedger.PROCESSING_GROUP)
class HistoryLedger {

	static final String PROCESSING_GROUP = "history";

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcTemplate jdbc;

	private final HistoryVerifier tree;

	HistoryLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		// Reads through the processor's transaction, so a seal sees the leaf just added.
		this.tree = new HistoryVerifier(new TransactionAwareDataSourceProxy(jdbc.getDataSource()));
	}

	@EventHandler
	void on(Object payload, EventMessage<?> event) {
		// By the event's own identifier: for an event that fills a gap (committed after
		// one
		// with a higher index, as concurrent commands do) the tracking token's position
		// is
		// the highest index seen, not this event's.
		long globalIndex = this.jdbc.queryForObject(
				"SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", Long.class,
				event.getIdentifier());
		Integer previousYear = this.jdbc
			.query("""
					SELECT e.timestamp FROM history_leaf l JOIN domainevententry e ON e.globalindex = l.global_index
					ORDER BY l.leaf_index DESC LIMIT 1""",
					(row, i) -> Instant.parse(row.getString(1)).atZone(SWEDEN).getYear())
			.stream()
			.findFirst()
			.orElse(null);
		int year = event.getTimestamp().atZone(SWEDEN).getYear();
		if (previousYear != null && year > previousYear) {
			seal("Årsskifte " + previousYear + "/" + year);
		}
		this.jdbc.update("""
				INSERT INTO history_leaf (leaf_index, global_index)
				SELECT coalesce(max(leaf_index) + 1, 0), ? FROM history_leaf
				ON CONFLICT (global_index) DO NOTHING""", globalIndex);
		if (payload instanceof MinutesAdjusted adjusted) {
			seal("Protokoll justerat " + adjusted.adjustedOn() + " (sammanträde " + adjusted.meetingId() + ")");
		}
	}

	/**
	 * Seals the tree as it stands; nothing if a checkpoint of this size exists. The
	 * moment is the database's, not the application's clock (which a test or the local
	 * demo may set to another day): a seal says when the history really stood so.
	 */
	void seal(String reason) {
		List<byte[]> leaves = this.tree.leafHashes();
		this.jdbc.update(
				"""
						INSERT INTO history_checkpoint (tree_size, root_hash, sealed_at, reason) VALUES (?, ?, clock_timestamp(), ?)
						ON CONFLICT (tree_size) DO NOTHING""",
				(long) leaves.size(), MerkleTree.root(leaves, 0, leaves.size()), reason);
	}

}
