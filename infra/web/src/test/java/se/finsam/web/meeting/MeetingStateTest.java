package se.finsam.web.meeting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import se.finsam.web.api.AggregateEvents;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingStateTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<JsonNode> events = new ArrayList<>();

	@Test
	void followsAttendanceQuorumAndTheDeputyWhoServes() throws Exception {
		scheduled();
		event("AttendanceRecorded", null,
				"{\"person\":\"Anna\",\"presence\":\"PRESENT\",\"quorate\":false,\"voting\":[\"Anna\"]}");
		event("AttendanceRecorded", null,
				"{\"person\":\"Cilla\",\"presence\":\"ABSENT\",\"quorate\":false,\"voting\":[\"Anna\"]}");
		event("AttendanceRecorded", null,
				"{\"person\":\"Dan\",\"presence\":\"REMOTE\",\"quorate\":true,\"voting\":[\"Anna\",\"Dan\"]}");
		MeetingState meeting = MeetingState.of(new AggregateEvents.History(this.events));
		assertThat(meeting.quorate()).isTrue();
		assertThat(meeting.seats()).isEqualTo(2);
		assertThat(meeting.people()).extracting(MeetingState.Person::name)
			.containsExactly("Anna", "Bo", "Cilla", "Dan");
		MeetingState.Person dan = meeting.people().get(3);
		assertThat(dan.role()).isEqualTo("Ersättare");
		assertThat(dan.votes()).isTrue();
		assertThat(dan.presence()).isEqualTo("REMOTE");
		assertThat(meeting.version()).isEqualTo(3);
	}

	@Test
	void keepsEachItemsConflictsVotesDissentAndOutcome() throws Exception {
		scheduled();
		event("AgendaItemAdded", null, "{\"item\":4,\"title\":\"Navet\",\"type\":\"GRANT\",\"application\":\"a-1\"}");
		event("AgendaItemAdded", null, "{\"item\":5,\"title\":\"Prosa\",\"type\":\"GRANT\",\"application\":\"a-2\"}");
		event("ConflictOfInterestDeclared", null, "{\"item\":4,\"person\":\"Dan\",\"reason\":\"Anställd\"}");
		event("ItemDecided", "2025-10-10 § 4",
				"""
						{"item":4,"resolution":"Beviljas","tally":{"yes":1,"no":1,"abstain":0},
						 "votes":[{"person":"Anna","choice":"YES"},{"person":"Cilla","choice":"NO"}],"dissenting":["Cilla"]}""");
		event("ItemDeferred", "2025-10-10 § 5", "{\"item\":5,\"reason\":\"Kompletteras\"}");
		event("CheckerAppointed", null, "{\"checker\":\"Cilla\"}");
		event("MinutesAdjusted", null, "{\"adjustedOn\":\"2025-10-12\"}");
		MeetingState meeting = MeetingState.of(new AggregateEvents.History(this.events));
		MeetingState.Item granted = meeting.items().get(0);
		assertThat(granted.conflicts()).containsExactly("Dan (Anställd)");
		assertThat(granted.conflicted()).containsExactly("Dan");
		assertThat(granted.outcome()).isEqualTo("CARRIED");
		assertThat(granted.dissenting()).containsExactly("Cilla");
		assertThat(granted.citation()).isEqualTo("2025-10-10 § 4");
		assertThat(granted.counted()).isTrue();
		MeetingState.Item deferred = meeting.items().get(1);
		assertThat(deferred.outcome()).isEqualTo("DEFERRED");
		assertThat(deferred.wording()).isEqualTo("Kompletteras");
		assertThat(deferred.counted()).isFalse();
		assertThat(meeting.checker()).isEqualTo("Cilla");
		assertThat(meeting.adjusted()).isTrue();
	}

	private void scheduled() throws Exception {
		event("MeetingScheduled", null, """
				{"date":"2025-10-10","startTime":"13:00","place":"Torsby","chair":"Anna","roster":[
				 {"memberOrganisation":"202100-5521","ordinaryMember":"Anna","deputies":["Bo"]},
				 {"memberOrganisation":"232100-0164","ordinaryMember":"Cilla","deputies":["Dan"]}]}""");
	}

	private void event(String type, String decision, String data) throws Exception {
		String json = "{\"type\":\"" + type + "\",\"sequence\":" + this.events.size()
				+ ((decision != null) ? ",\"decision\":\"" + decision + "\"" : "") + ",\"data\":" + data + "}";
		this.events.add(JSON.readTree(json));
	}

}
