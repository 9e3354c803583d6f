package se.finsam.web.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * What a board member or the chair does in meeting mode for themselves: the API lets them
 * declare a conflict of interest and sign the minutes, and the executive records the
 * rest. The API names people, not users, so a member's own people are those of the roster
 * who sit for the member's organisation (its ordinary member and deputies). The chair
 * signs as chair when the meeting's chair sits for their organisation; anyone of the
 * organisation who is the appointed checker signs as checker.
 */
public record BoardMemberPart(List<String> own, List<String> mayDeclare, List<Signing> signings) {

	static BoardMemberPart of(MeetingState meeting, String organisation, boolean chair) {
		List<String> own = meeting.people()
			.stream()
			.filter((person) -> person.organisation().equals(organisation))
			.map(MeetingState.Person::name)
			.toList();
		List<String> mayDeclare = meeting.voting().stream().filter(own::contains).toList();
		List<String> signed = meeting.signatures().stream().map((s) -> s.path("role").asText()).toList();
		List<Signing> signings = new ArrayList<>();
		String chairPerson = meeting.scheduled().path("chair").asText();
		if (chair && own.contains(chairPerson) && !signed.contains("CHAIR")) {
			signings.add(new Signing(chairPerson, "CHAIR"));
		}
		if (meeting.checker() != null && own.contains(meeting.checker()) && !signed.contains("CHECKER")) {
			signings.add(new Signing(meeting.checker(), "CHECKER"));
		}
		return new BoardMemberPart(own, mayDeclare, List.copyOf(signings));
	}

	/**
	 * The member's own voting people who have not yet declared a conflict in this item.
	 */
	public List<String> declarable(MeetingState.Item item) {
		return this.mayDeclare.stream().filter((person) -> !item.conflicted().contains(person)).toList();
	}

	/** Whether the member may declare this person's conflict of interest. */
	public boolean mayDeclare(String person) {
		return this.mayDeclare.contains(person);
	}

	/** Whether the member may sign for this person in this role. */
	public boolean maySign(String signer, String role) {
		return this.signings.contains(new Signing(signer, role));
	}

	/** A signature the member may give. */
	public record Signing(String signer, String role) {

		/** The button's text. */
		public String label() {
			return (this.role.equals("CHAIR") ? "Signera som ordförande: " : "Signera som justerare: ") + this.signer;
		}

	}

}
