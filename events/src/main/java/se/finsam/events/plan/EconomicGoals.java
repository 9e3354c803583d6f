package se.finsam.events.plan;

import se.finsam.events.Money;

/**
 * The economic goals a plan states; each is {@code null} when the plan sets none. Shares
 * are whole per cents of the year's contributions.
 *
 * @param equityCeilingPercent equity at most this share of the year's contributions
 * @param equityFloor equity at least this amount
 * @param administrationShareMaxPercent administration and secretariat at most this share
 * @param individualShareMinPercent individual-oriented interventions at least this share
 */
public record EconomicGoals(Integer equityCeilingPercent, Money equityFloor, Integer administrationShareMaxPercent,
		Integer individualShareMinPercent) {

	public static final EconomicGoals NONE = new EconomicGoals(null, null, null, null);

}
