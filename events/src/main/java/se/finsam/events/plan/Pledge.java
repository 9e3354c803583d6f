package se.finsam.events.plan;

import java.util.Objects;

import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;

/**
 * What a member organisation pledged for a year; for a municipality split by population,
 * the population it was computed from ({@code null} otherwise).
 */
public record Pledge(OrganisationNumber member, Money amount, Integer population) {

	public Pledge {
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(amount, "amount");
	}

}
