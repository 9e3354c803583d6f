package se.finsam.command.plan;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.Pledge;

/**
 * Record the members' pledges for a year: the state's and regions' amounts as given, and
 * the municipalities' joint amount split among them by {@code split}.
 */
record PledgeContributions(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		int budgetYear, List<Pledge> others, Money municipalities, MunicipalitySplit split,
		List<Municipality> municipalityShares) {

	/**
	 * A municipality taking part in the split; its population aged 16–64 for a split by
	 * population.
	 */
	record Municipality(OrganisationNumber member, Integer population) {
	}

}
