package se.finsam.benchmarks;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCopyTest {

	private static final String ASSOCIATION = "0f8e2c4e-5a51-4f7e-9a59-2b0d3f6b8c11";

	private static final String MEETING = "6a1d7c2b-33e4-4b0a-8f1e-9c2d4e5f6a7b";

	@Test
	void replacesEachIdentifierTheSameWayWithinACopyAndDifferentlyAcrossCopies() {
		TemplateCopy copy = new TemplateCopy(42, ASSOCIATION, 2026, 3, -2, 1);
		String payload = "{\"associationId\":\"" + ASSOCIATION + "\",\"meetingId\":\"" + MEETING
				+ "\",\"decision\":{\"meetingId\":\"" + MEETING + "\"}}";
		String copied = copy.text(payload);
		String meeting = copy.id(MEETING);
		assertThat(copied).isEqualTo("{\"associationId\":\"" + copy.associationId() + "\",\"meetingId\":\"" + meeting
				+ "\",\"decision\":{\"meetingId\":\"" + meeting + "\"}}");
		assertThat(meeting).isNotEqualTo(MEETING);
		assertThat(UUID.fromString(meeting).version()).isEqualTo(4);
		assertThat(new TemplateCopy(42, ASSOCIATION, 2026, 3, -2, 2).id(MEETING)).as("another repetition")
			.isNotEqualTo(meeting);
		assertThat(new TemplateCopy(42, ASSOCIATION, 2026, 3, -1, 2).associationId()).as("the same association")
			.isEqualTo(copy.associationId());
		assertThat(new TemplateCopy(42, ASSOCIATION, 2026, 3, -2, 1).text(payload)).as("the same seed")
			.isEqualTo(copied);
		assertThat(new TemplateCopy(43, ASSOCIATION, 2026, 3, -2, 1).text(payload)).as("another seed")
			.isNotEqualTo(copied);
	}

	@Test
	void derivesThePlanIdentifierFromTheNewAssociationAndYear() {
		TemplateCopy copy = new TemplateCopy(42, ASSOCIATION, 2026, 0, -3, 0);
		String plan = PlanId.of(AssociationId.of(ASSOCIATION), 2026).toString();
		assertThat(copy.id(plan)).isEqualTo(PlanId.of(AssociationId.of(copy.associationId()), 2023).toString());
	}

	@Test
	void movesDatesAndYearsByWholeYears() {
		TemplateCopy copy = new TemplateCopy(42, ASSOCIATION, 2024, 0, -1, 0);
		assertThat(copy.text("{\"date\":\"2024-11-23\",\"year\":2024,\"at\":\"2024-02-29T10:00:00Z\"}"))
			.isEqualTo("{\"date\":\"2023-11-23\",\"year\":2023,\"at\":\"2023-02-28T10:00:00Z\"}");
	}

}
