package se.finsam.command.application;

import java.time.LocalDate;
import java.util.Comparator;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.application.ApplicationAmended;
import se.finsam.events.application.ApplicationApproved;
import se.finsam.events.application.ApplicationAssessed;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.ApplicationDeferred;
import se.finsam.events.application.ApplicationPlacedOnAgenda;
import se.finsam.events.application.ApplicationRegistered;
import se.finsam.events.application.ApplicationRejected;
import se.finsam.events.application.ApplicationSubmitted;
import se.finsam.events.application.ApplicationWithdrawn;
import se.finsam.events.application.DecisionProposed;
import se.finsam.events.application.Proposal;
import se.finsam.events.application.Recommendation;
import se.finsam.events.association.ApplicationWindow;
import se.finsam.events.association.CharterRules;

/**
 * An application for free funds (ansökan om fria medel), from submission through
 * preparation to the board's decision. The applicant may amend or withdraw it until the
 * board decides; a decision or a withdrawal ends it.
 */
@Aggregate
class Application {

	@AggregateIdentifier
	private ApplicationId applicationId;

	private AssociationId associationId;

	private ApplicationContent content;

	private String diaryNumber;

	private Proposal proposal;

	/** The item the application waits on, {@code null} when not on an agenda. */
	private DecisionReference agendaItem;

	/** The latest deferral: a new agenda item must belong to a later meeting. */
	private DecisionReference deferral;

	private boolean withdrawn;

	private boolean decided;

	Application() {
		// For Axon, which rebuilds the application from its events.
	}

	@CommandHandler
	Application(SubmitApplication command, AssociationDirectory associations) {
		AssociationFacts facts = associations.find(command.associationId());
		CharterRules rules = facts.rulesOn(command.submittedOn());
		RuleViolation.Collector broken = new RuleViolation.Collector();
		broken.check(rules.applicationWindows().stream().anyMatch((window) -> window.isOpenOn(command.submittedOn())),
				"application.window-closed", "submittedOn", closedWindowMessage(rules, command.submittedOn()));
		broken.check(facts.isMember(command.applicant()), "application.applicant-not-member", "applicant",
				"Sökande " + command.applicant() + " är inte medlem i förbundet; bara förbundets medlemmar kan söka.");
		ContentCheck.check(command.content(), facts, rules, broken);
		broken.throwIfAny();
		AggregateLifecycle.apply(new ApplicationSubmitted(command.applicationId(), command.associationId(),
				command.applicant(), command.submittedOn(), command.content()));
	}

	/**
	 * The window only limits submission: an application in preparation may be amended.
	 */
	@CommandHandler
	long handle(AmendApplication command, AssociationDirectory associations) {
		ensureUndecided();
		AssociationFacts facts = associations.find(this.associationId);
		RuleViolation.Collector broken = new RuleViolation.Collector();
		ContentCheck.check(command.content(), facts, facts.rulesOn(command.amendedOn()), broken);
		broken.throwIfAny();
		AggregateLifecycle.apply(
				new ApplicationAmended(this.applicationId, this.associationId, command.amendedOn(), command.content()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(WithdrawApplication command) {
		ensureUndecided();
		AggregateLifecycle.apply(new ApplicationWithdrawn(this.applicationId, this.associationId, command.reason()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RegisterApplication command) {
		ensureUndecided();
		if (this.diaryNumber != null) {
			throw new StateConflict("application.already-registered",
					"Ansökan är redan diarieförd med diarienummer " + this.diaryNumber + ".");
		}
		AggregateLifecycle
			.apply(new ApplicationRegistered(this.applicationId, this.associationId, command.diaryNumber()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RecordAssessment command) {
		ensureUndecided();
		ensureNotOnAgenda("Bedömningen");
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkRegistered(broken);
		if (command.recommendation() == Recommendation.REJECT) {
			broken.check(command.recommended().isEmpty(), "application.amounts-with-rejection", "recommended",
					"Ange inga belopp när ni rekommenderar avslag.");
		}
		else {
			AmountCheck.withinRequested(this.content.requested(), command.recommended(), "recommended", broken);
		}
		broken.throwIfAny();
		AggregateLifecycle.apply(new ApplicationAssessed(this.applicationId, this.associationId, command.assessment(),
				command.recommendation(), command.recommended()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ProposeDecision command) {
		ensureUndecided();
		ensureNotOnAgenda("Förslaget till beslut");
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkRegistered(broken);
		Proposal proposal = command.proposal();
		if (proposal.outcome() == Proposal.Outcome.REJECT) {
			broken.check(proposal.amounts().isEmpty(), "application.amounts-with-rejection", "proposal.amounts",
					"Ange inga belopp i ett förslag om avslag.");
			broken.check(isGiven(proposal.reason()), "application.rejection-reason-required", "proposal.reason",
					"Ange skälet till förslaget om avslag.");
		}
		else {
			AmountCheck.withinRequested(this.content.requested(), proposal.amounts(), "proposal.amounts", broken);
		}
		broken.throwIfAny();
		AggregateLifecycle.apply(new DecisionProposed(this.applicationId, this.associationId, proposal));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(PlaceOnAgenda command) {
		ensureUndecided();
		if (this.agendaItem != null) {
			throw new StateConflict("application.on-agenda", "Ansökan står redan på dagordningen ("
					+ this.agendaItem.citation() + ") och väntar på styrelsens beslut där.");
		}
		RuleViolation.Collector broken = new RuleViolation.Collector();
		broken.check(this.proposal != null, "application.no-proposal", "",
				"Ansökan har inget förslag till beslut; kansliet behöver skriva ett innan den tas upp i styrelsen.");
		if (this.deferral != null) {
			broken.check(isLaterMeeting(command.item(), this.deferral), "application.agenda-not-later", "item",
					"Ansökan bordlades " + this.deferral.citation()
							+ " och kan bara tas upp vid ett senare sammanträde.");
		}
		broken.throwIfAny();
		AggregateLifecycle.apply(new ApplicationPlacedOnAgenda(this.applicationId, this.associationId, command.item()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	ApplicationApproved handle(ApproveApplication command) {
		ensureUndecided();
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkOnAgendaAt(command.decision(), broken);
		AmountCheck.withinRequested(this.content.requested(), command.granted(), "granted", broken);
		broken.throwIfAny();
		ApplicationApproved approved = new ApplicationApproved(this.applicationId, this.associationId,
				command.decision(), command.interventionId(), this.content.title(), this.content.owner(),
				this.content.participants(), this.content.kind(), this.content.period(), this.content.targetGroup(),
				this.content.goalAreas(), this.content.measurableGoals(), this.content.steeringGroup(),
				this.content.requested(), command.granted(),
				isGiven(command.conditions()) ? command.conditions().strip() : null, this.content.method());
		AggregateLifecycle.apply(approved);
		// The approval itself is the answer: the decision starts the intervention from
		// it.
		return approved;
	}

	@CommandHandler
	long handle(RejectApplication command) {
		ensureUndecided();
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkOnAgendaAt(command.decision(), broken);
		broken.check(isGiven(command.reason()), "application.rejection-reason-required", "reason",
				"Ange styrelsens skäl till avslaget.");
		broken.throwIfAny();
		AggregateLifecycle.apply(new ApplicationRejected(this.applicationId, this.associationId, command.decision(),
				command.reason().strip()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(DeferApplication command) {
		ensureUndecided();
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkOnAgendaAt(command.decision(), broken);
		broken.throwIfAny();
		AggregateLifecycle.apply(new ApplicationDeferred(this.applicationId, this.associationId, command.decision()));
		return AggregateLifecycle.getVersion();
	}

	private void ensureUndecided() {
		if (this.withdrawn) {
			throw new StateConflict("application.withdrawn",
					"Ansökan har dragits tillbaka och kan inte längre ändras eller beslutas.");
		}
		if (this.decided) {
			throw new StateConflict("application.decided",
					"Styrelsen har redan beslutat om ansökan; den kan inte längre ändras.");
		}
	}

	/**
	 * The board's notice already carries what is on the agenda; preparation changes wait
	 * until the board has dealt with the item.
	 */
	private void ensureNotOnAgenda(String what) {
		if (this.agendaItem != null) {
			throw new StateConflict("application.on-agenda",
					"Ansökan står på dagordningen (" + this.agendaItem.citation() + "). " + what
							+ " kan inte lämnas eller ändras förrän styrelsen har behandlat den.");
		}
	}

	private void checkRegistered(RuleViolation.Collector broken) {
		broken.check(this.diaryNumber != null, "application.not-registered", "",
				"Ansökan behöver diarieföras innan den bereds.");
	}

	/**
	 * A decision counts only at the item the application waits on, so minutes and case
	 * agree.
	 */
	private void checkOnAgendaAt(DecisionReference decision, RuleViolation.Collector broken) {
		broken.check(decision.equals(this.agendaItem), "application.not-on-agenda", "decision",
				(this.agendaItem != null)
						? "Ansökan står på dagordningen som " + this.agendaItem.citation() + ", inte som "
								+ decision.citation() + "."
						: "Ansökan står inte på dagordningen för något sammanträde; den kan inte beslutas "
								+ decision.citation() + ".");
	}

	private static boolean isLaterMeeting(DecisionReference item, DecisionReference deferral) {
		return !item.meetingId().equals(deferral.meetingId()) && !item.meetingDate().isBefore(deferral.meetingDate());
	}

	private static boolean isGiven(String text) {
		return text != null && !text.isBlank();
	}

	private static String closedWindowMessage(CharterRules rules, LocalDate day) {
		return rules.applicationWindows()
			.stream()
			.filter((window) -> window.opens().isAfter(day))
			.min(Comparator.comparing(ApplicationWindow::opens))
			.map((next) -> "Förbundet tar inte emot ansökningar " + day + ". Nästa ansökningsperiod är " + next.opens()
					+ "–" + next.closes() + ".")
			.orElse("Förbundet tar inte emot ansökningar " + day
					+ " och har ingen senare ansökningsperiod bestämd. Kontakta förbundets kansli.");
	}

	@EventSourcingHandler
	void on(ApplicationSubmitted event) {
		this.applicationId = event.applicationId();
		this.associationId = event.associationId();
		this.content = event.content();
	}

	@EventSourcingHandler
	void on(ApplicationAmended event) {
		this.content = event.content();
	}

	@EventSourcingHandler
	void on(ApplicationWithdrawn event) {
		this.withdrawn = true;
	}

	@EventSourcingHandler
	void on(ApplicationRegistered event) {
		this.diaryNumber = event.diaryNumber();
	}

	@EventSourcingHandler
	void on(DecisionProposed event) {
		this.proposal = event.proposal();
	}

	@EventSourcingHandler
	void on(ApplicationPlacedOnAgenda event) {
		this.agendaItem = event.item();
	}

	@EventSourcingHandler
	void on(ApplicationApproved event) {
		this.decided = true;
	}

	@EventSourcingHandler
	void on(ApplicationRejected event) {
		this.decided = true;
	}

	@EventSourcingHandler
	void on(ApplicationDeferred event) {
		this.agendaItem = null;
		this.deferral = event.decision();
	}

}
