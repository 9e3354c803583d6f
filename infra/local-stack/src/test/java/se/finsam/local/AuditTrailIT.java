package se.finsam.local;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * The audit trail, read through the API after commands went through the store and Kafka.
 */
class AuditTrailIT {

	@Test
	void everyEventOfAnAssociationInOrderWithWhoWhatAndTheDecision() throws Exception {
		String association = SharedStack.register("Granskat förbund");
		send("POST", "/api/associations/" + association + "/members", "admin",
				Map.of("expectedVersion", 0, "member", Map.of("name", "Exempelkommun", "kind", "MUNICIPALITY",
						"organisationNumber", SharedStack.municipality(7))));
		Response charter = send("PUT", "/api/associations/" + association + "/charter", "kansli",
				Map.of("expectedVersion", 1, "validFrom", "2026-01-01", "decision",
						Map.of("meetingId", UUID.randomUUID(), "meetingDate", "2025-11-27", "item", 4), "rules",
						Map.of("quorum", "AT_LEAST_HALF", "remoteParticipationCounts", true, "minimumParties", 2,
								"genderEqualityRequired", false, "youngestParticipant", 16, "oldestParticipant", 64,
								"minutesAdjustmentDays", 14)));
		assertThat(charter.status()).as("%s", charter).isEqualTo(200);

		JsonNode[] trail = new JsonNode[1];
		SharedStack.await("three events in the audit trail", Duration.ofSeconds(60), () -> {
			trail[0] = send("GET", "/api/associations/" + association + "/audit", "revisor", null).body();
			return trail[0] != null && trail[0].path("total").asLong() == 3;
		});
		JsonNode events = trail[0].get("events");
		assertThat(events.findValuesAsText("type")).containsExactly("AssociationRegistered", "MemberOrganisationAdded",
				"CharterRulesSet");
		assertThat(events.findValuesAsText("user")).containsExactly("kansli", "admin", "kansli");
		assertThat(events.get(0).get("sentence").asText())
			.startsWith("Förbundet Granskat förbund (222000-2634) registrerades med 4 medlemmar");
		assertThat(events.get(2).get("sentence").asText())
			.isEqualTo("Förbundets regler fastställdes att gälla från 2026-01-01 (beslut 2025-11-27 § 4).");
		assertThat(events.get(2).get("decision").asText()).isEqualTo("2025-11-27 § 4");
		assertThat(events.get(2).get("data").get("rules").get("quorum").asText()).isEqualTo("AT_LEAST_HALF");
		assertThat(events.get(1).get("sequence").asLong()).isEqualTo(1);

		JsonNode byUser = send("GET", "/api/associations/" + association + "/audit?user=admin", "revisor", null).body();
		assertThat(byUser.get("total").asLong()).isEqualTo(1);
		JsonNode byType = send("GET", "/api/associations/" + association + "/audit?type=CharterRulesSet&from="
				+ LocalDate.now() + "&to=" + LocalDate.now().plusDays(1), "revisor", null)
			.body();
		assertThat(byType.get("total").asLong()).isEqualTo(1);
		JsonNode otherAssociation = send("GET", "/api/associations/" + UUID.randomUUID() + "/audit", "revisor", null)
			.body();
		assertThat(otherAssociation.get("total").asLong()).isZero();

		String text = SharedStack.text("/api/associations/" + association + "/audit.csv", "revisor");
		assertThat(text).startsWith("\uFEFFTidpunkt;Händelse;Beskrivning;");
		assertThat(text.lines().count()).isEqualTo(4);
		assertThat(SharedStack.download("/api/associations/" + association + "/audit.pdf", "revisor"))
			.startsWith("%PDF-");
	}

}
