package se.finsam.local;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.LegacyEvents.ids;

/**
 * Every internal control (docs/internal-control.md) proven end to end: commands through
 * the API, the event store, Kafka and the query side's projections, read from the control
 * endpoint. A clean year keeps all twelve quiet; for each control, the same year with one
 * thing wrong makes that control, and only that one, fire, naming the events that cause
 * it. Each scenario has an association of its own.
 *
 * <p>
 * Where today's commands refuse to create the wrong situation (a reservation beyond the
 * budget, an application of one party, a vote despite a declared conflict), it is built
 * the way an auditor meets it: events written by an older version or an import, appended
 * to the event store as well-formed rows ({@link LegacyEvents}).
 */
class InternalControlIT {

	/**
	 * One control and how a year goes wrong for it: an option set before the year is
	 * built, then (on the built year) what else happened, returning the events that cause
	 * the finding.
	 */
	record Deviation(String control, String situation, Consumer<ControlledYear> option,
			Function<ControlledYear, List<String>> causes) {

		/** Something that happens in the year in a way today's commands refuse. */
		static Deviation imported(String control, String situation, Function<ControlledYear, List<String>> causes) {
			return new Deviation(control, situation, (year) -> {
			}, causes);
		}

		@Override
		public String toString() {
			return this.control + ": " + this.situation;
		}

	}

	static Stream<Deviation> deviations() {
		return Stream.of(new Deviation("IK01", "the budget is adopted on 10 December",
				(year) -> year.adoptedOn = LocalDate.of(YEAR - 1, 12, 10), (year) -> ids(year.plan, "PlanAdopted")),
				new Deviation("IK02", "the grant's minutes are never adjusted", (year) -> year.minutesAdjusted = false,
						(year) -> concat(ids(year.application, "ApplicationApproved"), ids(year.plan, "FundsReserved"),
								ids(year.intervention, "InterventionStarted"))),
				Deviation.imported("IK03", "an imported reservation takes the free funds beyond the budget",
						InternalControlIT::reservationBeyondTheBudget),
				Deviation.imported("IK04", "an imported application names one party only",
						InternalControlIT::applicationOfOneParty),
				Deviation.imported("IK05", "imported minutes record a conflict of interest for someone who voted",
						InternalControlIT::conflictOfSomeoneWhoVoted),
				new Deviation("IK06", "the report due today never comes", (year) -> year.reportFiled = false,
						(year) -> ids(year.intervention, "ReportScheduleSet")),
				new Deviation("IK07", "minutes of today's second meeting are still open 15 days later", (year) -> {
					year.minutesLeftOpen = true;
					year.readOn = TODAY.plusDays(15);
				}, (year) -> ids(year.openMeeting.id, "MeetingScheduled")),
				new Deviation("IK08", "the document states contributions the lines do not add up to",
						(year) -> year.statedContributions = 1_100_000, (year) -> ids(year.plan, "PlanFiguresStated")),
				new Deviation("IK09", "the state pays 70 %, the region and the municipality 15 % each",
						(year) -> year.contributions(700_000, 150_000, 150_000),
						(year) -> ids(year.plan, "PlanDrafted")),
				new Deviation("IK10", "equity of 400 000 kr against a ceiling of 20 % of 1 000 000 kr",
						(year) -> year.openingEquity = 400_000, (year) -> ids(year.plan, "PlanDrafted")),
				new Deviation("IK11", "administration takes 25 % of the contributions against a goal of 15 %",
						(year) -> year.costs(250_000, 450_000), (year) -> ids(year.plan, "PlanDrafted")),
				new Deviation("IK12", "whoever prepared the grant records the board's decision without a vote",
						(year) -> year.votesRecorded = false,
						(year) -> concat(ids(year.application, "DecisionProposed"),
								ids(year.meeting.id, "ItemDecided"))));
	}

	/**
	 * A second reservation of 100 000 kr on the 300 000 kr line, beside the 250 000 kr.
	 */
	private static List<String> reservationBeyondTheBudget(ControlledYear year) {
		LegacyEvents.append(year.plan, "FundsReserved", year.plan,
				(payload) -> payload.put("applicationId", UUID.randomUUID().toString()).put("amount", "100000.00"));
		return ids(year.plan, "FundsReserved");
	}

	/** An application whose only participant is the municipality that owns it. */
	private static List<String> applicationOfOneParty(ControlledYear year) {
		String application = UUID.randomUUID().toString();
		return List.of(LegacyEvents.append(year.application, "ApplicationSubmitted", application, (payload) -> {
			payload.put("applicationId", application);
			((ObjectNode) payload.get("content")).put("title", "Ensam").putArray("participants").add(Cases.FORSHAGA);
			return payload;
		}));
	}

	/**
	 * Anna Andersson, who voted for the grant, recorded as having declared a conflict.
	 */
	private static List<String> conflictOfSomeoneWhoVoted(ControlledYear year) {
		String conflict = LegacyEvents.append(year.meeting.id, "ConflictOfInterestDeclared", year.meeting.id,
				(payload) -> payload.put("person", "Anna Andersson"));
		return concat(List.of(conflict), ids(year.meeting.id, "ItemDecided"));
	}

	@Test
	void aCleanYearKeepsEveryControlQuiet() {
		Map<String, JsonNode> controls = new ControlledYear().build().awaitQuerySide().controls();
		assertThat(controls.keySet()).containsExactly("IK01", "IK02", "IK03", "IK04", "IK05", "IK06", "IK07", "IK08",
				"IK09", "IK10", "IK11", "IK12");
		controls.forEach(
				(id, control) -> assertThat(control.get("status").asText()).as("%s: %s", id, control).isEqualTo("OK"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deviations")
	void oneThingWrongMakesItsControlFireNamingTheEventsBehindIt(Deviation deviation) {
		ControlledYear year = new ControlledYear();
		deviation.option().accept(year);
		year.build();
		List<String> causes = deviation.causes().apply(year);
		Map<String, JsonNode> controls = year.awaitQuerySide().controls();

		JsonNode fired = controls.get(deviation.control());
		assertThat(fired.get("status").asText()).as("%s", fired).isEqualTo("AVVIKELSE");
		List<String> named = new ArrayList<>();
		for (JsonNode finding : fired.get("findings")) {
			assertThat(finding.get("message").asText()).as("a Swedish sentence").isNotBlank().doesNotContain("null");
			finding.get("events").forEach((event) -> named.add(event.asText()));
		}
		assertThat(causes).as("the events that cause it").isNotEmpty();
		assertThat(new LinkedHashSet<>(named)).as("%s names the events behind it", deviation.control())
			.containsExactlyInAnyOrderElementsOf(causes);
		controls.forEach((id, control) -> {
			if (!id.equals(deviation.control())) {
				assertThat(control.get("status").asText())
					.as("only %s fires, not %s: %s", deviation.control(), id, control)
					.isEqualTo("OK");
			}
		});
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Stream.of(lists).flatMap(List::stream).toList();
	}

}
