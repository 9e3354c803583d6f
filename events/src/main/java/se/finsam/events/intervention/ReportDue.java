package se.finsam.events.intervention;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report the project owner is to file: by {@code due}, covering the intervention up to
 * {@code periodEnd}.
 */
public record ReportDue(LocalDate due, LocalDate periodEnd, ReportKind kind) {

	public ReportDue {
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(periodEnd, "periodEnd");
		Objects.requireNonNull(kind, "kind");
	}

	/** Why the report is asked for. */
	public enum ReportKind {

		/** Before a board meeting. */
		BOARD_MEETING,
		/** For the interim report (delårsrapport). */
		INTERIM,
		/** For the annual report (årsredovisning). */
		ANNUAL,
		/** The final report when the intervention ends. */
		FINAL

	}

}
