package se.finsam.query.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/** The plan view for other read models (internal control), as of a day. */
@Component
public class PlanQueries {

	private final PlanRepository repository;

	PlanQueries(PlanRepository repository) {
		this.repository = repository;
	}

	public Optional<PlanView> plan(UUID associationId, int year, LocalDate asOf) {
		return history(associationId, year).map((history) -> history.asOf(asOf));
	}

	/** The plan as it stood on each of the days, read from the store once. */
	public Optional<Function<LocalDate, PlanView>> asOfAnyDay(UUID associationId, int year) {
		return history(associationId, year).map((history) -> history::asOf);
	}

	private Optional<PlanHistory> history(UUID associationId, int year) {
		UUID planId = PlanId.of(new AssociationId(associationId), year).value();
		return this.repository.find(associationId, planId);
	}

}
