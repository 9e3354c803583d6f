package se.finsam.events.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.AssociationSamples;
import se.finsam.events.intervention.ReportDue.ReportKind;

/** One sample of every intervention event, for the snapshot test. */
public final class InterventionSamples {

	private static final InterventionId ID = new InterventionId(
			UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b"));

	private static final DecisionReference CHANGE = new DecisionReference(
			new MeetingId(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")), LocalDate.of(2025, 9, 18), 11);

	private InterventionSamples() {
	}

	public static Map<String, Object> all() {
		OrganisationNumber hagfors = OrganisationNumber.of("212000-1827");
		Map<String, Object> samples = new TreeMap<>(Map.of("InterventionStarted",
				new InterventionStarted(ID, AssociationSamples.ID, AssociationSamples.DECISION,
						new ApplicationId(UUID.fromString("e2d4b6a8-0c1e-4f2a-8b3c-5d7e9f1a2b44")), "Rebus Hagfors",
						hagfors, InterventionKind.INDIVIDUAL,
						new InterventionPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
						List.of(new AnnualAmount(2025, Money.ofKronor(400_000)),
								new AnnualAmount(2026, Money.ofKronor(500_000))),
						new TargetGroup("Unga vuxna långt från arbetsmarknaden", 18, 29),
						List.of(new MeasurableGoal("Andel som går till arbete eller studier", "minst 45 %")),
						List.of(new SteeringGroupMember(hagfors, PersonName.of("Ivar Ide"))),
						"Rapport till varje styrelsemöte.", "Supported Employment"),
				"InterventionGoalsSet",
				new InterventionGoalsSet(ID, AssociationSamples.ID,
						List.of(new InterventionGoal("Minst 45 % av de avslutade går till arbete eller studier",
								GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, true, new BigDecimal("45")),
								new InterventionGoal("Minst 80 % tar ett steg mot arbete",
										GoalMeasure.SHARE_ACTIVE_WITH_STEP, true, new BigDecimal("80")),
								new InterventionGoal("Deltagarna upplever inflytande över sin rehabilitering", null,
										null, null)),
						CHANGE),
				"InterventionExtended",
				new InterventionExtended(ID, AssociationSamples.ID, LocalDate.of(2027, 6, 30), CHANGE),
				"InterventionBudgetChanged",
				new InterventionBudgetChanged(ID, AssociationSamples.ID,
						List.of(new AnnualAmount(2025, Money.ofKronor(400_000)),
								new AnnualAmount(2026, Money.ofKronor(550_000)),
								new AnnualAmount(2027, new Money(20_000_050))),
						CHANGE),
				"InterventionClosed",
				new InterventionClosed(ID, AssociationSamples.ID, LocalDate.of(2027, 6, 30),
						new DecisionReference(CHANGE.meetingId(), LocalDate.of(2027, 9, 16), 6)),
				"ReportScheduleSet",
				new ReportScheduleSet(ID, AssociationSamples.ID,
						List.of(new ReportDue(LocalDate.of(2025, 9, 5), LocalDate.of(2025, 8, 31), ReportKind.INTERIM),
								new ReportDue(LocalDate.of(2026, 1, 31), LocalDate.of(2025, 12, 31), ReportKind.ANNUAL),
								new ReportDue(LocalDate.of(2027, 8, 31), LocalDate.of(2027, 6, 30), ReportKind.FINAL))),
				"DisbursementRecorded", new DisbursementRecorded(ID, AssociationSamples.ID, LocalDate.of(2025, 2, 28),
						Money.ofKronor(200_000), Money.ofKronor(700_000))));
		samples.put("InterventionReportFiled", report());
		return samples;
	}

	private static InterventionReportFiled report() {
		return new InterventionReportFiled(ID, AssociationSamples.ID,
				UUID.fromString("d4c3b2a1-f6e5-4b7a-9d8c-5d4c3b2a1f0e"), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 4),
				UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"), new Money(26_125_075),
				List.of(new ParticipantCount(LegalGender.WOMAN, AgeBand.AGE_20_24, 4, 7, 2),
						new ParticipantCount(LegalGender.MAN, AgeBand.AGE_25_29, 3, 5, 1)),
				List.of(new OutcomeCount(LegalGender.WOMAN, ExitOutcome.WORK, 1),
						new OutcomeCount(LegalGender.WOMAN, ExitOutcome.STUDIES, 1),
						new OutcomeCount(LegalGender.MAN, ExitOutcome.REFERRED_TO_AF, 1)),
				List.of(new StepCount(LegalGender.WOMAN, 5), new StepCount(LegalGender.MAN, 3)),
				List.of(new GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, new BigDecimal("66.7"),
						new BigDecimal("45"), true),
						new GoalResult(2, GoalMeasure.SHARE_ACTIVE_WITH_STEP, new BigDecimal("66.7"),
								new BigDecimal("80"), false)),
				"Rättad delårsrapport: kostnaderna för augusti var inte med.");
	}

}
