package se.finsam.events;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationNumberTest {

	@Test
	void acceptsRealNumbersWithOrWithoutHyphen() {
		assertThat(OrganisationNumber.of("2021005521").value()).isEqualTo("202100-5521");
		assertThat(OrganisationNumber.of("202100-2114").value()).isEqualTo("202100-2114");
		assertThat(OrganisationNumber.of(" 202100-2114 ").value()).isEqualTo("202100-2114");
	}

	@Test
	void rejectsWrongFormAndWrongCheckDigit() {
		assertThat(OrganisationNumber.isValid("202100-5522")).isFalse();
		assertThat(OrganisationNumber.isValid("20210-05521")).isFalse();
		assertThat(OrganisationNumber.isValid("abcdef-ghij")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.of("123"));
	}

	@Property
	void exactlyOneCheckDigitCompletesNineDigits(@ForAll @NumericChars @StringLength(9) String nine) {
		long valid = java.util.stream.IntStream.range(0, 10)
			.filter((digit) -> OrganisationNumber.isValid(nine + digit))
			.count();
		assertThat(valid).isEqualTo(1);
	}

	@Property
	void changingOneDigitBreaksTheCheck(@ForAll @NumericChars @StringLength(9) String nine,
			@ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
		String valid = java.util.stream.IntStream.range(0, 10)
			.mapToObj((digit) -> nine + digit)
			.filter(OrganisationNumber::isValid)
			.findFirst()
			.orElseThrow();
		char[] digits = valid.toCharArray();
		digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
		String changed = new String(digits);
		Assume.that(!changed.equals(valid));
		assertThat(OrganisationNumber.isValid(changed)).isFalse();
	}

}
