package se.finsam.query.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
		UUID planId = PlanId.of(new AssociationId(associationId), year).value();
		return this.repository.find(associationId, planId).map((history) -> history.asOf(asOf));
	}

}
