package se.finsam.web.meeting;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.web.api.AggregateEvents;

import static org.assertj.core.api.Assertions.assertThat;

class BoardMemberPartTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String FK = "202100-5521";

	private static final String REGION = "232100-0164";

	private final List<JsonNode> events = new ArrayList<>();

	@BeforeEach
	void scheduledWithTheRegionsDeputyServing() throws Exception {
		event("MeetingScheduled", """
				{"date":"2025-10-10","chair":"Anna","roster":[
				 {"memberOrganisation":"202100-5521","ordinaryMember":"Anna","deputies":["Bo"]},
				 {"memberOrganisation":"232100-0164","ordinaryMember":"Cilla","deputies":["Dan"]}]}""");
		event("AttendanceRecorded", "{\"person\":\"Dan\",\"presence\":\"PRESENT\",\"voting\":[\"Anna\",\"Dan\"]}");
	}

	@Test
	void aMemberDeclaresConflictsOnlyForTheirOwnOrganisationsVotingPeople() {
		BoardMemberPart region = BoardMemberPart.of(meeting(), REGION, false);
		assertThat(region.own()).containsExactly("Cilla", "Dan");
		assertThat(region.mayDeclare("Dan")).isTrue();
		assertThat(region.mayDeclare("Cilla")).as("not voting").isFalse();
		assertThat(region.mayDeclare("Anna")).as("another organisation's").isFalse();
	}

	@Test
	void aConflictIsDeclaredOncePerItem() throws Exception {
		event("AgendaItemAdded", "{\"item\":1,\"title\":\"Navet\",\"type\":\"GRANT\",\"application\":\"a-1\"}");
		event("ConflictOfInterestDeclared", "{\"item\":1,\"person\":\"Dan\",\"reason\":\"Anställd\"}");
		MeetingState meeting = meeting();
		assertThat(BoardMemberPart.of(meeting, REGION, false).declarable(meeting.items().get(0))).isEmpty();
		assertThat(BoardMemberPart.of(meeting, FK, false).declarable(meeting.items().get(0))).containsExactly("Anna");
	}

	@Test
	void onlyAChairOfTheChairsOrganisationSignsAsChairAndTheCheckersOrganisationAsChecker() throws Exception {
		event("CheckerAppointed", "{\"checker\":\"Dan\"}");
		assertThat(BoardMemberPart.of(meeting(), FK, true).signings())
			.containsExactly(new BoardMemberPart.Signing("Anna", "CHAIR"));
		assertThat(BoardMemberPart.of(meeting(), FK, false).signings()).as("a board member is not the chair").isEmpty();
		BoardMemberPart region = BoardMemberPart.of(meeting(), REGION, true);
		assertThat(region.maySign("Dan", "CHECKER")).isTrue();
		assertThat(region.maySign("Anna", "CHAIR")).as("the meeting's chair sits for another organisation").isFalse();
		assertThat(region.signings().get(0).label()).isEqualTo("Signera som justerare: Dan");
	}

	@Test
	void noOneSignsARoleTwice() throws Exception {
		event("CheckerAppointed", "{\"checker\":\"Bo\"}");
		event("MinutesSigned", "{\"signer\":\"Anna\",\"role\":\"CHAIR\"}");
		assertThat(BoardMemberPart.of(meeting(), FK, true).signings())
			.containsExactly(new BoardMemberPart.Signing("Bo", "CHECKER"));
	}

	private MeetingState meeting() {
		return MeetingState.of(new AggregateEvents.History(this.events));
	}

	private void event(String type, String data) throws Exception {
		this.events.add(JSON
			.readTree("{\"type\":\"" + type + "\",\"sequence\":" + this.events.size() + ",\"data\":" + data + "}"));
	}

}
