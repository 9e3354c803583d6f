package se.finsam.local;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.AF;
import static se.finsam.local.Cases.FK;
import static se.finsam.local.Cases.FORSHAGA;
import static se.finsam.local.Cases.REGION;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.Cases.member;
import static se.finsam.local.Cases.seat;
import static se.finsam.local.SharedStack.send;

/**
 * Erasing a person (crypto-shredding, docs/personal-data.md) against the real stack:
 * afterwards, and after every view is rebuilt, their name is nowhere: not in the event
 * store, the key store, the views or any record on the Kafka topic. Everything else reads
 * as before and the history's proofs still hold.
 */
class PersonalDataErasureIT {

	private static final Duration WAIT = Duration.ofSeconds(120);

	/** Unique per run, so the search cannot meet another test's data. */
	private static final String MARK = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private static final String ERASED = "Åsa Raderasson" + MARK;

	private static final String KEPT = "Kurt Kvarsson" + MARK;

	@Test
	void anErasedPersonIsNowhereAfterARebuildWhileEverythingElseAndTheProofsHold() throws Exception {
		String association = registerWithTheTwo();
		Cases.adoptBudget(association, 500_000);
		Cases.Meeting meeting = scheduleChairedBy(association, ERASED);
		meeting.attend(ERASED, "PRESENT");
		meeting.attend("Carl Carlsson", "PRESENT");
		meeting.attend("Eva Ek", "PRESENT");
		meeting.attend(KEPT, "PRESENT");
		awaitCaughtUp();
		assertThat(board(association)).containsEntry(FK, List.of(ERASED, KEPT));

		assertThat(rowsContaining("finsam_events", ERASED)).as("the event store holds names sealed").isZero();
		assertThat(recordsContaining(ERASED)).as("the topic carries names sealed").isZero();
		assertThat(rowsContaining("finsam_keys", ERASED)).isZero();
		assertThat(rowsContaining("finsam_projections", ERASED)).as("the views show names before erasure").isPositive();
		Map<String, String> figures = figures(association);
		long checkpoint = sealCheckpoint("Före radering " + MARK);
		long auditEntries = auditEntries(association);

		Response found = send("GET",
				"/api/associations/" + association + "/personal-data/subjects?name=Raderasson" + MARK, "admin", null);
		assertThat(found.status()).as("%s", found).isEqualTo(200);
		JsonNode subjects = found.body().get("subjects");
		assertThat(subjects).hasSize(1);
		assertThat(subjects.get(0).get("name").asText()).isEqualTo(ERASED);
		String subject = subjects.get(0).get("subject").asText();
		assertRefusals(association, subject);

		Response erased = send("POST", "/api/associations/" + association + "/personal-data/erasures", "admin",
				Map.of("subject", subject, "reason", "Begäran om radering enligt GDPR artikel 17"));
		assertThat(erased.status()).as("%s", erased).isEqualTo(200);
		Response again = send("POST", "/api/associations/" + association + "/personal-data/erasures", "admin",
				Map.of("subject", subject, "reason", "En gång till"));
		assertThat(again.status()).as("%s", again).isEqualTo(409);

		SharedStack.await("the board without the erased name", WAIT,
				() -> board(association).get(FK).equals(List.of("[raderad]", KEPT)));
		SharedStack.await("the erasure in the audit trail", WAIT, () -> auditEntries(association) == auditEntries + 1);
		awaitCaughtUp();
		assertThat(rowsContaining("finsam_projections", ERASED)).as("views blank the name on the erasure").isZero();
		assertThat(figures(association)).isEqualTo(erasedIn(figures));

		rebuildEveryView();
		assertThat(rowsContaining("finsam_projections", ERASED)).isZero();
		assertThat(rowsContaining("finsam_projections", "Raderasson" + MARK)).isZero();
		assertThat(rowsContaining("finsam_events", "Raderasson" + MARK)).isZero();
		assertThat(rowsContaining("finsam_keys", "Raderasson" + MARK)).isZero();
		assertThat(recordsContaining("Raderasson" + MARK)).isZero();
		assertThat(rowsContaining("finsam_projections", KEPT)).as("the other person still reads").isPositive();
		assertThat(board(association)).containsEntry(FK, List.of("[raderad]", KEPT));
		assertThat(figures(association)).isEqualTo(erasedIn(figures));
		assertThat(auditEntries(association)).isEqualTo(auditEntries + 1);
		JsonNode erasure = send("GET", "/api/associations/" + association + "/audit?type=PersonalDataErased", "revisor",
				null)
			.body();
		assertThat(erasure.toString()).contains(subject).contains("admin").doesNotContain(MARK);

		assertTheHistoryHolds(association, checkpoint);
	}

	private static String registerWithTheTwo() {
		Response response = send("POST", "/api/associations", "kansli", Map.of("name", "Raderingsförbundet",
				"organisationNumber", "222000-2634", "members",
				List.of(member("Försäkringskassan", "STATE_AGENCY", FK),
						member("Arbetsförmedlingen", "STATE_AGENCY", AF), member("Region Värmland", "REGION", REGION),
						member("Forshaga kommun", "MUNICIPALITY", FORSHAGA)),
				"board", List.of(seat(FK, ERASED, KEPT), seat(AF, "Carl Carlsson", "Dora Dahl"),
						seat(REGION, "Eva Ek", "Finn Fors"), seat(FORSHAGA, "Gun Gran", "Hans Hed"))));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		String association = response.body().get("associationId").asText();
		SharedStack.awaitView(association, 0, WAIT);
		return association;
	}

	private static Cases.Meeting scheduleChairedBy(String association, String chair) {
		Response response = send("POST", "/api/meetings", "kansli",
				Map.of("associationId", association, "date", TODAY.toString(), "startTime", "13:00", "place",
						"Kommunhuset, Forshaga", "chair", chair, "firstItemNumber", 1));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return Cases.Meeting.of(response.body().get("meetingId").asText());
	}

	/**
	 * Only an administrator sees subjects and erases; an unknown subject changes nothing.
	 */
	private static void assertRefusals(String association, String subject) {
		assertThat(send("GET", "/api/associations/" + association + "/personal-data/subjects", "kansli", null).status())
			.isEqualTo(403);
		assertThat(send("POST", "/api/associations/" + association + "/personal-data/erasures", "kansli",
				Map.of("subject", subject, "reason", "Försök"))
			.status()).isEqualTo(403);
		long before = SharedStack.storedEvents(association);
		Response unknown = send("POST", "/api/associations/" + association + "/personal-data/erasures", "admin",
				Map.of("subject", UUID.randomUUID().toString(), "reason", "Okänd"));
		assertThat(unknown.status()).as("%s", unknown).isEqualTo(422);
		assertThat(unknown.body().get("errors").findValuesAsText("code")).contains("association.subject.unknown");
		assertThat(SharedStack.storedEvents(association)).isEqualTo(before);
	}

	/** Per member organisation, its ordinary member and deputy as the view shows them. */
	private static Map<String, List<String>> board(String association) {
		Map<String, List<String>> board = new LinkedHashMap<>();
		SharedStack.awaitView(association, 0, WAIT)
			.get("board")
			.forEach((seat) -> board.put(seat.get("memberOrganisation").asText(),
					List.of(seat.get("ordinaryMember").asText(), seat.get("deputy").asText())));
		return board;
	}

	/**
	 * What the views answer about the association, apart from the moment they answer for.
	 */
	private static Map<String, String> figures(String association) {
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("plan",
				send("GET", "/api/plans/" + Cases.planIdOf(association), "revisor", null).body().toString());
		// The erasure is an event of the association: its version moves, its contents do
		// not.
		JsonNode view = SharedStack.awaitView(association, 0, WAIT);
		for (String part : List.of("name", "members", "board", "charter")) {
			figures.put("association " + part, view.get(part).toString());
		}
		for (String register : List.of("applications", "meetings", "decisions")) {
			figures.put(register,
					send("GET", "/api/associations/" + association + "/" + register, "revisor", null).body()
						.get("rows")
						.toString());
		}
		figures.put("control",
				send("GET", "/api/associations/" + association + "/internal-control?year=" + YEAR, "revisor", null)
					.body()
					.get("controls")
					.toString());
		return figures;
	}

	private static Map<String, String> erasedIn(Map<String, String> figures) {
		Map<String, String> erased = new LinkedHashMap<>();
		figures.forEach((name, json) -> erased.put(name, json.replace(ERASED, "[raderad]")));
		return erased;
	}

	private static long auditEntries(String association) {
		return SharedStack.count("finsam_projections", "SELECT count(*) FROM audit_event WHERE association_id = ?",
				UUID.fromString(association));
	}

	private static void awaitCaughtUp() {
		SharedStack.awaitViewsCaughtUp("the views caught up", WAIT);
	}

	private static void rebuildEveryView() {
		for (String projection : send("GET", "/api/admin/projections", "admin", null).body()
			.get("projections")
			.findValuesAsText("name")) {
			JsonNode report = rebuild(projection);
			assertThat(report.get("identical").asBoolean())
				.as("%s rebuilt after the erasure is the view that blanked the name", projection)
				.isTrue();
		}
	}

	/** Rebuilds a view and returns the replay's report once it has caught up. */
	private static JsonNode rebuild(String projection) {
		Response started = send("POST", "/api/admin/projections/" + projection + "/replay", "admin", null);
		assertThat(started.status()).as("%s", started).isEqualTo(202);
		String id = started.body().get("id").asText();
		JsonNode[] report = new JsonNode[1];
		SharedStack.await(projection + " rebuilt", Duration.ofSeconds(120), () -> {
			report[0] = send("GET", "/api/admin/replays/" + id, "admin", null).body();
			return report[0].hasNonNull("finishedAt");
		});
		return report[0];
	}

	private static long sealCheckpoint(String reason) {
		SharedStack.await("every event in the history", WAIT,
				() -> send("GET", "/api/history/verification", "revisor", null).body().get("pending").asLong() == 0);
		Response sealed = send("POST", "/api/history/checkpoints", "kansli", Map.of("reason", reason));
		assertThat(sealed.status()).as("%s", sealed).isEqualTo(200);
		for (JsonNode checkpoint : sealed.body().get("checkpoints")) {
			if (checkpoint.get("reason").asText().equals(reason)) {
				return checkpoint.get("size").asLong();
			}
		}
		throw new AssertionError("no checkpoint sealed for " + reason + ": " + sealed);
	}

	/**
	 * The erasure changed nothing that was hashed: every proof made before still holds.
	 */
	private static void assertTheHistoryHolds(String association, long checkpoint) {
		SharedStack.await("the erasure in the history", WAIT,
				() -> send("GET", "/api/history/verification", "revisor", null).body().get("pending").asLong() == 0);
		JsonNode verification = send("GET", "/api/history/verification", "revisor", null).body();
		assertThat(verification.get("valid").asBoolean()).as("%s", verification).isTrue();
		String registered = firstEventOf(association);
		JsonNode inclusion = send("GET", "/api/history/inclusion/" + registered + "?checkpoint=" + checkpoint,
				"revisor", null)
			.body();
		assertThat(inclusion.get("verified").asBoolean()).as("%s", inclusion).isTrue();
	}

	private static String firstEventOf(String aggregate) {
		try (Connection connection = SharedStack.connect("finsam_events");
				PreparedStatement statement = connection.prepareStatement(
						"SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")) {
			statement.setString(1, aggregate);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				return rows.getString(1);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Rows of every table of the database with the text in any column: as text, and in
	 * binary columns as UTF-8 bytes.
	 */
	private static long rowsContaining(String database, String text) throws Exception {
		Map<String, List<String>> conditions = new LinkedHashMap<>();
		try (Connection connection = SharedStack.connect(database);
				PreparedStatement columns = connection.prepareStatement(
						"""
								SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
								JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
								WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
								ORDER BY c.table_name, c.ordinal_position""");
				ResultSet rows = columns.executeQuery()) {
			while (rows.next()) {
				String column = '"' + rows.getString(2) + '"';
				conditions.computeIfAbsent(rows.getString(1), (table) -> new ArrayList<>())
					.add("bytea".equals(rows.getString(3)) ? "position(convert_to(?, 'UTF8') in " + column + ") > 0"
							: "strpos(" + column + "::text, ?) > 0");
			}
			assertThat(conditions).as("tables of %s", database).isNotEmpty();
			long found = 0;
			for (Map.Entry<String, List<String>> table : conditions.entrySet()) {
				try (PreparedStatement search = connection.prepareStatement("SELECT count(*) FROM \"" + table.getKey()
						+ "\" WHERE " + String.join(" OR ", table.getValue()))) {
					for (int i = 1; i <= table.getValue().size(); i++) {
						search.setString(i, text);
					}
					try (ResultSet count = search.executeQuery()) {
						count.next();
						found += count.getLong(1);
					}
				}
			}
			return found;
		}
	}

	/** Records on the topic, from its beginning, whose value or headers hold the text. */
	private static long recordsContaining(String text) {
		byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
		long found = 0;
		try (KafkaConsumer<String, byte[]> consumer = SharedStack.consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(SharedStack.TOPIC)
				.stream()
				.map((info) -> new TopicPartition(SharedStack.TOPIC, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long read = 0;
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					read++;
					boolean inHeaders = false;
					for (Header header : record.headers()) {
						inHeaders |= contains(header.value(), wanted);
					}
					if (contains(record.value(), wanted) || inHeaders) {
						found++;
					}
				}
			}
			assertThat(read).as("records on the topic").isPositive();
		}
		return found;
	}

	private static boolean contains(byte[] bytes, byte[] wanted) {
		if (bytes == null) {
			return false;
		}
		outer: for (int i = 0; i + wanted.length <= bytes.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
