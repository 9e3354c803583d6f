package se.finsam.command.history;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Recomputes the history's Merkle tree from the events as stored (payload and metadata
 * bytes as written, so personal data counts in its encrypted form and erasing a key keeps
 * every proof valid) and checks it against the sealed checkpoints; proves that an event
 * is included and that a later checkpoint extends an earlier one. Plain JDBC, so the
 * command-line verifier needs nothing but the database.
 */
public final class HistoryVerifier {

	private static final HexFormat HEX = HexFormat.of();

	private final DataSource dataSource;

	public HistoryVerifier(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Every checkpoint recomputed from the events. */
	public Verification verify() {
		List<byte[]> leaves = leafHashes();
		List<CheckpointCheck> checks = new ArrayList<>();
		for (Checkpoint checkpoint : checkpoints()) {
			byte[] root = (checkpoint.size() <= leaves.size()) ? MerkleTree.root(leaves, 0, (int) checkpoint.size())
					: null;
			checks.add(new CheckpointCheck(checkpoint, (root != null) ? HEX.formatHex(root) : null,
					root != null && HEX.formatHex(root).equals(checkpoint.rootHash())));
		}
		long events = count("SELECT count(*) FROM domainevententry");
		return new Verification(events, leaves.size(), events - leaves.size(),
				HEX.formatHex(MerkleTree.root(leaves, 0, leaves.size())), checks,
				checks.stream().allMatch(CheckpointCheck::valid));
	}

	/**
	 * The audit path proving that the event is leaf {@code i} of the checkpoint's tree.
	 */
	public Optional<InclusionProof> inclusion(String eventIdentifier, long checkpointSize) {
		List<byte[]> leaves = leafHashes();
		Optional<Checkpoint> checkpoint = checkpoints().stream().filter((c) -> c.size() == checkpointSize).findFirst();
		long index = query("""
				SELECT l.leaf_index FROM history_leaf l JOIN domainevententry e ON e.globalindex = l.global_index
				WHERE e.eventidentifier = ?""", eventIdentifier);
		if (checkpoint.isEmpty() || index < 0 || index >= checkpointSize || checkpointSize > leaves.size()) {
			return Optional.empty();
		}
		List<byte[]> path = MerkleTree.inclusionProof(leaves, (int) index, (int) checkpointSize);
		boolean verified = MerkleTree.verifyInclusion(leaves.get((int) index), index, checkpointSize, path,
				HEX.parseHex(checkpoint.get().rootHash()));
		return Optional.of(new InclusionProof(eventIdentifier, index, HEX.formatHex(leaves.get((int) index)),
				checkpointSize, checkpoint.get().rootHash(), path.stream().map(HEX::formatHex).toList(), verified));
	}

	/** The proof that the later checkpoint's tree extends the earlier one's. */
	public Optional<ConsistencyProof> consistency(long fromSize, long toSize) {
		List<Checkpoint> checkpoints = checkpoints();
		Optional<Checkpoint> from = checkpoints.stream().filter((c) -> c.size() == fromSize).findFirst();
		Optional<Checkpoint> to = checkpoints.stream().filter((c) -> c.size() == toSize).findFirst();
		List<byte[]> leaves = leafHashes();
		if (from.isEmpty() || to.isEmpty() || fromSize > toSize || toSize > leaves.size()) {
			return Optional.empty();
		}
		List<byte[]> proof = MerkleTree.consistencyProof(leaves, (int) fromSize, (int) toSize);
		boolean verified = MerkleTree.verifyConsistency(fromSize, toSize, HEX.parseHex(from.get().rootHash()),
				HEX.parseHex(to.get().rootHash()), proof);
		return Optional.of(new ConsistencyProof(fromSize, from.get().rootHash(), toSize, to.get().rootHash(),
				proof.stream().map(HEX::formatHex).toList(), verified));
	}

	public List<Checkpoint> checkpoints() {
		List<Checkpoint> checkpoints = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"SELECT tree_size, root_hash, sealed_at, reason FROM history_checkpoint ORDER BY tree_size");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				checkpoints.add(new Checkpoint(rows.getLong(1), HEX.formatHex(rows.getBytes(2)),
						rows.getTimestamp(3).toInstant(), rows.getString(4)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return checkpoints;
	}

	/** The leaf hashes in leaf order, each recomputed from its event's stored bytes. */
	List<byte[]> leafHashes() {
		List<byte[]> leaves = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type, e.payloadtype,
							e.payloadrevision, e.timestamp, e.payload, e.metadata
						FROM history_leaf l JOIN domainevententry e ON e.globalindex = l.global_index
						ORDER BY l.leaf_index""")) {
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					leaves.add(MerkleTree.leafHash(leaf(rows)));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return leaves;
	}

	/**
	 * An event's leaf: every stored column, each length-prefixed so no two events can
	 * read alike.
	 */
	static byte[] leaf(ResultSet row) throws SQLException {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				DataOutputStream out = new DataOutputStream(bytes)) {
			for (int column = 1; column <= 7; column++) {
				byte[] text = (row.getString(column) != null) ? row.getString(column).getBytes(StandardCharsets.UTF_8)
						: new byte[0];
				out.writeInt(text.length);
				out.write(text);
			}
			for (int column = 8; column <= 9; column++) {
				byte[] data = (row.getBytes(column) != null) ? row.getBytes(column) : new byte[0];
				out.writeInt(data.length);
				out.write(data);
			}
			out.flush();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long count(String sql) {
		return query(sql, null);
	}

	private long query(String sql, String parameter) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getLong(1) : -1;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A sealed checkpoint: the tree of the first {@code size} events and its root. */
	public record Checkpoint(long size, String rootHash, Instant sealedAt, String reason) {
	}

	/** A checkpoint as sealed, the root recomputed now, and whether they agree. */
	public record CheckpointCheck(Checkpoint checkpoint, String recomputedRoot, boolean valid) {
	}

	/**
	 * The result: how many events are stored, how many are leaves (the rest are waiting
	 * to be added, in order), the current root, each checkpoint's check, and whether all
	 * hold.
	 */
	public record Verification(long events, long leaves, long pending, String currentRoot,
			List<CheckpointCheck> checkpoints, boolean valid) {
	}

	public record InclusionProof(String eventIdentifier, long leafIndex, String leafHash, long treeSize,
			String rootHash, List<String> auditPath, boolean verified) {
	}

	public record ConsistencyProof(long fromSize, String fromRoot, long toSize, String toRoot, List<String> proof,
			boolean verified) {
	}

}
