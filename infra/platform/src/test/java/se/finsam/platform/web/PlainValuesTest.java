package se.finsam.platform.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainValuesTest {

	record Member(String name) {
	}

	record Request(String place, LocalDate date, List<Member> members) {
	}

	private final ObjectMapper json = StrictJson.strict(new ObjectMapper().findAndRegisterModules());

	private Request read(String body) throws Exception {
		return this.json.readValue(body, Request.class);
	}

	@Test
	void ordinaryTextAndDatesPass() throws Exception {
		Request request = read(
				"""
						{"place": "Kommunhuset\\tsal 2\\nForshaga 😀", "date": "2025-10-10", "members": [{"name": "Åsa Öberg"}]}""");
		assertThat(request.place()).isEqualTo("Kommunhuset\tsal 2\nForshaga 😀");
		assertThat(request.date()).isEqualTo(LocalDate.of(2025, 10, 10));
	}

	@Test
	void controlCharactersAreRefusedWithTheFieldNamed() {
		assertThatThrownBy(() -> read("""
				{"place": "x", "date": "2025-10-10", "members": [{"name": "a"}, {"name": "Bo\\u0000"}]}"""))
			.isInstanceOfSatisfying(PlainValues.Refused.class, (refused) -> {
				assertThat(refused.getOriginalMessage()).contains("styrtecken");
				assertThat(refused.getPath()).extracting((reference) -> reference.getFieldName() + reference.getIndex())
					.containsExactly("members-1", "null1", "name-1");
			});
		assertThatThrownBy(() -> read("{\"place\": \"\\u001b[31m\"}")).isInstanceOf(PlainValues.Refused.class);
		assertThatThrownBy(() -> read("{\"place\": \"\\ud800\"}")).isInstanceOf(PlainValues.Refused.class);
	}

	@Test
	void datesMustBeWrittenAsDatesWithinTheCenturies() {
		assertThatThrownBy(() -> read("{\"date\": 2147483648}")).isInstanceOf(PlainValues.Refused.class)
			.hasMessageContaining("2025-10-10");
		assertThatThrownBy(() -> read("{\"date\": \"2025-02-30\"}")).isInstanceOf(PlainValues.Refused.class);
		assertThatThrownBy(() -> read("{\"date\": \"1899-12-31\"}")).isInstanceOf(PlainValues.Refused.class)
			.hasMessageContaining("1900-01-01");
		assertThatThrownBy(() -> read("{\"date\": \"+5881580-07-12\"}")).isInstanceOf(PlainValues.Refused.class);
	}

}
