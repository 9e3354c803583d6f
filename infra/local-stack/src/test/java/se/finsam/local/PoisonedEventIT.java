package se.finsam.local;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * An event that a view cannot store (an imported row whose date lies beyond what the
 * database can hold) is parked as a dead letter for that view, and the view goes on with
 * every other event instead of retrying that one for ever.
 */
class PoisonedEventIT {

	@Test
	void anEventNoViewCanStoreIsParkedAndTheViewsGoOn() {
		String association = Cases.associationWithBudget(1_000_000);
		String plan = Cases.planIdOf(association);
		SharedStack.Response recorded = send("POST", "/api/plans/" + plan + "/outcomes", "kansli",
				Map.of("budgetYear", Cases.YEAR, "lineCode", "fria-medel", "asOf", Cases.TODAY.toString(), "amount",
						1000, "source", "Huvudbok"));
		assertThat(recorded.status()).as("%s", recorded).isLessThan(300);

		String poisoned = LegacyEvents.append(plan, "OutcomeRecorded", plan,
				(payload) -> payload.put("asOf", "+5881580-07-12"));
		String later = SharedStack.register("Efter den trasiga raden");

		SharedStack.awaitView(later, 0, Duration.ofSeconds(60));
		SharedStack.awaitViewsCaughtUp("every view past the parked event", Duration.ofSeconds(60));
		assertThat(SharedStack.count("finsam_projections",
				"SELECT count(*) FROM deadletterentry WHERE processinggroup = 'plan' AND eventidentifier = ?",
				poisoned))
			.as("the plan view parked the event it could not store")
			.isEqualTo(1);
		assertThat(SharedStack.count("finsam_projections", "SELECT count(*) FROM audit_event WHERE event_id = ?",
				poisoned))
			.as("the audit trail, which can store it, has it")
			.isEqualTo(1);
	}

}
