package se.finsam.command.shared;

import java.util.List;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches a {@link RuleViolation} by the codes of the rules it reports, in order, and a
 * {@link StateConflict} by its code.
 */
public final class BrokenRules {

	private BrokenRules() {
	}

	public static Matcher<RuleViolation> codes(String... codes) {
		return new TypeSafeMatcher<>() {
			@Override
			protected boolean matchesSafely(RuleViolation violation) {
				return violation.broken().stream().map(RuleViolation.Broken::code).toList().equals(List.of(codes));
			}

			@Override
			protected void describeMismatchSafely(RuleViolation violation, Description description) {
				description.appendText("codes were ")
					.appendValueList("", ", ", "",
							violation.broken().stream().map(RuleViolation.Broken::code).toList());
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("rule violation with codes ").appendValueList("", ", ", "", codes);
			}
		};
	}

	public static Matcher<StateConflict> conflict(String code) {
		return new TypeSafeMatcher<>() {
			@Override
			protected boolean matchesSafely(StateConflict conflict) {
				return conflict.code().equals(code);
			}

			@Override
			protected void describeMismatchSafely(StateConflict conflict, Description description) {
				description.appendText("code was ").appendValue(conflict.code());
			}

			@Override
			public void describeTo(Description description) {
				description.appendText("state conflict with code ").appendValue(code);
			}
		};
	}

}
