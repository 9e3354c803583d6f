package se.finsam.events;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Swedish organisation number (organisationsnummer), kept in the form
 * {@code NNNNNN-NNNN} with a valid check digit.
 */
public record OrganisationNumber(String value) {

	private static final Pattern FORM = Pattern.compile("\\d{6}-?\\d{4}");

	public OrganisationNumber {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Ogiltigt organisationsnummer: " + value);
		}
		String digits = value.strip().replace("-", "");
		value = digits.substring(0, 6) + "-" + digits.substring(6);
	}

	@JsonCreator
	public static OrganisationNumber of(String value) {
		return new OrganisationNumber(value);
	}

	/** Ten digits, optional hyphen after the sixth, last digit a Luhn check digit. */
	public static boolean isValid(String candidate) {
		if (candidate == null || !FORM.matcher(candidate.strip()).matches()) {
			return false;
		}
		String digits = candidate.strip().replace("-", "");
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value;
	}

}
