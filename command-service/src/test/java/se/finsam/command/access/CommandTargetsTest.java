package se.finsam.command.access;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command touches, found from the command or from the first event of its target:
 * pure logic, with the first events given here instead of read from the store.
 */
class CommandTargetsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ASSOCIATION = "3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11";

	private static final String APPLICATION = "5a7d3c1e-2b4f-4e8a-9c6d-1f0e2a3b4c5d";

	private static final String MEETING = "9b1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d99";

	private final CommandTargets targets = new CommandTargets(new Origins(Map.of(ASSOCIATION,
			"{\"associationId\":\"" + ASSOCIATION + "\",\"organisationNumber\":\"222000-9019\"}", APPLICATION,
			"{\"applicationId\":\"" + APPLICATION + "\",\"associationId\":\"" + ASSOCIATION
					+ "\",\"applicant\":\"212000-1785\"}",
			MEETING, "{\"meetingId\":\"" + MEETING + "\",\"associationId\":\"" + ASSOCIATION + "\"}")));

	record Submit(@TargetAggregateIdentifier String applicationId, String associationId, String applicant) {
	}

	record Amend(@TargetAggregateIdentifier String applicationId, String title) {
	}

	record Decide(@TargetAggregateIdentifier String meetingId, int item) {
	}

	record DecideWithMotion(Decide decision, String motion) {
	}

	record RegisterAssociation(@TargetAggregateIdentifier String associationId, String organisationNumber) {
	}

	@Test
	void aNewCaseNamesItsAssociationAndOwner() {
		assertThat(this.targets.of(new Submit("new-id", ASSOCIATION, "202100-2114")))
			.isEqualTo(new CommandTargets.Target(Optional.of("222000-9019"), Optional.of("202100-2114")));
	}

	@Test
	void aChangeFindsThemInTheFirstEventOfItsTarget() {
		assertThat(this.targets.of(new Amend(APPLICATION, "Ny titel")))
			.isEqualTo(new CommandTargets.Target(Optional.of("222000-9019"), Optional.of("212000-1785")));
	}

	@Test
	void aWrappingCommandIsLookedInto() {
		assertThat(this.targets.of(new DecideWithMotion(new Decide(MEETING, 3), "APPROVE")).association())
			.contains("222000-9019");
	}

	@Test
	void aNewAssociationNamesItsOwnOrganisationNumber() {
		assertThat(this.targets.of(new RegisterAssociation("not-yet-stored", "222000-2634")).association())
			.contains("222000-2634");
	}

	@Test
	void aCommandOnNothingStoredTouchesNoAssociation() {
		assertThat(this.targets.of(new Amend("unknown", "Titel")))
			.isEqualTo(new CommandTargets.Target(Optional.empty(), Optional.empty()));
	}

	/** First events by aggregate id. */
	private static final class Origins extends AggregateOrigins {

		private final Map<String, String> firstEvents;

		Origins(Map<String, String> firstEvents) {
			super(null);
			this.firstEvents = firstEvents;
		}

		@Override
		Optional<JsonNode> of(String aggregateId) {
			return Optional.ofNullable(this.firstEvents.get(aggregateId)).map((json) -> {
				try {
					return JSON.readTree(json);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

	}

}
