package se.finsam.command.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.test.aggregate.ResultValidator;

import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.ApplicationSubmitted;
import se.finsam.events.application.DecisionProposed;
import se.finsam.events.application.Proposal;
import se.finsam.events.association.MemberOrganisation;

import static se.finsam.command.application.ApplicationFixture.AF;
import static se.finsam.command.application.ApplicationFixture.ASSOCIATION;
import static se.finsam.command.application.ApplicationFixture.EXAMPLE_MUNICIPALITY;
import static se.finsam.command.application.ApplicationFixture.FK;
import static se.finsam.command.application.ApplicationFixture.FORSHAGA;
import static se.finsam.command.application.ApplicationFixture.HAGFORS;
import static se.finsam.command.application.ApplicationFixture.ID;
import static se.finsam.command.application.ApplicationFixture.INTERVENTION;
import static se.finsam.command.application.ApplicationFixture.ITEM;
import static se.finsam.command.application.ApplicationFixture.OTHER_REGION;
import static se.finsam.command.application.ApplicationFixture.REGION;
import static se.finsam.command.application.ApplicationFixture.approved;
import static se.finsam.command.application.ApplicationFixture.content;
import static se.finsam.command.application.ApplicationFixture.member;
import static se.finsam.command.application.ApplicationFixture.onAgenda;
import static se.finsam.command.application.ApplicationFixture.registered;
import static se.finsam.command.application.ApplicationFixture.rules;
import static se.finsam.command.application.ApplicationFixture.SUBMITTED_ON;
import static se.finsam.command.application.ApplicationFixture.submitted;
import static se.finsam.command.application.ApplicationFixture.violates;

/**
 * The two rules where an application meets numbers, checked through the aggregate against
 * models written independently of it.
 */
class ApplicationPropertiesTest {

	private static final List<MemberOrganisation> AGENCIES = List.of(FK, AF);

	private static final List<MemberOrganisation> REGIONS = List.of(REGION, OTHER_REGION);

	private static final List<MemberOrganisation> MUNICIPALITIES = List.of(FORSHAGA, HAGFORS, EXAMPLE_MUNICIPALITY,
			member("212000-2015", "Kommun fyra", MemberKind.MUNICIPALITY));

	/**
	 * Model: a party is a state agency by its own number, or the word "region" or
	 * "municipality"; the parties are the distinct keys among the participants.
	 */
	static int partiesByModel(List<MemberOrganisation> participants) {
		return (int) participants.stream()
			.map((member) -> (member.kind() == MemberKind.STATE_AGENCY) ? member.organisationNumber().value()
					: member.kind().name())
			.distinct()
			.count();
	}

	@Property(tries = 300)
	void anApplicationIsAcceptedExactlyWhenItsPartiesReachTheMinimum(@ForAll("associations") Scenario scenario) {
		ApplicationFixture application = new ApplicationFixture().onlyMembers(scenario.members())
			.rulesFrom(LocalDate.of(2025, 2, 1), rules().minimumParties(scenario.minimumParties()).build());
		ApplicationContent content = content().owner(scenario.participants().get(0))
			.participants(scenario.participants().toArray(MemberOrganisation[]::new))
			.steeringGroup()
			.build();
		SubmitApplication submission = new SubmitApplication(ID, ASSOCIATION, content.owner(), SUBMITTED_ON, content);
		ResultValidator<Application> result = application.aggregate().givenNoPriorActivity().when(submission);
		boolean enough = partiesByModel(scenario.participants()) >= scenario.minimumParties();
		coverBoth(enough);
		if (enough) {
			result.expectEvents(new ApplicationSubmitted(ID, ASSOCIATION, content.owner(), SUBMITTED_ON, content));
		}
		else {
			result.expectException(violates("application.too-few-parties")).expectNoEvents();
		}
	}

	@Provide
	Arbitrary<Scenario> associations() {
		Arbitrary<List<MemberOrganisation>> members = Combinators
			.combine(Arbitraries.of(AGENCIES).set().ofMaxSize(2), Arbitraries.of(REGIONS).set().ofMaxSize(2),
					Arbitraries.of(MUNICIPALITIES).set().ofMaxSize(4))
			.as((agencies, regions,
					municipalities) -> Stream.of(agencies, regions, municipalities).flatMap(Set::stream).toList())
			.filter((list) -> !list.isEmpty());
		return members.flatMap((list) -> Combinators
			.combine(Arbitraries.of(list).list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(2, 4))
			.as((participants, minimum) -> new Scenario(list, participants, minimum)));
	}

	/**
	 * Model: a grant is valid when it names at least one year, no year twice, and each
	 * year was requested with at least the granted amount, which is above zero.
	 */
	static boolean grantIsValidByModel(List<AnnualAmount> requested, List<AnnualAmount> granted) {
		Map<Integer, Long> limits = new HashMap<>();
		requested.forEach((amount) -> limits.put(amount.year(), amount.amount().ore()));
		Set<Integer> seen = new HashSet<>();
		return !granted.isEmpty() && granted.stream()
			.allMatch((amount) -> seen.add(amount.year()) && limits.containsKey(amount.year())
					&& amount.amount().ore() > 0 && amount.amount().ore() <= limits.get(amount.year()));
	}

	@Property(tries = 300)
	void aGrantIsRecordedExactlyWhenItStaysWithinTheRequestedAmounts(@ForAll("grants") Grant grant) {
		ApplicationContent content = content().period("2025-01-01", "2027-12-31").requested(grant.requested()).build();
		ResultValidator<Application> result = new ApplicationFixture().aggregate()
			.given(submitted(content), registered(),
					new DecisionProposed(ID, ASSOCIATION, Proposal.reject("Ryms inte.")), onAgenda(ITEM))
			.when(new ApproveApplication(ID, ITEM, grant.granted(), null, INTERVENTION));
		boolean valid = grantIsValidByModel(grant.requested(), grant.granted());
		coverBoth(valid);
		if (valid) {
			result.expectEvents(approved(content, ITEM, grant.granted(), null));
		}
		else {
			result.expectException(RuleViolation.class).expectNoEvents();
		}
	}

	@Provide
	Arbitrary<Grant> grants() {
		Arbitrary<List<AnnualAmount>> requested = Arbitraries.integers()
			.between(2025, 2027)
			.set()
			.ofMinSize(1)
			.flatMap((years) -> Combinators
				.combine(years.stream()
					.map((year) -> Arbitraries.longs().between(1, 50_000_000).map((ore) -> amount(year, ore)))
					.toList())
				.as((amounts) -> amounts));
		return requested.flatMap((amounts) -> grantedNear(amounts).map((granted) -> new Grant(amounts, granted)));
	}

	/**
	 * Grants cluster around the requested amounts, where mistakes hide, and sometimes add
	 * a stray year (outside the request, twice, zero or below), or grant nothing at all.
	 */
	private static Arbitrary<List<AnnualAmount>> grantedNear(List<AnnualAmount> requested) {
		Arbitrary<List<AnnualAmount>> near = Arbitraries.subsetOf(requested)
			.ofMinSize(1)
			.flatMap((years) -> Combinators
				.combine(years.stream()
					.map((amount) -> Arbitraries.longs()
						.between(-2, 2)
						.map((delta) -> amount(amount.year(), amount.amount().ore() + delta)))
					.toList())
				.as((amounts) -> amounts));
		Arbitrary<AnnualAmount> stray = Combinators
			.combine(Arbitraries.integers().between(2024, 2028), Arbitraries.longs().between(-100, 60_000_000))
			.as(ApplicationPropertiesTest::amount);
		Arbitrary<List<AnnualAmount>> nearAndStray = Combinators.combine(near, stray)
			.as((amounts, extra) -> Stream.concat(amounts.stream(), Stream.of(extra)).toList());
		return Arbitraries.frequencyOf(Tuple.of(6, near), Tuple.of(3, nearAndStray),
				Tuple.of(1, Arbitraries.just(List.<AnnualAmount>of())));
	}

	/** A property that only ever saw one outcome would prove half of the rule. */
	private static void coverBoth(boolean accepted) {
		Statistics.label("accepted").collect(accepted);
		Statistics.label("accepted").coverage((coverage) -> {
			coverage.check(true).percentage((share) -> share > 10);
			coverage.check(false).percentage((share) -> share > 10);
		});
	}

	private static AnnualAmount amount(int year, long ore) {
		return new AnnualAmount(year, new Money(ore));
	}

	record Scenario(List<MemberOrganisation> members, List<MemberOrganisation> participants, int minimumParties) {
	}

	record Grant(List<AnnualAmount> requested, List<AnnualAmount> granted) {
	}

}
