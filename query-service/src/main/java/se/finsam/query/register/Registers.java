package se.finsam.query.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.events.Money;
import se.finsam.query.audit.AuditEntry;

/**
 * The registers an executive and an auditor browse (applications, meetings, decisions),
 * derived from the association's events as the audit trail holds them up to a day. Pure
 * functions of the events, so any past day reads exactly as it stood.
 */
public final class Registers {

	private Registers() {
	}

	public static List<ApplicationRow> applications(List<AuditEntry> events) {
		Map<String, ApplicationRow> rows = new LinkedHashMap<>();
		for (AuditEntry event : events) {
			JsonNode data = event.data();
			String id = event.aggregateId();
			ApplicationRow row = rows.get(id);
			switch (event.type()) {
				case "ApplicationSubmitted" -> rows.put(id, new ApplicationRow(id, text(data.path("content"), "title"),
						data.path("applicant").asText(), data.path("content").path("owner").asText(),
						data.path("content").path("participants").size(), total(data.path("content").path("requested")),
						LocalDate.parse(data.path("submittedOn").asText()), "SUBMITTED", null, null, null));
				case "ApplicationAmended" -> {
					if (row != null) {
						rows.put(id,
								row.amended(text(data.path("content"), "title"),
										data.path("content").path("owner").asText(),
										data.path("content").path("participants").size(),
										total(data.path("content").path("requested"))));
					}
				}
				case "ApplicationRegistered" -> rows.computeIfPresent(id,
						(key, r) -> r.with("REGISTERED").diary(data.path("diaryNumber").asText()));
				case "ApplicationAssessed" -> rows.computeIfPresent(id, (key, r) -> r.with("ASSESSED"));
				case "DecisionProposed" -> rows.computeIfPresent(id, (key, r) -> r.with("PROPOSED"));
				case "ApplicationPlacedOnAgenda" -> rows.computeIfPresent(id, (key, r) -> r.with("ON_AGENDA"));
				case "ApplicationDeferred" -> rows.computeIfPresent(id, (key, r) -> r.with("DEFERRED"));
				case "ApplicationWithdrawn" -> rows.computeIfPresent(id, (key, r) -> r.with("WITHDRAWN"));
				case "ApplicationApproved" -> rows.computeIfPresent(id,
						(key, r) -> r.decided("APPROVED", event.decision(), total(data.path("granted"))));
				case "ApplicationRejected" ->
					rows.computeIfPresent(id, (key, r) -> r.decided("REJECTED", event.decision(), null));
				default -> {
					// Not an application event.
				}
			}
		}
		return new ArrayList<>(rows.values());
	}

	public static List<MeetingRow> meetings(List<AuditEntry> events) {
		Map<String, MeetingRow> rows = new LinkedHashMap<>();
		for (AuditEntry event : events) {
			JsonNode data = event.data();
			String id = event.aggregateId();
			switch (event.type()) {
				case "MeetingScheduled" -> rows.put(id, new MeetingRow(id, LocalDate.parse(data.path("date").asText()),
						data.path("place").asText(), data.path("chair").asText(), 0, 0, 0, false, 0, "OPEN", null));
				case "AgendaItemAdded" -> rows.computeIfPresent(id, (key, r) -> r.withItem());
				case "ItemDecided" -> rows.computeIfPresent(id, (key, r) -> r.withDecided());
				case "ItemDeferred" -> rows.computeIfPresent(id, (key, r) -> r.withDeferred());
				case "AttendanceRecorded" -> rows.computeIfPresent(id,
						(key, r) -> r.attendance(data.path("quorate").asBoolean(), data.path("voting").size()));
				case "MinutesSigned" -> rows.computeIfPresent(id, (key, r) -> r.minutes("SIGNED", null));
				case "MinutesAdjusted" -> rows.computeIfPresent(id,
						(key, r) -> r.minutes("ADJUSTED", LocalDate.parse(data.path("adjustedOn").asText())));
				default -> {
					// Not a meeting event.
				}
			}
		}
		return new ArrayList<>(rows.values());
	}

	public static List<DecisionRow> decisions(List<AuditEntry> events) {
		Map<String, String> titles = new LinkedHashMap<>();
		List<DecisionRow> rows = new ArrayList<>();
		for (AuditEntry event : events) {
			JsonNode data = event.data();
			String item = event.aggregateId() + "#" + data.path("item").asText();
			switch (event.type()) {
				case "AgendaItemAdded" -> titles.put(item, data.path("title").asText());
				case "ItemDecided", "MotionDefeated", "ItemDeferred" -> {
					String outcome = switch (event.type()) {
						case "ItemDecided" -> "CARRIED";
						case "MotionDefeated" -> "DEFEATED";
						default -> "DEFERRED";
					};
					JsonNode tally = data.path("tally");
					List<String> dissent = new ArrayList<>();
					data.path("dissenting").forEach((person) -> dissent.add(person.asText()));
					rows.add(new DecisionRow(event.aggregateId(), data.path("item").asInt(), event.decision(),
							titles.get(item), text(data, "type"), outcome,
							text(data, event.type().equals("ItemDeferred") ? "reason" : "resolution"),
							tally.isObject() ? tally.path("yes").asInt() : null,
							tally.isObject() ? tally.path("no").asInt() : null,
							tally.isObject() ? tally.path("abstain").asInt() : null, dissent, text(data, "application"),
							event.eventId()));
				}
				default -> {
					// Not an item event.
				}
			}
		}
		rows.sort(Comparator.comparing(DecisionRow::citation, Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asText();
	}

	private static Money total(JsonNode amounts) {
		Money total = Money.ZERO;
		for (JsonNode amount : amounts) {
			total = total.plus(Money.parse(amount.path("amount").asText()));
		}
		return total;
	}

	/** An application as the register lists it. */
	public record ApplicationRow(String applicationId, String title, String applicant, String owner, int participants,
			Money requested, LocalDate submittedOn, String status, String diaryNumber, String decision, Money granted) {

		ApplicationRow with(String newStatus) {
			return new ApplicationRow(this.applicationId, this.title, this.applicant, this.owner, this.participants,
					this.requested, this.submittedOn, newStatus, this.diaryNumber, this.decision, this.granted);
		}

		ApplicationRow diary(String number) {
			return new ApplicationRow(this.applicationId, this.title, this.applicant, this.owner, this.participants,
					this.requested, this.submittedOn, this.status, number, this.decision, this.granted);
		}

		ApplicationRow amended(String newTitle, String newOwner, int newParticipants, Money newRequested) {
			return new ApplicationRow(this.applicationId, newTitle, this.applicant, newOwner, newParticipants,
					newRequested, this.submittedOn, this.status, this.diaryNumber, this.decision, this.granted);
		}

		ApplicationRow decided(String newStatus, String citation, Money grantedTotal) {
			return new ApplicationRow(this.applicationId, this.title, this.applicant, this.owner, this.participants,
					this.requested, this.submittedOn, newStatus, this.diaryNumber, citation, grantedTotal);
		}

	}

	/**
	 * A meeting as the register lists it: items, outcome, attendance and the minutes'
	 * state.
	 */
	public record MeetingRow(String meetingId, LocalDate date, String place, String chair, int items, int decided,
			int deferred, boolean quorate, int voting, String minutes, LocalDate adjustedOn) {

		MeetingRow withItem() {
			return new MeetingRow(this.meetingId, this.date, this.place, this.chair, this.items + 1, this.decided,
					this.deferred, this.quorate, this.voting, this.minutes, this.adjustedOn);
		}

		MeetingRow withDecided() {
			return new MeetingRow(this.meetingId, this.date, this.place, this.chair, this.items, this.decided + 1,
					this.deferred, this.quorate, this.voting, this.minutes, this.adjustedOn);
		}

		MeetingRow withDeferred() {
			return new MeetingRow(this.meetingId, this.date, this.place, this.chair, this.items, this.decided,
					this.deferred + 1, this.quorate, this.voting, this.minutes, this.adjustedOn);
		}

		MeetingRow attendance(boolean isQuorate, int votingNow) {
			return new MeetingRow(this.meetingId, this.date, this.place, this.chair, this.items, this.decided,
					this.deferred, isQuorate, votingNow, this.minutes, this.adjustedOn);
		}

		MeetingRow minutes(String state, LocalDate adjusted) {
			return new MeetingRow(this.meetingId, this.date, this.place, this.chair, this.items, this.decided,
					this.deferred, this.quorate, this.voting, state, adjusted);
		}

	}

	/** A decision (or a defeated motion, or a deferral) as the minutes cite it. */
	public record DecisionRow(String meetingId, int item, String citation, String title, String type, String outcome,
			String wording, Integer yes, Integer no, Integer abstain, List<String> dissenting, String application,
			String eventId) {
	}

}
