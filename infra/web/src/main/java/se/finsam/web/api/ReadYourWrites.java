package se.finsam.web.api;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import se.finsam.web.WebProperties;

/**
 * "After a user submits, the page they land on already shows the result": the command
 * answers with the aggregate's version; before redirecting, the page waits (bounded)
 * until the read side has applied that version. The audit trail holds every event of an
 * aggregate, and the registers are read from it, so its count for the aggregate (which
 * every role that may see the aggregate may ask for) is the version the read side has
 * reached.
 */
@Component
public class ReadYourWrites {

	private final ApiClient api;

	private final Duration patience;

	public ReadYourWrites(ApiClient api, WebProperties properties) {
		this.api = api;
		this.patience = properties.readYourWrites();
	}

	/**
	 * Waits until the read side has applied the aggregate's event number {@code version}
	 * (counted from 0); false if it did not within the bounded wait.
	 */
	public boolean await(String associationId, String aggregateId, long version) {
		String path = "/api/associations/" + associationId + "/aggregates/" + aggregateId + "/events";
		return until(() -> this.api.get(path).path("total").asLong() > version);
	}

	/** Waits until the plan view has applied the plan's event number {@code version}. */
	public boolean awaitPlan(String planId, long version) {
		return until(() -> this.api.find("/api/plans/" + planId)
			.map((plan) -> plan.path("version").asLong(-1) >= version)
			.orElse(false));
	}

	private boolean until(BooleanSupplier caughtUp) {
		Instant deadline = Instant.now().plus(this.patience);
		while (!caughtUp.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				return false;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

}
