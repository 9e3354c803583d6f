package se.finsam.command.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNumberFormatTest {

	private final OrganisationNumberFormat.Validator validator = new OrganisationNumberFormat.Validator();

	@Test
	void leavesOnlyWhatNotBlankCatchesToIt() {
		assertThat(this.validator.isValid(null, null)).isTrue();
		assertThat(this.validator.isValid("  ", null)).isTrue();
		// Unicode spaces pass @NotBlank (which trims only ASCII) and are not a number.
		assertThat(this.validator.isValid("\u2028", null)).isFalse();
		assertThat(this.validator.isValid("\u3000", null)).isFalse();
	}

	@Test
	void checksFormAndCheckDigit() {
		assertThat(this.validator.isValid("212000-1785", null)).isTrue();
		assertThat(this.validator.isValid("2120001785", null)).isTrue();
		assertThat(this.validator.isValid("212000-1786", null)).isFalse();
		assertThat(this.validator.isValid("21200-01785", null)).isFalse();
	}

}
