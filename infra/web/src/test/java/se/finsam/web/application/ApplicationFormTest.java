package se.finsam.web.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationFormTest {

	@Test
	void placesEachOfTheApisErrorsBesideItsField() {
		assertThat(ApplicationForm.fieldOf("content.title")).isEqualTo("title");
		assertThat(ApplicationForm.fieldOf("content.participants[2]")).isEqualTo("participants");
		assertThat(ApplicationForm.fieldOf("content.targetGroup.oldestAge")).isEqualTo("oldestAge");
		assertThat(ApplicationForm.fieldOf("content.targetGroup")).isEqualTo("youngestAge");
		assertThat(ApplicationForm.fieldOf("content.period.end")).isEqualTo("end");
		assertThat(ApplicationForm.fieldOf("content.requested[0].amount")).isEqualTo("amount");
		assertThat(ApplicationForm.fieldOf("content.steeringGroup[0].memberOrganisation")).isEqualTo("steeringPerson");
		assertThat(ApplicationForm.fieldOf("content.measurableGoals[0].target")).isEqualTo("goalTarget");
		assertThat(ApplicationForm.fieldOf("content.measurableGoals")).isEqualTo("goalDescription");
		assertThat(ApplicationForm.fieldOf("expectedVersion")).isEmpty();
	}

	@Test
	void asksForTheStartYearAndTheYearAfter() {
		ApplicationForm form = new ApplicationForm();
		form.setStart(LocalDate.parse("2025-03-01"));
		form.setEnd(LocalDate.parse("2026-06-30"));
		form.setAmount(200_000L);
		form.setAmountNextYear(100_000L);
		assertThat(form.toContent().get("requested"))
			.isEqualTo(List.of(Map.of("year", 2025, "amount", 200_000L), Map.of("year", 2026, "amount", 100_000L)));
	}

	@Test
	void fillsTheFormFromTheRecordedContentToAmendIt() throws Exception {
		JsonNode content = new ObjectMapper().readTree("""
				{"title":"Navet","owner":"212000-1785","participants":["212000-1785","202100-5521"],
				 "kind":"INDIVIDUAL","targetGroup":{"description":"Unga","youngestAge":18,"oldestAge":29},
				 "period":{"start":"2025-01-01","end":"2026-12-31"},
				 "requested":[{"year":2025,"amount":"300000.00"},{"year":2026,"amount":"150000.00"}],
				 "goalAreas":["Arbete"],"measurableGoals":[{"description":"Till arbete","target":"45 %"}],
				 "genderEquality":"Per kön","implementationPlan":"In i ordinarie","steeringGroup":[],
				 "contactPerson":"Jenny Jul"}""");
		ApplicationForm form = ApplicationForm.of(content);
		assertThat(form.getTitle()).isEqualTo("Navet");
		assertThat(form.getParticipants()).containsExactly("212000-1785", "202100-5521");
		assertThat(form.getAmount()).isEqualTo(300_000L);
		assertThat(form.getAmountNextYear()).isEqualTo(150_000L);
		assertThat(form.toContent().get("steeringGroup")).isEqualTo(List.of());
		assertThat(form.toContent().get("measurableGoals"))
			.isEqualTo(List.of(Map.of("description", "Till arbete", "target", "45 %")));
	}

}
