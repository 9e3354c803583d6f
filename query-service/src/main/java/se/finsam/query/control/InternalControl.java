package se.finsam.query.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import se.finsam.events.MemberKind;
import se.finsam.platform.format.Kronor;
import se.finsam.query.AsOf;
import se.finsam.query.audit.AuditEntry;
import se.finsam.query.audit.AuditLog;
import se.finsam.query.plan.PlanQueries;
import se.finsam.query.plan.PlanView;

/**
 * Runs the internal-control catalogue for an association and a year, from the events as
 * the audit trail holds them (and the plan view for budget figures), as of a day. Nothing
 * is stored: every reading is current, and every finding names the events behind it.
 */
@Component
public class InternalControl {

	/** Events that change money and so must cite an adjusted board decision. */
	private static final Set<String> MONEY = Set.of("PlanAdopted", "BudgetRevised", "FundsReserved",
			"ApplicationApproved", "InterventionStarted", "InterventionBudgetChanged", "PlanClosed");

	private final AuditLog audit;

	private final PlanQueries plans;

	InternalControl(AuditLog audit, PlanQueries plans) {
		this.audit = audit;
		this.plans = plans;
	}

	public List<ControlFinding> evaluate(UUID associationId, int year, AsOf asOf) {
		return evaluate(this.audit.eventsUntil(associationId, asOf.until()),
				this.plans.plan(associationId, year, asOf.day()), year, asOf.day());
	}

	/** The controls as pure functions of the events and the plan view. */
	static List<ControlFinding> evaluate(List<AuditEntry> trail, Optional<PlanView> plan, int year, LocalDate asOf) {
		Events events = new Events(trail);
		List<ControlFinding> findings = new ArrayList<>();
		planAdoptedInTime(events, year, asOf, findings);
		moneyFollowsAdjustedDecisions(events, year, findings);
		plan.ifPresent((view) -> reservationsWithinBudget(view, events, findings));
		twoParties(events, year, findings);
		noVoteDespiteConflict(events, year, findings);
		reportsOnTime(events, year, asOf, findings);
		minutesAdjustedInTime(events, year, asOf, findings);
		plan.ifPresent((view) -> fromPlanFindings(view, events, findings));
		plan.ifPresent((view) -> memberShares(view, events, findings));
		segregationOfDuties(events, year, findings);
		return findings;
	}

	private static void planAdoptedInTime(Events events, int year, LocalDate asOf, List<ControlFinding> findings) {
		List<AuditEntry> adopted = events.of("PlanAdopted", (e) -> e.data().path("year").asInt() == year);
		for (AuditEntry adoption : adopted) {
			if (adoption.data().path("late").asBoolean()) {
				findings.add(
						new ControlFinding(Control.IK01, year, "Budgeten för " + year + " antogs " + adoption.decision()
								+ ", efter den 30 november " + (year - 1) + ".", List.of(adoption.eventId())));
			}
		}
		if (adopted.isEmpty() && asOf.isAfter(LocalDate.of(year - 1, 11, 30))) {
			findings.add(new ControlFinding(Control.IK01, year,
					"Ingen budget för " + year + " är antagen, fast den 30 november " + (year - 1) + " har passerat.",
					events.of("PlanDrafted", (e) -> e.data().path("year").asInt() == year)
						.stream()
						.map(AuditEntry::eventId)
						.toList()));
		}
	}

	private static void moneyFollowsAdjustedDecisions(Events events, int year, List<ControlFinding> findings) {
		for (AuditEntry entry : events.all) {
			JsonNode decision = entry.data().path("decision");
			if (!MONEY.contains(entry.type()) || !decision.isObject()
					|| LocalDate.parse(decision.path("meetingDate").asText()).getYear() != year) {
				continue;
			}
			String meeting = decision.path("meetingId").asText();
			int item = decision.path("item").asInt();
			String problem;
			if (events.of("MeetingScheduled", (e) -> meeting.equals(e.aggregateId())).isEmpty()) {
				problem = "hänvisar till ett sammanträde som inte finns i systemet";
			}
			else if (events
				.of("ItemDecided", (e) -> meeting.equals(e.aggregateId()) && e.data().path("item").asInt() == item)
				.isEmpty()) {
				problem = "hänvisar till § " + item + ", där inget beslut finns";
			}
			else if (events.of("MinutesAdjusted", (e) -> meeting.equals(e.aggregateId())).isEmpty()) {
				problem = "hänvisar till ett sammanträde vars protokoll inte är justerat";
			}
			else {
				continue;
			}
			findings.add(new ControlFinding(Control.IK02, year,
					entry.sentence() + " Beslutet " + entry.decision() + " " + problem + ".",
					List.of(entry.eventId())));
		}
	}

	private static void reservationsWithinBudget(PlanView plan, Events events, List<ControlFinding> findings) {
		for (PlanView.Line line : plan.lines()) {
			for (PlanView.LineYear year : line.years()) {
				if (year.reserved().compareTo(year.budget()) > 0) {
					findings.add(new ControlFinding(Control.IK03, year.year(),
							"Raden " + line.name() + " har " + Kronor.format(year.reserved()) + " reserverat för "
									+ year.year() + " men en budget på " + Kronor.format(year.budget()) + ".",
							events
								.of("FundsReserved",
										(e) -> line.code().equals(e.data().path("lineCode").asText())
												&& e.data().path("budgetYear").asInt() == year.year())
								.stream()
								.map(AuditEntry::eventId)
								.toList()));
				}
			}
		}
	}

	private static void twoParties(Events events, int year, List<ControlFinding> findings) {
		Map<String, MemberKind> kinds = events.memberKinds();
		Map<String, AuditEntry> latest = new LinkedHashMap<>();
		for (AuditEntry entry : events.all) {
			if ((entry.type().equals("ApplicationSubmitted") || entry.type().equals("ApplicationAmended")) && LocalDate
				.parse(entry.data()
					.path(entry.type().equals("ApplicationSubmitted") ? "submittedOn" : "amendedOn")
					.asText())
				.getYear() == year) {
				latest.put(entry.aggregateId(), entry);
			}
		}
		for (AuditEntry application : latest.values()) {
			Set<String> agencies = new HashSet<>();
			Set<MemberKind> joint = new HashSet<>();
			for (JsonNode participant : application.data().path("content").path("participants")) {
				MemberKind kind = kinds.get(participant.asText());
				if (kind == MemberKind.STATE_AGENCY) {
					agencies.add(participant.asText());
				}
				else if (kind != null) {
					joint.add(kind);
				}
			}
			if (agencies.size() + joint.size() < 2) {
				findings.add(new ControlFinding(Control.IK04, year,
						"Ansökan \"" + application.data().path("content").path("title").asText()
								+ "\" omfattar färre än två parter.",
						List.of(application.eventId())));
			}
		}
	}

	private static void noVoteDespiteConflict(Events events, int year, List<ControlFinding> findings) {
		for (AuditEntry conflict : events.of("ConflictOfInterestDeclared", (e) -> true)) {
			if (events.meetingYear(conflict.aggregateId()) != year) {
				continue;
			}
			String person = conflict.data().path("person").asText();
			int item = conflict.data().path("item").asInt();
			Predicate<AuditEntry> votedThere = (e) -> conflict.aggregateId().equals(e.aggregateId())
					&& e.data().path("item").asInt() == item
					&& e.data().path("votes").findValuesAsText("person").contains(person);
			for (AuditEntry vote : events.of("ItemDecided", votedThere)) {
				findings.add(new ControlFinding(Control.IK05, year,
						person + " anmälde jäv i § " + item + " men röstade i ärendet.",
						List.of(conflict.eventId(), vote.eventId())));
			}
			for (AuditEntry vote : events.of("MotionDefeated", votedThere)) {
				findings.add(new ControlFinding(Control.IK05, year,
						person + " anmälde jäv i § " + item + " men röstade i ärendet.",
						List.of(conflict.eventId(), vote.eventId())));
			}
		}
	}

	private static void reportsOnTime(Events events, int year, LocalDate asOf, List<ControlFinding> findings) {
		Map<String, AuditEntry> schedules = new LinkedHashMap<>();
		events.of("ReportScheduleSet", (e) -> true).forEach((e) -> schedules.put(e.aggregateId(), e));
		for (AuditEntry schedule : schedules.values()) {
			for (JsonNode due : schedule.data().path("dues")) {
				LocalDate dueOn = LocalDate.parse(due.path("due").asText());
				LocalDate periodEnd = LocalDate.parse(due.path("periodEnd").asText());
				if (dueOn.getYear() != year || !asOf.isAfter(dueOn)) {
					continue;
				}
				boolean filed = !events
					.of("InterventionReportFiled",
							(e) -> schedule.aggregateId().equals(e.aggregateId())
									&& !LocalDate.parse(e.data().path("periodEnd").asText()).isBefore(periodEnd)
									&& !LocalDate.parse(e.data().path("filedOn").asText()).isAfter(dueOn))
					.isEmpty();
				if (!filed) {
					findings.add(new ControlFinding(Control.IK06, year,
							"Rapporten till " + dueOn + " (perioden till och med " + periodEnd + ") kom inte in i tid.",
							List.of(schedule.eventId())));
				}
			}
		}
	}

	private static void minutesAdjustedInTime(Events events, int year, LocalDate asOf, List<ControlFinding> findings) {
		for (AuditEntry meeting : events.of("MeetingScheduled",
				(e) -> LocalDate.parse(e.data().path("date").asText()).getYear() == year)) {
			LocalDate date = LocalDate.parse(meeting.data().path("date").asText());
			LocalDate limit = date.plusDays(meeting.data().path("rules").path("minutesAdjustmentDays").asInt(14));
			List<AuditEntry> adjusted = events.of("MinutesAdjusted",
					(e) -> meeting.aggregateId().equals(e.aggregateId()));
			if (adjusted.isEmpty() && asOf.isAfter(limit)) {
				findings.add(new ControlFinding(
						Control.IK07, year, "Protokollet från sammanträdet " + date
								+ " är inte justerat; det skulle vara klart " + limit + ".",
						List.of(meeting.eventId())));
			}
			for (AuditEntry adjustment : adjusted) {
				LocalDate on = LocalDate.parse(adjustment.data().path("adjustedOn").asText());
				if (on.isAfter(limit)) {
					findings.add(new ControlFinding(Control.IK07, year,
							"Protokollet från sammanträdet " + date + " justerades " + on + ", efter " + limit + ".",
							List.of(meeting.eventId(), adjustment.eventId())));
				}
			}
		}
	}

	private static void fromPlanFindings(PlanView plan, Events events, List<ControlFinding> findings) {
		for (PlanView.Finding finding : plan.findings()) {
			Control control = switch (finding.code()) {
				case "plan.stated-figure-mismatch" -> Control.IK08;
				case "plan.equity-above-ceiling", "plan.equity-below-floor" -> Control.IK10;
				case "plan.administration-share-above-goal", "plan.individual-share-below-goal" -> Control.IK11;
				default -> null;
			};
			if (control != null) {
				String source = (control == Control.IK08) ? "PlanFiguresStated" : "PlanDrafted";
				findings.add(new ControlFinding(control, finding.year(), finding.message(),
						events.of(source, (e) -> plan.planId().equals(e.aggregateId()))
							.stream()
							.map(AuditEntry::eventId)
							.toList()));
			}
		}
	}

	private static void memberShares(PlanView plan, Events events, List<ControlFinding> findings) {
		Map<MemberKind, String> expected = Map.of(MemberKind.STATE_AGENCY, "50.0", MemberKind.REGION, "25.0",
				MemberKind.MUNICIPALITY, "25.0");
		for (PlanView.YearFigures year : plan.years()) {
			Map<MemberKind, String> shares = year.memberShares();
			if (shares == null || shares.values().stream().allMatch(Objects::isNull)
					|| expected.entrySet().stream().allMatch((e) -> e.getValue().equals(shares.get(e.getKey())))) {
				continue;
			}
			findings.add(new ControlFinding(Control.IK09, year.year(),
					"Bidragen " + year.year() + " fördelas staten " + shares.get(MemberKind.STATE_AGENCY)
							+ " %, regionen " + shares.get(MemberKind.REGION) + " %, kommunerna "
							+ shares.get(MemberKind.MUNICIPALITY) + " % (lagens utgångspunkt 50/25/25).",
					events.of("PlanDrafted", (e) -> plan.planId().equals(e.aggregateId()))
						.stream()
						.map(AuditEntry::eventId)
						.toList()));
		}
	}

	private static void segregationOfDuties(Events events, int year, List<ControlFinding> findings) {
		for (AuditEntry decided : events.of("ItemDecided",
				(e) -> !e.data().path("application").isNull() && !e.data().path("application").isMissingNode())) {
			if (LocalDate.parse(decided.data().path("decision").path("meetingDate").asText()).getYear() != year) {
				continue;
			}
			JsonNode tally = decided.data().path("tally");
			boolean voted = tally.path("yes").asInt() + tally.path("no").asInt() + tally.path("abstain").asInt() > 0;
			String application = decided.data().path("application").asText();
			for (AuditEntry proposed : events.of("DecisionProposed", (e) -> application.equals(e.aggregateId()))) {
				if (!voted && proposed.user() != null && proposed.user().equals(decided.user())) {
					findings.add(new ControlFinding(
							Control.IK12, year, proposed.user() + " både beredde ansökan och registrerade beslutet "
									+ decided.decision() + " utan omröstning.",
							List.of(proposed.eventId(), decided.eventId())));
				}
			}
		}
	}

	/** The association's events, with the lookups the controls share. */
	private static final class Events {

		final List<AuditEntry> all;

		private final Map<String, Integer> meetingYears = new HashMap<>();

		Events(List<AuditEntry> all) {
			this.all = all;
			for (AuditEntry entry : all) {
				if (entry.type().equals("MeetingScheduled")) {
					this.meetingYears.put(entry.aggregateId(),
							LocalDate.parse(entry.data().path("date").asText()).getYear());
				}
			}
		}

		List<AuditEntry> of(String type, Predicate<AuditEntry> matching) {
			return this.all.stream().filter((e) -> e.type().equals(type)).filter(matching).toList();
		}

		int meetingYear(String meetingId) {
			return this.meetingYears.getOrDefault(meetingId, 0);
		}

		Map<String, MemberKind> memberKinds() {
			Map<String, MemberKind> kinds = new HashMap<>();
			for (AuditEntry entry : this.all) {
				if (entry.type().equals("AssociationRegistered")) {
					entry.data()
						.path("members")
						.forEach((m) -> kinds.put(m.path("organisationNumber").asText(),
								MemberKind.valueOf(m.path("kind").asText())));
				}
				if (entry.type().equals("MemberOrganisationAdded")) {
					JsonNode m = entry.data().path("member");
					kinds.put(m.path("organisationNumber").asText(), MemberKind.valueOf(m.path("kind").asText()));
				}
			}
			return kinds;
		}

	}

}
