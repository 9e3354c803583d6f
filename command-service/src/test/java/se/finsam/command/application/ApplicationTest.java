package se.finsam.command.application;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.application.ApplicationAmended;
import se.finsam.events.application.ApplicationAssessed;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.ApplicationDeferred;
import se.finsam.events.application.ApplicationRejected;
import se.finsam.events.application.ApplicationSubmitted;
import se.finsam.events.application.ApplicationWithdrawn;
import se.finsam.events.application.DecisionProposed;
import se.finsam.events.application.Proposal;
import se.finsam.events.application.Recommendation;

import static se.finsam.command.application.ApplicationFixture.AF;
import static se.finsam.command.application.ApplicationFixture.ASSOCIATION;
import static se.finsam.command.application.ApplicationFixture.EXAMPLE_MUNICIPALITY;
import static se.finsam.command.application.ApplicationFixture.FK;
import static se.finsam.command.application.ApplicationFixture.FORSHAGA;
import static se.finsam.command.application.ApplicationFixture.HAGFORS;
import static se.finsam.command.application.ApplicationFixture.ID;
import static se.finsam.command.application.ApplicationFixture.INTERVENTION;
import static se.finsam.command.application.ApplicationFixture.ITEM;
import static se.finsam.command.application.ApplicationFixture.LATER_ITEM;
import static se.finsam.command.application.ApplicationFixture.OTHER_REGION;
import static se.finsam.command.application.ApplicationFixture.OUTSIDER;
import static se.finsam.command.application.ApplicationFixture.REGION;
import static se.finsam.command.application.ApplicationFixture.SUBMITTED_ON;
import static se.finsam.command.application.ApplicationFixture.WINDOW_2025;
import static se.finsam.command.application.ApplicationFixture.approved;
import static se.finsam.command.application.ApplicationFixture.conflict;
import static se.finsam.command.application.ApplicationFixture.content;
import static se.finsam.command.application.ApplicationFixture.item;
import static se.finsam.command.application.ApplicationFixture.kronor;
import static se.finsam.command.application.ApplicationFixture.onAgenda;
import static se.finsam.command.application.ApplicationFixture.proposed;
import static se.finsam.command.application.ApplicationFixture.registered;
import static se.finsam.command.application.ApplicationFixture.rules;
import static se.finsam.command.application.ApplicationFixture.steering;
import static se.finsam.command.application.ApplicationFixture.submission;
import static se.finsam.command.application.ApplicationFixture.submitted;
import static se.finsam.command.application.ApplicationFixture.violates;
import static se.finsam.command.application.ApplicationFixture.waitingForDecision;

class ApplicationTest {

	private ApplicationFixture application;

	private AggregateTestFixture<Application> fixture;

	@BeforeEach
	void setUp() {
		this.application = new ApplicationFixture();
		this.fixture = this.application.aggregate();
	}

	@Nested
	class Submission {

		@Test
		void submitsAnApplicationThatFollowsTheRules() {
			ApplicationContent content = content().build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectSuccessfulHandlerExecution()
				.expectEvents(submitted(content));
		}

		@Test
		void acceptsTheLastDayOfTheWindow() {
			ApplicationContent content = content().build();
			SubmitApplication lastDay = new SubmitApplication(ID, ASSOCIATION, FORSHAGA.organisationNumber(),
					WINDOW_2025.closes(), content);
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(lastDay)
				.expectEvents(new ApplicationSubmitted(ID, ASSOCIATION, FORSHAGA.organisationNumber(),
						WINDOW_2025.closes(), content));
		}

		@Test
		void rejectsSubmissionAfterTheWindowClosesAndNamesTheNextWindow() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submittedOn(LocalDate.of(2025, 10, 11)))
				.expectException(violates("application.window-closed"))
				.expectExceptionMessage("Förbundet tar inte emot ansökningar 2025-10-11. "
						+ "Nästa ansökningsperiod är 2026-01-15–2026-03-31.")
				.expectNoEvents();
		}

		@Test
		void rejectsSubmissionBeforeTheAssociationHasOpenedAnyWindow() {
			// Before its first rules the association has the law's defaults: no window.
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(new SubmitApplication(ID, ASSOCIATION, FORSHAGA.organisationNumber(), LocalDate.of(2024, 12, 31),
						content().goalAreas().build()))
				.expectException(violates("application.window-closed"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnApplicantThatIsNotAMember() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(new SubmitApplication(ID, ASSOCIATION, OUTSIDER, SUBMITTED_ON, content().build()))
				.expectException(violates("application.applicant-not-member"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnApplicationToAnUnknownAssociation() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(new SubmitApplication(ID, AssociationId.random(), FORSHAGA.organisationNumber(), SUBMITTED_ON,
						content().build()))
				.expectException(AggregateNotFoundException.class)
				.expectNoEvents();
		}

		@Test
		void rejectsAnOwnerThatIsNotAMember() {
			ApplicationContent content = content()
				.participants(List.of(OUTSIDER, FORSHAGA.organisationNumber(), FK.organisationNumber()))
				.build();
			ApplicationContent outsiderOwns = new ApplicationContent(content.title(), OUTSIDER, content.participants(),
					content.kind(), content.targetGroup(), content.period(), content.requested(), content.goalAreas(),
					content.measurableGoals(), content.genderEquality(), content.implementationPlan(),
					content.steeringGroup(), content.contactPerson(), content.method());
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(outsiderOwns))
				.expectException(violates("application.owner-not-member", "application.participant-not-member"))
				.expectNoEvents();
		}

		@Test
		void rejectsAParticipantThatIsNotAMember() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content()
					.participants(List.of(FORSHAGA.organisationNumber(), FK.organisationNumber(), OUTSIDER))
					.build()))
				.expectException(violates("application.participant-not-member"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnOwnerThatDoesNotParticipate() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().participants(FK, REGION).steeringGroup().build()))
				.expectException(violates("application.owner-not-participant"))
				.expectNoEvents();
		}

		@Test
		void countsAllMunicipalitiesAsOneParty() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(
						content().participants(FORSHAGA, HAGFORS, EXAMPLE_MUNICIPALITY).steeringGroup().build()))
				.expectException(violates("application.too-few-parties"))
				.expectExceptionMessage(Matchers.startsWith("Ansökan omfattar 1 part men förbundet kräver minst 2."))
				.expectNoEvents();
		}

		@Test
		void countsAllRegionsAsOneParty() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().owner(REGION).participants(REGION, OTHER_REGION).steeringGroup().build()))
				.expectException(violates("application.too-few-parties"))
				.expectNoEvents();
		}

		@Test
		void countsEachStateAgencyAsAPartyOfItsOwn() {
			ApplicationContent content = content().owner(FK).participants(FK, AF).steeringGroup().build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectEvents(submitted(content));
		}

		@Test
		void rejectsFewerPartiesThanTheCharterRequires() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 2, 1), rules().minimumParties(3).build());
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().participants(FORSHAGA, HAGFORS, FK).build()))
				.expectException(violates("application.too-few-parties"))
				.expectNoEvents();
		}

		@Test
		void acceptsAsManyPartiesAsTheCharterRequires() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 2, 1), rules().minimumParties(3).build());
			ApplicationContent content = content().participants(FORSHAGA, HAGFORS, FK, REGION).build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectEvents(submitted(content));
		}

		@Test
		void rejectsAGoalAreaTheCharterDoesNotHave() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().goalAreas("Arbete och studier", "Hälsa").build()))
				.expectException(violates("application.goal-area-unknown"))
				.expectExceptionMessage(
						"Målområdet \"Hälsa\" finns inte bland förbundets målområden: Arbete och studier, Samverkan.")
				.expectNoEvents();
		}

		@Test
		void rejectsAnApplicationThatNamesNoGoalAreaWhenTheCharterListsSome() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().goalAreas().build()))
				.expectException(violates("application.goal-area-required"))
				.expectNoEvents();
		}

		@Test
		void acceptsNoGoalAreaWhenTheCharterListsNone() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 2, 1), rules().goalAreas().build());
			ApplicationContent content = content().goalAreas().build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectEvents(submitted(content));
		}

		@Test
		void rejectsATargetGroupOutsideTheChartersAges() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 2, 1), rules().ages(18, 29).build());
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().ages(16, 29).build()))
				.expectException(violates("application.target-age-range"))
				.expectNoEvents();
		}

		@Test
		void rejectsATargetGroupWhoseYoungestIsOlderThanItsOldest() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().ages(30, 25).build()))
				.expectException(violates("application.target-age-range"))
				.expectNoEvents();
		}

		@Test
		void rejectsAPeriodThatEndsBeforeItStarts() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().period("2025-05-01", "2025-04-30").requested(kronor(2025, 1000)).build()))
				.expectException(violates("application.period-order"))
				.expectNoEvents();
		}

		@Test
		void acceptsAPeriodOfOneDay() {
			ApplicationContent content = content().period("2025-05-01", "2025-05-01")
				.requested(kronor(2025, 1000))
				.build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectEvents(submitted(content));
		}

		@Test
		void rejectsAnApplicationThatRequestsNothing() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().requested().build()))
				.expectException(violates("application.amounts-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsARequestedYearOutsideThePeriod() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().requested(kronor(2025, 1000), kronor(2027, 1000)).build()))
				.expectException(violates("application.amount-year-outside-period"))
				.expectExceptionMessage("Året 2027 ligger utanför insatsens period 2025-05-01–2026-12-31.")
				.expectNoEvents();
		}

		@Test
		void rejectsTheSameYearRequestedTwice() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().requested(kronor(2025, 1000), kronor(2025, 2000)).build()))
				.expectException(violates("application.amount-year-duplicate"))
				.expectNoEvents();
		}

		@Test
		void rejectsAZeroOrNegativeAmount() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().requested(kronor(2025, 0), kronor(2026, -5)).build()))
				.expectException(violates("application.amount-not-positive", "application.amount-not-positive"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnApplicationWithoutMeasurableGoals() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().goals().build()))
				.expectException(violates("application.goals-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsAMissingGenderEqualityPerspectiveWhenTheCharterRequiresIt() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content().genderEquality("  ").build()))
				.expectException(violates("application.gender-equality-required"))
				.expectNoEvents();
		}

		@Test
		void acceptsNoGenderEqualityPerspectiveWhenTheCharterDoesNotRequireIt() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 2, 1),
					rules().genderEqualityRequired(false).build());
			ApplicationContent content = content().genderEquality("").build();
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(content))
				.expectEvents(submitted(content));
		}

		@Test
		void rejectsASteeringGroupMemberFromAnOrganisationThatDoesNotParticipate() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(submission(
						content().steeringGroup(steering(FORSHAGA, "Eva Lund"), steering(REGION, "Bo Berg")).build()))
				.expectException(violates("application.steering-group-not-participant"))
				.expectNoEvents();
		}

		@Test
		void reportsEveryBrokenRuleAtOnce() {
			ApplicationTest.this.fixture.givenNoPriorActivity()
				.when(new SubmitApplication(ID, ASSOCIATION, OUTSIDER, LocalDate.of(2025, 12, 1),
						content().participants(FORSHAGA, HAGFORS).goals().genderEquality("").build()))
				.expectException(violates("application.window-closed", "application.applicant-not-member",
						"application.too-few-parties", "application.goals-required",
						"application.gender-equality-required", "application.steering-group-not-participant"))
				.expectNoEvents();
		}

		private SubmitApplication submittedOn(LocalDate day) {
			return new SubmitApplication(ID, ASSOCIATION, FORSHAGA.organisationNumber(), day, content().build());
		}

	}

	@Nested
	class Amendment {

		private final LocalDate amendedOn = LocalDate.of(2025, 2, 10);

		@Test
		void replacesTheContentAndAnswersTheNewVersion() {
			ApplicationContent amended = content().title("Vägen till arbete och studier").build();
			ApplicationTest.this.fixture.given(submitted())
				.when(new AmendApplication(ID, 0L, this.amendedOn, amended))
				.expectEvents(new ApplicationAmended(ID, ASSOCIATION, this.amendedOn, amended))
				.expectResultMessagePayload(1L);
		}

		@Test
		void mayBeAmendedAfterTheWindowHasClosed() {
			LocalDate afterWindow = LocalDate.of(2025, 11, 20);
			ApplicationContent amended = content().title("Ny titel").build();
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new AmendApplication(ID, 1L, afterWindow, amended))
				.expectEvents(new ApplicationAmended(ID, ASSOCIATION, afterWindow, amended));
		}

		@Test
		void isJudgedByTheRulesInForceOnTheDayOfTheAmendment() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 6, 1), rules().minimumParties(3).build());
			ApplicationContent sameParties = content().title("Ny titel").build();
			ApplicationTest.this.fixture.given(submitted())
				.when(new AmendApplication(ID, 0L, LocalDate.of(2025, 6, 1), sameParties))
				.expectException(violates("application.too-few-parties"))
				.expectNoEvents();
		}

		@Test
		void followsTheRulesOfItsDayEvenWhenTheyChangeLater() {
			ApplicationTest.this.application.rulesFrom(LocalDate.of(2025, 6, 1), rules().minimumParties(3).build());
			ApplicationContent sameParties = content().title("Ny titel").build();
			ApplicationTest.this.fixture.given(submitted())
				.when(new AmendApplication(ID, 0L, LocalDate.of(2025, 5, 31), sameParties))
				.expectEvents(new ApplicationAmended(ID, ASSOCIATION, LocalDate.of(2025, 5, 31), sameParties));
		}

		@Test
		void rejectsAnAmendmentThatBreaksAContentRule() {
			ApplicationTest.this.fixture.given(submitted())
				.when(new AmendApplication(ID, 0L, this.amendedOn,
						content().requested(kronor(2025, 1000), kronor(2025, 1000)).build()))
				.expectException(violates("application.amount-year-duplicate"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnAmendmentOfAWithdrawnApplication() {
			ApplicationTest.this.fixture.given(submitted(), new ApplicationWithdrawn(ID, ASSOCIATION, "Inte längre"))
				.when(new AmendApplication(ID, 1L, this.amendedOn, content().build()))
				.expectException(conflict("application.withdrawn"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnAmendmentAfterTheDecision() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationRejected(ID, ASSOCIATION, ITEM, "Bara en part."))
				.when(new AmendApplication(ID, 4L, this.amendedOn, content().build()))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

		@Test
		void aStaleExpectedVersionIsAConflict() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new AmendApplication(ID, 0L, this.amendedOn, content().build()))
				.expectException(ConflictingAggregateVersionException.class)
				.expectNoEvents();
		}

	}

	@Nested
	class Withdrawal {

		@Test
		void withdrawsAnApplicationInPreparation() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new WithdrawApplication(ID, 1L, "Kommunen driver arbetet själv."))
				.expectEvents(new ApplicationWithdrawn(ID, ASSOCIATION, "Kommunen driver arbetet själv."))
				.expectResultMessagePayload(2L);
		}

		@Test
		void withdrawsAnApplicationWaitingOnTheAgenda() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new WithdrawApplication(ID, 3L, "Finansieras på annat sätt."))
				.expectEvents(new ApplicationWithdrawn(ID, ASSOCIATION, "Finansieras på annat sätt."));
		}

		@Test
		void rejectsWithdrawingTwice() {
			ApplicationTest.this.fixture.given(submitted(), new ApplicationWithdrawn(ID, ASSOCIATION, "Inte längre"))
				.when(new WithdrawApplication(ID, 1L, "Igen"))
				.expectException(conflict("application.withdrawn"))
				.expectNoEvents();
		}

		@Test
		void rejectsWithdrawalAfterApproval() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(approved(content().build(), ITEM, content().build().requested(), null))
				.when(new WithdrawApplication(ID, 4L, "För sent"))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

	}

	@Nested
	class Preparation {

		@Test
		void registersTheApplicationInTheDiary() {
			ApplicationTest.this.fixture.given(submitted())
				.when(new RegisterApplication(ID, 0L, "2025/14"))
				.expectEvents(registered())
				.expectResultMessagePayload(1L);
		}

		@Test
		void rejectsASecondRegistration() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RegisterApplication(ID, 1L, "2025/15"))
				.expectException(conflict("application.already-registered"))
				.expectExceptionMessage("Ansökan är redan diarieförd med diarienummer 2025/14.")
				.expectNoEvents();
		}

		@Test
		void rejectsRegistrationOfAWithdrawnApplication() {
			ApplicationTest.this.fixture.given(submitted(), new ApplicationWithdrawn(ID, ASSOCIATION, "Inte längre"))
				.when(new RegisterApplication(ID, 1L, "2025/14"))
				.expectException(conflict("application.withdrawn"))
				.expectNoEvents();
		}

		@Test
		void recordsARecommendationToGrantLess() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RecordAssessment(ID, 1L, "Lokalkostnaden är för hög.", Recommendation.APPROVE_REDUCED,
						List.of(kronor(2025, 120000), kronor(2026, 250000))))
				.expectEvents(new ApplicationAssessed(ID, ASSOCIATION, "Lokalkostnaden är för hög.",
						Recommendation.APPROVE_REDUCED, List.of(kronor(2025, 120000), kronor(2026, 250000))))
				.expectResultMessagePayload(2L);
		}

		@Test
		void recordsARecommendationToRejectWithoutAmounts() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RecordAssessment(ID, 1L, "Saknar förankring.", Recommendation.REJECT, List.of()))
				.expectEvents(new ApplicationAssessed(ID, ASSOCIATION, "Saknar förankring.", Recommendation.REJECT,
						List.of()));
		}

		@Test
		void rejectsAnAssessmentBeforeRegistration() {
			ApplicationTest.this.fixture.given(submitted())
				.when(new RecordAssessment(ID, 0L, "Bra.", Recommendation.APPROVE, content().build().requested()))
				.expectException(violates("application.not-registered"))
				.expectNoEvents();
		}

		@Test
		void rejectsRecommendedAmountsAboveTheRequested() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RecordAssessment(ID, 1L, "Bra.", Recommendation.APPROVE,
						List.of(kronor(2025, 150001), kronor(2026, 300000))))
				.expectException(violates("application.amount-above-requested"))
				.expectNoEvents();
		}

		@Test
		void rejectsRecommendedAmountsWithARecommendationToReject() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RecordAssessment(ID, 1L, "Nej.", Recommendation.REJECT, List.of(kronor(2025, 1000))))
				.expectException(violates("application.amounts-with-rejection"))
				.expectNoEvents();
		}

		@Test
		void rejectsARecommendationToGrantWithoutAmounts() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new RecordAssessment(ID, 1L, "Bra.", Recommendation.APPROVE, List.of()))
				.expectException(violates("application.amounts-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnAssessmentWhileTheApplicationWaitsOnTheAgenda() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new RecordAssessment(ID, 3L, "Sent.", Recommendation.REJECT, List.of()))
				.expectException(conflict("application.on-agenda"))
				.expectNoEvents();
		}

		@Test
		void rejectsAnAssessmentAfterTheDecision() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationRejected(ID, ASSOCIATION, ITEM, "Bara en part."))
				.when(new RecordAssessment(ID, 4L, "Sent.", Recommendation.REJECT, List.of()))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

		@Test
		void proposesToGrantLessThanRequestedWithConditions() {
			Proposal proposal = Proposal.approve(List.of(kronor(2026, 200000)), "Delrapport i december.");
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L, proposal))
				.expectEvents(new DecisionProposed(ID, ASSOCIATION, proposal))
				.expectResultMessagePayload(2L);
		}

		@Test
		void proposesARejectionWithAReason() {
			Proposal proposal = Proposal.reject("Insatsen ryms inte i budgeten.");
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L, proposal))
				.expectEvents(new DecisionProposed(ID, ASSOCIATION, proposal));
		}

		@Test
		void rejectsAProposalBeforeRegistration() {
			ApplicationTest.this.fixture.given(submitted())
				.when(new ProposeDecision(ID, 0L, Proposal.reject("Nej.")))
				.expectException(violates("application.not-registered"))
				.expectNoEvents();
		}

		@Test
		void rejectsAProposalAboveTheRequestedAmountForAYear() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L, Proposal.approve(List.of(kronor(2026, 300001)), null)))
				.expectException(violates("application.amount-above-requested"))
				.expectExceptionMessage("Beloppet för 2026 (300001.00 kr) är högre än det sökta (300000.00 kr).")
				.expectNoEvents();
		}

		@Test
		void rejectsAProposalForAYearThatWasNotRequested() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L, Proposal.approve(List.of(kronor(2027, 1000)), null)))
				.expectException(violates("application.amount-year-not-requested"))
				.expectExceptionMessage("Året 2027 finns inte bland de sökta åren (2025, 2026).")
				.expectNoEvents();
		}

		@Test
		void rejectsAProposalToGrantNothing() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L, Proposal.approve(List.of(), null)))
				.expectException(violates("application.amounts-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsARejectionProposalWithAmountsAndWithoutAReason() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new ProposeDecision(ID, 1L,
						new Proposal(Proposal.Outcome.REJECT, List.of(kronor(2025, 1000)), null, " ")))
				.expectException(
						violates("application.amounts-with-rejection", "application.rejection-reason-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsANewProposalWhileTheApplicationWaitsOnTheAgenda() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ProposeDecision(ID, 3L, Proposal.reject("Ändrat.")))
				.expectException(conflict("application.on-agenda"))
				.expectNoEvents();
		}

		@Test
		void revisesTheProposalAfterADeferral() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.when(new ProposeDecision(ID, 4L, Proposal.reject("Ändrat efter bordläggning.")))
				.expectEvents(new DecisionProposed(ID, ASSOCIATION, Proposal.reject("Ändrat efter bordläggning.")));
		}

	}

	@Nested
	class Agenda {

		@Test
		void placesAProposedApplicationOnTheAgenda() {
			ApplicationTest.this.fixture.given(submitted(), registered(), proposed())
				.when(new PlaceOnAgenda(ID, ITEM))
				.expectEvents(onAgenda(ITEM))
				.expectResultMessagePayload(3L);
		}

		@Test
		void rejectsAnApplicationWithoutAProposal() {
			ApplicationTest.this.fixture.given(submitted(), registered())
				.when(new PlaceOnAgenda(ID, ITEM))
				.expectException(violates("application.no-proposal"))
				.expectNoEvents();
		}

		@Test
		void rejectsASecondItemWhileTheApplicationWaitsOnOne() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new PlaceOnAgenda(ID, LATER_ITEM))
				.expectException(conflict("application.on-agenda"))
				.expectExceptionMessage("Ansökan står redan på dagordningen (2025-03-19 § 12) och väntar på "
						+ "styrelsens beslut där.")
				.expectNoEvents();
		}

		@Test
		void placesADeferredApplicationOnALaterMeeting() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.when(new PlaceOnAgenda(ID, LATER_ITEM))
				.expectEvents(onAgenda(LATER_ITEM));
		}

		@Test
		void rejectsADeferredApplicationOnTheMeetingThatDeferredIt() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.when(new PlaceOnAgenda(ID, new DecisionReference(ITEM.meetingId(), ITEM.meetingDate(), 15)))
				.expectException(violates("application.agenda-not-later"))
				.expectNoEvents();
		}

		@Test
		void rejectsADeferredApplicationOnAnEarlierMeeting() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.when(new PlaceOnAgenda(ID, item("2025-02-12", 3)))
				.expectException(violates("application.agenda-not-later"))
				.expectNoEvents();
		}

		@Test
		void rejectsAWithdrawnApplication() {
			ApplicationTest.this.fixture.given(submitted(), registered(), proposed())
				.andGiven(new ApplicationWithdrawn(ID, ASSOCIATION, "Inte längre"))
				.when(new PlaceOnAgenda(ID, ITEM))
				.expectException(conflict("application.withdrawn"))
				.expectNoEvents();
		}

		@Test
		void rejectsADecidedApplication() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationRejected(ID, ASSOCIATION, ITEM, "Bara en part."))
				.when(new PlaceOnAgenda(ID, LATER_ITEM))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

	}

	@Nested
	class Decision {

		@Test
		void approvesInFullAndCarriesWhatTheInterventionNeeds() {
			ApplicationContent content = content().build();
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, content.requested(), null, INTERVENTION))
				.expectEvents(approved(content, ITEM, content.requested(), null))
				.expectResultMessagePayload(approved(content, ITEM, content.requested(), null));
		}

		@Test
		void approvesALowerAmountWithConditions() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(kronor(2026, 100000)), " Delrapport i december. ",
						INTERVENTION))
				.expectEvents(
						approved(content().build(), ITEM, List.of(kronor(2026, 100000)), "Delrapport i december."));
		}

		@Test
		void approvesWhatTheApplicationStatesAtTheDecision() {
			ApplicationContent amended = content().title("Vägen till arbete och studier").build();
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationAmended(ID, ASSOCIATION, LocalDate.of(2025, 3, 1), amended))
				.when(new ApproveApplication(ID, ITEM, amended.requested(), "", INTERVENTION))
				.expectEvents(approved(amended, ITEM, amended.requested(), null));
		}

		@Test
		void rejectsAGrantAboveTheRequestedAmount() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(kronor(2025, 150001)), null, INTERVENTION))
				.expectException(violates("application.amount-above-requested"))
				.expectNoEvents();
		}

		@Test
		void rejectsAGrantForAYearThatWasNotRequested() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(kronor(2024, 1000)), null, INTERVENTION))
				.expectException(violates("application.amount-year-not-requested"))
				.expectNoEvents();
		}

		@Test
		void rejectsAGrantOfNothing() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(kronor(2025, 0)), null, INTERVENTION))
				.expectException(violates("application.amount-not-positive"))
				.expectNoEvents();
		}

		@Test
		void rejectsAGrantWithoutAmounts() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(), null, INTERVENTION))
				.expectException(violates("application.amounts-required"))
				.expectNoEvents();
		}

		@Test
		void rejectsTheSameYearGrantedTwice() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, ITEM, List.of(kronor(2025, 1000), kronor(2025, 1000)), null,
						INTERVENTION))
				.expectException(violates("application.amount-year-duplicate"))
				.expectNoEvents();
		}

		@Test
		void rejectsADecisionAtAnotherItemOfTheMeeting() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new ApproveApplication(ID, new DecisionReference(ITEM.meetingId(), ITEM.meetingDate(), 13),
						content().build().requested(), null, INTERVENTION))
				.expectException(violates("application.not-on-agenda"))
				.expectExceptionMessage("Ansökan står på dagordningen som 2025-03-19 § 12, inte som 2025-03-19 § 13.")
				.expectNoEvents();
		}

		@Test
		void rejectsADecisionAtAnotherMeeting() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new RejectApplication(ID, LATER_ITEM, "Nej."))
				.expectException(violates("application.not-on-agenda"))
				.expectNoEvents();
		}

		@Test
		void rejectsADecisionOnAnApplicationThatIsNotOnAnyAgenda() {
			ApplicationTest.this.fixture.given(submitted(), registered(), proposed())
				.when(new DeferApplication(ID, ITEM))
				.expectException(violates("application.not-on-agenda"))
				.expectNoEvents();
		}

		@Test
		void rejectsADecisionAtTheItemItWasDeferredFrom() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.when(new ApproveApplication(ID, ITEM, content().build().requested(), null, INTERVENTION))
				.expectException(violates("application.not-on-agenda"))
				.expectNoEvents();
		}

		@Test
		void rejectsTheApplicationWithTheBoardsReason() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new RejectApplication(ID, ITEM, "Insatsen ryms inte i budgeten."))
				.expectEvents(new ApplicationRejected(ID, ASSOCIATION, ITEM, "Insatsen ryms inte i budgeten."))
				.expectResultMessagePayload(4L);
		}

		@Test
		void rejectsARejectionWithoutAReason() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new RejectApplication(ID, ITEM, null))
				.expectException(violates("application.rejection-reason-required"))
				.expectNoEvents();
		}

		@Test
		void decidesADeferredApplicationAtItsLaterItem() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationDeferred(ID, ASSOCIATION, ITEM), onAgenda(LATER_ITEM))
				.when(new ApproveApplication(ID, LATER_ITEM, content().build().requested(), null, INTERVENTION))
				.expectEvents(approved(content().build(), LATER_ITEM, content().build().requested(), null));
		}

		@Test
		void defersTheApplicationToALaterMeeting() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.when(new DeferApplication(ID, ITEM))
				.expectEvents(new ApplicationDeferred(ID, ASSOCIATION, ITEM))
				.expectResultMessagePayload(4L);
		}

		@Test
		void rejectsADecisionOnAWithdrawnApplication() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationWithdrawn(ID, ASSOCIATION, "Inte längre"))
				.when(new ApproveApplication(ID, ITEM, content().build().requested(), null, INTERVENTION))
				.expectException(conflict("application.withdrawn"))
				.expectNoEvents();
		}

		@Test
		void rejectsASecondDecision() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(approved(content().build(), ITEM, content().build().requested(), null))
				.when(new RejectApplication(ID, ITEM, "Ångrat."))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

		@Test
		void rejectsADeferralAfterTheDecision() {
			ApplicationTest.this.fixture.given(waitingForDecision())
				.andGiven(new ApplicationRejected(ID, ASSOCIATION, ITEM, "Nej."))
				.when(new DeferApplication(ID, ITEM))
				.expectException(conflict("application.decided"))
				.expectNoEvents();
		}

	}

}
