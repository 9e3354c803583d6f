package se.finsam.command.association;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.shared.BrokenRules;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.MemberKind;
import se.finsam.events.association.BoardSeatAssigned;
import se.finsam.events.association.MemberOrganisationAdded;

import static se.finsam.command.association.AssociationFixture.AF;
import static se.finsam.command.association.AssociationFixture.FK;
import static se.finsam.command.association.AssociationFixture.FORSHAGA;
import static se.finsam.command.association.AssociationFixture.HAGFORS;
import static se.finsam.command.association.AssociationFixture.ID;
import static se.finsam.command.association.AssociationFixture.REGION;
import static se.finsam.command.association.AssociationFixture.association;
import static se.finsam.command.association.AssociationFixture.seat;

class AssociationTest {

	private AggregateTestFixture<Association> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Association.class);
	}

	@Test
	void registersAnAssociationWithStateRegionAndMunicipality() {
		AssociationFixture association = association().seated(seat(FK, "Anna Andersson", "Bo Berg"));
		this.fixture.givenNoPriorActivity()
			.when(association.registration())
			.expectSuccessfulHandlerExecution()
			.expectEvents(association.registered());
	}

	@Test
	void rejectsRegistrationWithoutARegion() {
		this.fixture.givenNoPriorActivity()
			.when(association().without(REGION).registration())
			.expectException(RuleViolation.class)
			.expectExceptionMessage("Lägg till minst en region som medlem.")
			.expectNoEvents();
	}

	@Test
	void rejectsRegistrationWithoutTheStateOrAMunicipalityAndSaysBoth() {
		this.fixture.givenNoPriorActivity()
			.when(association().without(FK).without(AF).without(FORSHAGA).registration())
			.expectException(RuleViolation.class)
			.expectNoEvents()
			.expectException(brokenRules(2));
	}

	@Test
	void rejectsTheSameOrganisationNumberTwice() {
		this.fixture.givenNoPriorActivity()
			.when(association().with(FK).registration())
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void rejectsTheAssociationsOwnNumberAsAMember() {
		this.fixture.givenNoPriorActivity()
			.when(association().with(AssociationFixture.member("222000-2634", "Förbundet självt", MemberKind.REGION))
				.registration())
			.expectNoEvents()
			.expectException(BrokenRules.codes("association.member.is-association"));
	}

	@Test
	void rejectsABoardSeatForAnOrganisationThatIsNotAMember() {
		this.fixture.givenNoPriorActivity()
			.when(association().seated(seat(HAGFORS, "Anna Andersson", null)).registration())
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void rejectsTwoSeatsForOneMemberAndTheSamePersonAsMemberAndDeputy() {
		this.fixture.givenNoPriorActivity()
			.when(association().seated(seat(FK, "Anna Andersson", null))
				.seated(seat(FK, "Cecilia Dahl", "Cecilia Dahl"))
				.registration())
			.expectNoEvents()
			.expectException(brokenRules(2));
	}

	@Test
	void addsAMemberOrganisationAndAnswersTheNewVersion() {
		this.fixture.given(association().registered())
			.when(new AddMemberOrganisation(ID, 0, HAGFORS))
			.expectEvents(new MemberOrganisationAdded(ID, HAGFORS))
			.expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(1L));
	}

	@Test
	void rejectsAMemberThatIsAlreadyAMember() {
		this.fixture.given(association().registered())
			.when(new AddMemberOrganisation(ID, 0, REGION))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void assignsASeatToAMemberAddedLater() {
		this.fixture.given(association().registered(), new MemberOrganisationAdded(ID, HAGFORS))
			.when(new AssignBoardSeat(ID, 1, seat(HAGFORS, "Erik Ek", "Frida Falk")))
			.expectEvents(new BoardSeatAssigned(ID, seat(HAGFORS, "Erik Ek", "Frida Falk")));
	}

	@Test
	void rejectsASeatForANonMember() {
		this.fixture.given(association().registered())
			.when(new AssignBoardSeat(ID, 0, seat(HAGFORS, "Erik Ek", null)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aStaleExpectedVersionIsAConflict() {
		this.fixture.given(association().registered(), new MemberOrganisationAdded(ID, HAGFORS))
			.when(new AssignBoardSeat(ID, 0, seat(REGION, "Erik Ek", null)))
			.expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class)
			.expectNoEvents();
	}

	private static Matcher<RuleViolation> brokenRules(int count) {
		return new FeatureMatcher<RuleViolation, Integer>(Matchers.equalTo(count), "broken rules", "broken rules") {
			@Override
			protected Integer featureValueOf(RuleViolation actual) {
				return actual.broken().size();
			}
		};
	}

}
