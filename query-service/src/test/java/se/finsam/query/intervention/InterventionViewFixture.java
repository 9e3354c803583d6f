package se.finsam.query.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.query.intervention.InterventionHistory.FiledReport;

/**
 * Interventions of an association modelled on Klarälvdalen's: its members, a start
 * decision, and reports built from a few counts.
 */
final class InterventionViewFixture {

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11"));

	static final OrganisationNumber FK = OrganisationNumber.of("202100-5521");

	static final OrganisationNumber REGION = OrganisationNumber.of("232100-0164");

	static final OrganisationNumber FORSHAGA = OrganisationNumber.of("212000-1785");

	static final OrganisationNumber HAGFORS = OrganisationNumber.of("212000-1827");

	private InterventionViewFixture() {
	}

	static Money kr(long kronor) {
		return Money.ofKronor(kronor);
	}

	static AssociationRegistered registered() {
		return new AssociationRegistered(ASSOCIATION, "Klarälvdalens Samordningsförbund",
				OrganisationNumber.of("222000-2634"),
				List.of(new MemberOrganisation(FK, "Försäkringskassan", MemberKind.STATE_AGENCY),
						new MemberOrganisation(REGION, "Region Värmland", MemberKind.REGION),
						new MemberOrganisation(FORSHAGA, "Forshaga kommun", MemberKind.MUNICIPALITY)),
				List.of());
	}

	static DecisionReference decision(LocalDate meetingDate, int item) {
		return new DecisionReference(new MeetingId(UUID.nameUUIDFromBytes(meetingDate.toString().getBytes())),
				meetingDate, item);
	}

	/**
	 * Started by the decision, with its budget per year in kronor from the start's year
	 * on.
	 */
	static InterventionStarted started(InterventionId id, String name, OrganisationNumber owner, InterventionKind kind,
			DecisionReference decision, LocalDate start, LocalDate end, long... kronor) {
		List<AnnualAmount> budget = new ArrayList<>();
		for (int i = 0; i < kronor.length; i++) {
			budget.add(new AnnualAmount(start.getYear() + i, kr(kronor[i])));
		}
		return new InterventionStarted(id, ASSOCIATION, decision, null, name, owner, kind,
				new InterventionPeriod(start, end), budget,
				new TargetGroup("Personer i behov av samordnat stöd", 16, 64),
				List.of(new MeasurableGoal("Deltagare går till arbete eller studier", "minst 50 %")), List.of(), null,
				"BIP");
	}

	/** New, active and ended for one legal gender and age band. */
	static ParticipantCount count(LegalGender gender, AgeBand band, int newCount, int active, int ended) {
		return new ParticipantCount(gender, band, newCount, active, ended);
	}

	static OutcomeCount outcome(LegalGender gender, ExitOutcome outcome, int count) {
		return new OutcomeCount(gender, outcome, count);
	}

	static InterventionReportFiled report(InterventionId id, UUID reportId, LocalDate periodStart, LocalDate periodEnd,
			LocalDate filedOn, UUID supersedes, List<ParticipantCount> participants, List<OutcomeCount> outcomes) {
		return new InterventionReportFiled(id, ASSOCIATION, reportId, periodStart, periodEnd, filedOn, supersedes,
				kr(100_000), participants, outcomes, List.of(), List.of(), "Verksamheten går enligt plan.");
	}

	/** A report as the view keeps it, for the plain tests. */
	static FiledReport filed(long sequence, LocalDate periodStart, LocalDate periodEnd,
			List<ParticipantCount> participants, List<OutcomeCount> outcomes) {
		return new FiledReport(sequence, UUID.randomUUID(), periodStart, periodEnd, periodEnd.plusDays(10), null,
				kr(100_000), participants, outcomes, List.of(), List.of(), null);
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
