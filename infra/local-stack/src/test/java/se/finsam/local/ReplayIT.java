package se.finsam.local;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * Rebuilding a view from the beginning of the topic while the system runs: progress is
 * visible, the rebuild is seen to end, and the rebuilt state's checksum equals the live
 * one it replaced.
 */
class ReplayIT {

	@Test
	void rebuildingAViewGivesTheSameStateAsBefore() {
		String association = SharedStack.register("Omläst förbund");
		SharedStack.awaitView(association, 0, Duration.ofSeconds(60));
		SharedStack.await("the views caught up", Duration.ofSeconds(60), () -> {
			JsonNode projections = send("GET", "/api/admin/projections", "admin", null).body().get("projections");
			return projections.size() >= 4 && projections.findValuesAsText("lag").stream().allMatch("0"::equals);
		});
		// The association view twice more at the end: a rebuild straight after a rebuild,
		// with no event between them, starts while the first one's replay state is
		// current.
		for (String projection : new String[] { "association", "audit", "plan", "intervention", "association",
				"association" }) {
			Response started = send("POST", "/api/admin/projections/" + projection + "/replay", "admin", null);
			assertThat(started.status()).as("%s", started).isEqualTo(202);
			String id = started.body().get("id").asText();
			JsonNode[] report = new JsonNode[1];
			SharedStack.await(projection + " rebuilt", Duration.ofSeconds(120), () -> {
				report[0] = send("GET", "/api/admin/replays/" + id, "admin", null).body();
				return report[0].get("finishedAt") != null && !report[0].get("finishedAt").isNull();
			});
			assertThat(report[0].get("progressPercent").asInt()).isEqualTo(100);
			assertThat(report[0].get("checksumAfter").asText()).isEqualTo(report[0].get("checksumBefore").asText());
			assertThat(report[0].get("identical").asBoolean()).isTrue();
		}
		assertThat(SharedStack.awaitView(association, 0, Duration.ofSeconds(60)).get("name").asText())
			.isEqualTo("Omläst förbund");
		assertThat(send("POST", "/api/admin/projections/nothing/replay", "admin", null).status()).isEqualTo(404);
	}

}
