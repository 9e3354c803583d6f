package se.finsam.command.association;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AssociationId;
import se.finsam.events.association.PersonalDataErased;
import se.finsam.platform.personaldata.SubjectErasure;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.association.AssociationFixture.FK;
import static se.finsam.command.association.AssociationFixture.ID;
import static se.finsam.command.association.AssociationFixture.association;
import static se.finsam.command.association.AssociationFixture.seat;

class PersonalDataErasureTest {

	private static final UUID SUBJECT = UUID.fromString("5d8a1f3e-2b7c-4e9a-8f10-6c4b2d9e7a31");

	private final KeyStoreOfOneSubject keys = new KeyStoreOfOneSubject();

	private AggregateTestFixture<Association> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Association.class);
		this.fixture.registerInjectableResource(this.keys);
	}

	@Test
	void erasesTheSubjectsKeyAndRecordsItWithoutTheName() {
		this.fixture.given(registered())
			.when(new ErasePersonalData(ID, SUBJECT, " Begäran enligt GDPR artikel 17 "))
			.expectSuccessfulHandlerExecution()
			.expectEvents(new PersonalDataErased(ID, SUBJECT, "Begäran enligt GDPR artikel 17"));
		assertThat(this.keys.erased).containsExactly(SUBJECT);
	}

	@Test
	void refusesASubjectThatIsNotTheAssociations() {
		this.fixture.given(registered())
			.when(new ErasePersonalData(ID, UUID.randomUUID(), "Begäran"))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("Personen finns inte bland förbundets personuppgifter.")
			.expectNoEvents();
	}

	@Test
	void refusesToEraseTheSameSubjectTwice() {
		this.fixture.given(registered(), new PersonalDataErased(ID, SUBJECT, "Begäran"))
			.when(new ErasePersonalData(ID, SUBJECT, "Igen"))
			.expectException(StateConflict.class)
			.expectNoEvents();
	}

	private static Object registered() {
		return association().seated(seat(FK, "Anna Andersson", "Bo Berg")).registered();
	}

	/** The key store's erasure, knowing one subject of association {@code ID}. */
	private static final class KeyStoreOfOneSubject implements SubjectErasure {

		private final Set<UUID> erased = new HashSet<>();

		@Override
		public boolean erase(AssociationId association, UUID subject) {
			boolean known = association.equals(ID) && subject.equals(SUBJECT);
			if (known) {
				this.erased.add(subject);
			}
			return known;
		}

	}

}
