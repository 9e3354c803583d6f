package se.finsam.events.application;

import java.time.LocalDate;
import java.util.Objects;

/** When the applied-for work would run, both days included. */
public record InterventionPeriod(LocalDate start, LocalDate end) {

	public InterventionPeriod {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	/** Whether any day of calendar year {@code year} lies in the period. */
	public boolean covers(int year) {
		return this.start.getYear() <= year && year <= this.end.getYear();
	}

}
