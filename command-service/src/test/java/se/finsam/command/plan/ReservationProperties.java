package se.finsam.command.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.axonframework.test.aggregate.AggregateTestFixture;

import se.finsam.command.shared.RuleViolation;
import se.finsam.events.Money;
import se.finsam.events.plan.BudgetRevised;
import se.finsam.events.plan.FundsReserved;

import static se.finsam.command.plan.PlanFixture.ASSOCIATION;
import static se.finsam.command.plan.PlanFixture.PLAN;
import static se.finsam.command.plan.PlanFixture.YEAR;
import static se.finsam.command.plan.PlanFixture.adopted;
import static se.finsam.command.plan.PlanFixture.decision;
import static se.finsam.command.plan.PlanFixture.drafted;
import static se.finsam.command.plan.PlanFixture.freeFunds;
import static se.finsam.command.plan.PlanFixture.reserve;

/**
 * Whatever grants came before and however the budget was revised, a new reservation is
 * accepted exactly when the reserved total stays within the latest budget (in öre).
 */
class ReservationProperties {

	@Property(tries = 200)
	void aReservationIsAcceptedExactlyWhenItFits(@ForAll @LongRange(min = 1, max = 2_000_000) long budget,
			@ForAll @Size(max = 6) List<@LongRange(min = 1, max = 600_000) Long> grants,
			@ForAll @LongRange(min = 0, max = 3_000_000) long revisedTo,
			@ForAll @LongRange(min = 1, max = 1_000_000) long requested) {
		List<Object> history = new ArrayList<>(List.of(drafted(freeFunds(budget)), adopted()));
		long reserved = 0;
		long limit = budget;
		for (long grant : grants) {
			if (reserved + grant <= limit) {
				history.add(reservation(grant));
				reserved += grant;
			}
		}
		if (revisedTo >= reserved) {
			history.add(new BudgetRevised(ASSOCIATION, PLAN, YEAR, List.of(freeFunds(revisedTo)), "Revidering",
					decision(LocalDate.of(2026, 2, 1), 3)));
			limit = revisedTo;
		}
		AggregateTestFixture<Plan> fixture = new AggregateTestFixture<>(Plan.class);
		fixture.registerInjectableResource(PlanFixture.DIRECTORY);
		if (reserved + requested <= limit) {
			fixture.given(history).when(reserve(requested)).expectEvents(reservation(requested));
		}
		else {
			fixture.given(history).when(reserve(requested)).expectException(RuleViolation.class).expectNoEvents();
		}
	}

	private static FundsReserved reservation(long kronor) {
		ReserveFunds command = reserve(kronor);
		return new FundsReserved(ASSOCIATION, PLAN, YEAR, "fria-medel", command.applicationId(), Money.ofKronor(kronor),
				command.decision());
	}

}
