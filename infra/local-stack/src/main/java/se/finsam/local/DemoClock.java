package se.finsam.local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command side's clock in the local stack: the system clock, except while the demo
 * loads a past year. Commands that date a fact by the day they arrive (an application's
 * submission, a signature on the minutes, a report filed) then carry the demo's day, as
 * if the year had been lived through the ordinary commands. Events keep their real
 * timestamps.
 */
final class DemoClock extends Clock {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** The demo's day, shared by every zone's view of this clock; null for now. */
	private final AtomicReference<LocalDate> day;

	private final ZoneId zone;

	DemoClock() {
		this(new AtomicReference<>(), SWEDEN);
	}

	private DemoClock(AtomicReference<LocalDate> day, ZoneId zone) {
		this.day = day;
		this.zone = zone;
	}

	/** From now on, it is this day in Sweden (at the current time of day). */
	void travelTo(LocalDate day) {
		this.day.set(day);
	}

	void backToNow() {
		this.day.set(null);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(this.day, zone);
	}

	@Override
	public Instant instant() {
		LocalDate travelled = this.day.get();
		return (travelled == null) ? Instant.now() : travelled.atTime(LocalTime.now(SWEDEN)).atZone(SWEDEN).toInstant();
	}

}
