package se.finsam.command.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A command broke a rule of the domain (answered 422). Carries every broken rule at once,
 * each with a stable code (the rule's id in docs/rules.md), the field it concerns and a
 * Swedish message the user can act on. Nothing was recorded.
 */
public class RuleViolation extends RuntimeException {

	private final List<Broken> broken;

	public RuleViolation(List<Broken> broken) {
		super(broken.stream().map(Broken::message).reduce((a, b) -> a + " " + b).orElse("Regelbrott"));
		this.broken = List.copyOf(broken);
	}

	/** A single broken rule. */
	public static RuleViolation of(String code, String field, String message) {
		return new RuleViolation(List.of(new Broken(code, field, message)));
	}

	public List<Broken> broken() {
		return this.broken;
	}

	/** One broken rule. */
	public record Broken(String code, String field, String message) {
	}

	/** Collects broken rules while a command is checked, then throws them together. */
	public static final class Collector {

		private final List<Broken> broken = new ArrayList<>();

		public Collector check(boolean holds, String code, String field, String message) {
			if (!holds) {
				this.broken.add(new Broken(code, field, message));
			}
			return this;
		}

		public boolean isEmpty() {
			return this.broken.isEmpty();
		}

		public void throwIfAny() {
			if (!this.broken.isEmpty()) {
				throw new RuleViolation(this.broken);
			}
		}

	}

}
