package se.finsam.web.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

	private final Labels labels = new Labels();

	@Test
	void saysTheApisCodesInSwedish() {
		assertThat(this.labels.of("PROPOSED")).isEqualTo("Förslag till beslut");
		assertThat(this.labels.of("REMOTE")).isEqualTo("Deltar på distans");
		assertThat(this.labels.of("OVERDUE")).isEqualTo("Försenad");
	}

	@Test
	void keepsACodeItHasNoWordFor() {
		assertThat(this.labels.of("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
		assertThat(this.labels.of(null)).isEmpty();
	}

}
