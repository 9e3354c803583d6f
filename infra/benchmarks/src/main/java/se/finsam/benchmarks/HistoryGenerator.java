package se.finsam.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import se.finsam.command.history.HistoryVerifier;

/**
 * A national-scale history made from the recorded template year: every association
 * registered once, then each year its plan and its board's cases, the cases repeated
 * until the history has the size asked for. Rows are written with {@code COPY} into the
 * real {@code domainevententry} table, as the product stores them, with per-aggregate
 * sequence numbers and timestamps spread over each year; every event then becomes a leaf
 * of the history's Merkle tree, and the tree is sealed once with the product's own
 * verifier.
 */
final class HistoryGenerator {

	/**
	 * Events of a plan that happen again with every case (the rest, e.g. drafting and
	 * adoption, once a year).
	 */
	private static final Set<String> REPEATED_PLAN_EVENTS = Set.of("FundsReserved", "ContributionReceived",
			"OutcomeRecorded", "BudgetRevised");

	private static final int ROWS_PER_COPY = 50_000;

	private static final HexFormat HEX = HexFormat.of();

	private final Template template;

	private final long seed;

	HistoryGenerator(Template template, long seed) {
		this.template = template;
		this.seed = seed;
	}

	/** The template year as recorded, split into what happens once and what repeats. */
	record Template(String association, int year, List<StoredEvent> setup, List<StoredEvent> yearly,
			List<Boolean> repeats) {

		static Template load(DataSource eventStore, String association, int year) throws SQLException {
			List<StoredEvent> setup = new ArrayList<>();
			List<StoredEvent> yearly = new ArrayList<>();
			List<Boolean> repeats = new ArrayList<>();
			try (Connection connection = eventStore.getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"""
									SELECT aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
										payloadrevision, payloadtype, timestamp FROM domainevententry ORDER BY globalindex""")) {
				while (rows.next()) {
					StoredEvent event = new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
							rows.getString(4), rows.getBytes(5), rows.getBytes(6), rows.getString(7), rows.getString(8),
							rows.getString(9));
					if (event.aggregateId().equals(association)) {
						setup.add(event);
					}
					else {
						yearly.add(event);
						String simpleType = event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1);
						boolean plan = "Plan".equals(event.type());
						repeats.add(!plan || REPEATED_PLAN_EVENTS.contains(simpleType));
					}
				}
			}
			return new Template(association, year, setup, yearly, repeats);
		}

		long repeated() {
			return this.repeats.stream().filter(Boolean::booleanValue).count();
		}

	}

	/** The shape of the history: how many associations, years and case repetitions. */
	record Shape(int associations, int years, int repetitions) {

		/** The repetitions that bring the history closest to the wanted size. */
		static Shape of(Template template, int associations, int years, long events) {
			double perYear = (double) events / associations / years - (double) template.setup().size() / years;
			long once = template.yearly().size() - template.repeated();
			int repetitions = (int) Math.max(1, Math.round((perYear - once) / template.repeated()));
			return new Shape(associations, years, repetitions);
		}

		long events(Template template) {
			long once = template.yearly().size() - template.repeated();
			return (long) this.associations
					* (template.setup().size() + (long) this.years * (once + this.repetitions * template.repeated()));
		}

	}

	/**
	 * Writes the history; returns the number of events written.
	 * @param lastYear the calendar year of the history's last year; its events end before
	 * {@code until}
	 */
	long write(DataSource eventStore, Shape shape, int lastYear, Instant until) throws SQLException {
		List<int[]> block = new ArrayList<>();
		for (int rep = 0; rep < shape.repetitions(); rep++) {
			for (int i = 0; i < this.template.yearly().size(); i++) {
				if (rep == 0 || this.template.repeats().get(i)) {
					block.add(new int[] { i, rep });
				}
			}
		}
		Map<String, long[]> sequences = new HashMap<>();
		long written = 0;
		try (Connection connection = eventStore.getConnection()) {
			Rows rows = new Rows(connection);
			for (int y = 0; y < shape.years(); y++) {
				int yearOffset = lastYear - shape.years() + 1 + y - this.template.year();
				int calendarYear = this.template.year() + yearOffset;
				Instant from = LocalDate.of(calendarYear, 1, 10).atStartOfDay(ZoneOffset.UTC).toInstant();
				Instant to = LocalDate.of(calendarYear, 12, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
				if (to.isAfter(until)) {
					to = until;
				}
				TemplateCopy[][] copies = new TemplateCopy[shape.associations()][shape.repetitions()];
				for (int a = 0; a < shape.associations(); a++) {
					for (int rep = 0; rep < shape.repetitions(); rep++) {
						copies[a][rep] = new TemplateCopy(this.seed, this.template.association(), this.template.year(),
								a, yearOffset, rep);
					}
				}
				int slots = block.size() + ((y == 0) ? this.template.setup().size() : 0);
				long span = to.toEpochMilli() - from.toEpochMilli();
				for (int slot = 0; slot < slots; slot++) {
					Instant at = from.plusMillis(span * slot / slots);
					for (int a = 0; a < shape.associations(); a++) {
						StoredEvent event;
						TemplateCopy copy;
						if (y == 0 && slot < this.template.setup().size()) {
							event = this.template.setup().get(slot);
							copy = copies[a][0];
						}
						else {
							int[] entry = block.get(slot - ((y == 0) ? this.template.setup().size() : 0));
							event = this.template.yearly().get(entry[0]);
							copy = copies[a][entry[1]];
						}
						String aggregate = copy.id(event.aggregateId());
						long sequence = sequences.computeIfAbsent(aggregate, (k) -> new long[1])[0]++;
						rows.add(new StoredEvent(aggregate, sequence, event.type(), copy.id(event.eventId()),
								copy.bytes(event.metadata()), copy.bytes(event.payload()), event.payloadRevision(),
								event.payloadType(), at.plusMillis(a).toString()));
						written++;
					}
				}
			}
			rows.flush();
		}
		return written;
	}

	/**
	 * Makes every event not yet in the Merkle tree a leaf, in the store's order, and
	 * seals the tree with the root the product's verifier computes.
	 */
	static void sealHistory(DataSource eventStore, String reason) throws SQLException {
		try (Connection connection = eventStore.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					INSERT INTO history_leaf (leaf_index, global_index)
					SELECT (SELECT coalesce(max(leaf_index) + 1, 0) FROM history_leaf)
						+ row_number() OVER (ORDER BY e.globalindex) - 1, e.globalindex
					FROM domainevententry e
					WHERE NOT EXISTS (SELECT 1 FROM history_leaf l WHERE l.global_index = e.globalindex)""");
		}
		HistoryVerifier.Verification verification = new HistoryVerifier(eventStore).verify();
		try (Connection connection = eventStore.getConnection();
				PreparedStatement statement = connection.prepareStatement(
						"INSERT INTO history_checkpoint (tree_size, root_hash, sealed_at, reason) VALUES (?, ?, ?, ?) "
								+ "ON CONFLICT (tree_size) DO NOTHING")) {
			statement.setLong(1, verification.leaves());
			statement.setBytes(2, HEX.parseHex(verification.currentRoot()));
			statement.setTimestamp(3, Timestamp.from(Instant.now()));
			statement.setString(4, reason);
			statement.executeUpdate();
		}
	}

	/** Rows on their way into the table, a {@code COPY} at a time. */
	static final class Rows {

		private final Connection connection;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 24);

		private int count;

		Rows(Connection connection) {
			this.connection = connection;
		}

		void add(StoredEvent event) throws SQLException {
			text(event.aggregateId()).tab();
			text(Long.toString(event.sequenceNumber())).tab();
			text(event.type()).tab();
			text(event.eventId()).tab();
			bytes(event.metadata()).tab();
			bytes(event.payload()).tab();
			text(event.payloadRevision()).tab();
			text(event.payloadType()).tab();
			text(event.timestamp());
			this.buffer.write('\n');
			if (++this.count == ROWS_PER_COPY) {
				flush();
			}
		}

		void flush() throws SQLException {
			if (this.count == 0) {
				return;
			}
			CopyIn copy = this.connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
						+ "metadata, payload, payloadrevision, payloadtype, timestamp) FROM STDIN");
			byte[] bytes = this.buffer.toByteArray();
			copy.writeToCopy(bytes, 0, bytes.length);
			copy.endCopy();
			this.buffer.reset();
			this.count = 0;
		}

		private Rows tab() {
			this.buffer.write('\t');
			return this;
		}

		private Rows text(String value) {
			if (value == null) {
				this.buffer.writeBytes("\\N".getBytes(StandardCharsets.US_ASCII));
				return this;
			}
			String escaped = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
			this.buffer.writeBytes(escaped.getBytes(StandardCharsets.UTF_8));
			return this;
		}

		private Rows bytes(byte[] value) {
			if (value == null) {
				return text(null);
			}
			// bytea in hex; the backslash itself escaped for COPY's text format.
			this.buffer.writeBytes("\\\\x".getBytes(StandardCharsets.US_ASCII));
			this.buffer.writeBytes(HEX.formatHex(value).getBytes(StandardCharsets.US_ASCII));
			return this;
		}

	}

}
