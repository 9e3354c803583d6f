package se.finsam.query.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import se.finsam.query.audit.AuditEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each control finds what it is there to find, names the events, and stays quiet
 * otherwise.
 */
class InternalControlTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private final List<AuditEntry> trail = new ArrayList<>();

	@Test
	void aDecisionThatChangesMoneyMustCiteADecidedItemOfAnAdjustedMeeting() {
		event("m1", "MeetingScheduled", "kansli",
				"{\"date\": \"2026-03-19\", \"rules\": {\"minutesAdjustmentDays\": 14}}");
		event("m1", "ItemDecided", "kansli", "{\"item\": 7, \"tally\": {\"yes\": 3}, \"decision\": " + decision("m1", 7)
				+ ", \"application\": null}");
		String unadjusted = event("p1", "FundsReserved", "kansli", "{\"decision\": " + decision("m1", 7) + "}");
		String nowhere = event("p1", "BudgetRevised", "kansli", "{\"decision\": " + decision("m9", 2) + "}");
		List<ControlFinding> before = findings(Control.IK02);
		assertThat(before).extracting(ControlFinding::events).containsExactly(List.of(unadjusted), List.of(nowhere));
		assertThat(before.get(0).message()).contains("protokoll inte är justerat");
		assertThat(before.get(1).message()).contains("sammanträde som inte finns");
		event("m1", "MinutesAdjusted", "kansli", "{\"adjustedOn\": \"2026-03-25\"}");
		assertThat(findings(Control.IK02)).extracting(ControlFinding::events).containsExactly(List.of(nowhere));
	}

	@Test
	void aLateAdoptionAndAMissingBudgetAreFindings() {
		String late = event("p1", "PlanAdopted", "kansli",
				"{\"year\": 2026, \"late\": true, \"decision\": " + decision("m1", 3) + "}");
		assertThat(findings(Control.IK01)).extracting(ControlFinding::events).containsExactly(List.of(late));
		this.trail.clear();
		assertThat(findings(Control.IK01)).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).startsWith("Ingen budget för 2026 är antagen"));
	}

	@Test
	void votingDespiteAConflictOfInterestIsAFinding() {
		event("m1", "MeetingScheduled", "kansli",
				"{\"date\": \"2026-03-19\", \"rules\": {\"minutesAdjustmentDays\": 14}}");
		String conflict = event("m1", "ConflictOfInterestDeclared", "kansli",
				"{\"item\": 2, \"person\": \"Carl Carlsson\"}");
		String vote = event("m1", "ItemDecided", "kansli", "{\"item\": 2, \"votes\": [{\"person\": \"Carl Carlsson\", "
				+ "\"choice\": \"YES\"}], \"tally\": {\"yes\": 1}, \"decision\": " + decision("m1", 2) + "}");
		event("m1", "ItemDecided", "kansli", "{\"item\": 3, \"votes\": [{\"person\": \"Carl Carlsson\", "
				+ "\"choice\": \"YES\"}], \"tally\": {\"yes\": 1}, \"decision\": " + decision("m1", 3) + "}");
		assertThat(findings(Control.IK05)).extracting(ControlFinding::events).containsExactly(List.of(conflict, vote));
	}

	@Test
	void minutesNotAdjustedInTimeAndApplicationsWithOnePartyAreFindings() {
		String meeting = event("m1", "MeetingScheduled", "kansli",
				"{\"date\": \"2026-03-19\", \"rules\": {\"minutesAdjustmentDays\": 14}}");
		assertThat(findings(Control.IK07)).extracting(ControlFinding::events).containsExactly(List.of(meeting));
		event("a0", "AssociationRegistered", "kansli",
				"{\"members\": [{\"organisationNumber\": \"1\", \"kind\": "
						+ "\"MUNICIPALITY\"}, {\"organisationNumber\": \"2\", \"kind\": \"MUNICIPALITY\"}, "
						+ "{\"organisationNumber\": \"3\", \"kind\": \"REGION\"}]}");
		String municipalities = event("x1", "ApplicationSubmitted", "part",
				"{\"submittedOn\": \"2026-02-01\", \"content\": {\"title\": \"Två kommuner\", \"participants\": [\"1\", \"2\"]}}");
		event("x2", "ApplicationSubmitted", "part",
				"{\"submittedOn\": \"2026-02-01\", \"content\": {\"title\": \"Kommun och region\", \"participants\": [\"1\", \"3\"]}}");
		assertThat(findings(Control.IK04)).extracting(ControlFinding::events).containsExactly(List.of(municipalities));
	}

	@Test
	void theSamePersonPreparingAndRecordingADecisionWithoutAVoteIsAFinding() {
		String proposed = event("x1", "DecisionProposed", "kansli", "{}");
		String decided = event("m1", "ItemDecided", "kansli", "{\"item\": 1, \"application\": \"x1\", \"tally\": "
				+ "{\"yes\": 0, \"no\": 0, \"abstain\": 0}, \"decision\": " + decision("m1", 1) + "}");
		event("m1", "ItemDecided", "kansli", "{\"item\": 2, \"application\": \"x1\", \"tally\": "
				+ "{\"yes\": 3, \"no\": 1, \"abstain\": 0}, \"decision\": " + decision("m1", 2) + "}");
		assertThat(findings(Control.IK12)).extracting(ControlFinding::events)
			.containsExactly(List.of(proposed, decided));
	}

	@Test
	void aReportNotInByItsDueDateIsAFinding() {
		String schedule = event("i1", "ReportScheduleSet", "kansli",
				"{\"dues\": ["
						+ "{\"due\": \"2026-03-01\", \"periodEnd\": \"2026-02-28\", \"kind\": \"BOARD_MEETING\"},"
						+ "{\"due\": \"2026-05-01\", \"periodEnd\": \"2026-04-30\", \"kind\": \"BOARD_MEETING\"}]}");
		event("i1", "InterventionReportFiled", "projekt",
				"{\"periodEnd\": \"2026-02-28\", \"filedOn\": \"2026-02-27\"}");
		event("i1", "InterventionReportFiled", "projekt",
				"{\"periodEnd\": \"2026-04-30\", \"filedOn\": \"2026-05-04\"}");
		assertThat(findings(Control.IK06)).singleElement().satisfies((finding) -> {
			assertThat(finding.events()).containsExactly(schedule);
			assertThat(finding.message()).contains("2026-05-01");
		});
	}

	private List<ControlFinding> findings(Control control) {
		return InternalControl.evaluate(this.trail, Optional.empty(), 2026, AS_OF)
			.stream()
			.filter((finding) -> finding.control() == control)
			.toList();
	}

	private String event(String aggregate, String type, String user, String data) {
		String id = "e" + this.trail.size();
		JsonNode json;
		try {
			json = JSON.readTree(data);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(data, ex);
		}
		JsonNode decision = json.path("decision");
		this.trail.add(new AuditEntry(
				id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(this.trail.size()), type, "1", "Aggregate",
				aggregate, this.trail.size(), user, "Kansliet", "EXECUTIVE", "c", "c", decision.isObject()
						? decision.path("meetingDate").asText() + " § " + decision.path("item").asText() : null,
				type, json));
		return id;
	}

	private static String decision(String meeting, int item) {
		return "{\"meetingId\": \"" + meeting + "\", \"meetingDate\": \"2026-03-19\", \"item\": " + item + "}";
	}

}
