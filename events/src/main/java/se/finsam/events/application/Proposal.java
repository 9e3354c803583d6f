package se.finsam.events.application;

import java.util.List;
import java.util.Objects;

import se.finsam.events.AnnualAmount;

/**
 * The executive's proposal for a decision (förslag till beslut): approve with amounts per
 * year and any conditions, or reject with a reason. Fields that do not belong to the
 * outcome are empty ({@code amounts}) or {@code null} ({@code conditions},
 * {@code reason}).
 */
public record Proposal(Outcome outcome, List<AnnualAmount> amounts, String conditions, String reason) {

	public Proposal {
		Objects.requireNonNull(outcome, "outcome");
		amounts = List.copyOf(amounts);
	}

	public static Proposal approve(List<AnnualAmount> amounts, String conditions) {
		return new Proposal(Outcome.APPROVE, amounts, conditions, null);
	}

	public static Proposal reject(String reason) {
		return new Proposal(Outcome.REJECT, List.of(), null, reason);
	}

	/** The two decisions the executive can propose. */
	public enum Outcome {

		APPROVE, REJECT

	}

}
