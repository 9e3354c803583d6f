package se.finsam.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in Swedish kronor, exact to the öre. Held as a whole number of öre so that
 * sums never drift; written in JSON as a decimal string ({@code "549000.00"}) so that no
 * reader parses it into a floating-point number.
 */
public record Money(long ore) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	/**
	 * Kronor with at most two decimals; more precision than an öre is refused, never
	 * rounded.
	 */
	public static Money ofKronor(BigDecimal kronor) {
		if (kronor.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Belopp anges i hela ören (högst två decimaler): " + kronor);
		}
		return new Money(kronor.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
	}

	public static Money ofKronor(long kronor) {
		return new Money(Math.multiplyExact(kronor, 100));
	}

	@JsonCreator
	public static Money parse(String kronor) {
		return ofKronor(new BigDecimal(kronor.strip()));
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.ore, other.ore));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.ore, other.ore));
	}

	public Money negate() {
		return new Money(Math.negateExact(this.ore));
	}

	public boolean isNegative() {
		return this.ore < 0;
	}

	public boolean isPositive() {
		return this.ore > 0;
	}

	public BigDecimal kronor() {
		return BigDecimal.valueOf(this.ore, 2);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.ore, other.ore);
	}

	@JsonValue
	@Override
	public String toString() {
		return kronor().toPlainString();
	}

}
