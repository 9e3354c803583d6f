package se.finsam.query.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.StatedFigure;
import se.finsam.query.plan.PlanFigures.Share;

/**
 * Everything the view keeps of one plan, with the day each fact takes effect, and the
 * plan as it stood on any day.
 *
 * @param members the association's member organisations, by organisation number
 */
record PlanHistory(PlanHeader header, List<LineVersion> lineVersions, List<Revision> revisions,
		List<Reservation> reservations, List<Outcome> outcomes, List<Pledged> pledges, List<Payment> payments,
		List<GrantPayment> grantPayments, Map<OrganisationNumber, MemberOrganisation> members) {

	/** The association's day: event timestamps are read as Swedish dates. */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/**
	 * What the plan row holds.
	 *
	 * @param adoption null until adopted
	 * @param openingEquity null until recorded
	 * @param closure null until closed
	 */
	record PlanHeader(String associationId, String planId, int year, long version, LocalDate sentForConsultationOn,
			DecisionReference adoption, boolean adoptedLate, PlanGoals goals, List<StatedFigure> stated,
			Money openingEquity, DecisionReference closure, Money closingEquity) {
	}

	/** Which event gave a line this form. */
	enum Stage {

		DRAFT, ADOPTED, REVISION

	}

	/**
	 * A line in the form one event gave it, effective from {@code effectiveFrom}.
	 *
	 * @param position the line's place in the event, to keep the document's order
	 */
	record LineVersion(long sequence, Stage stage, LocalDate effectiveFrom, int position, BudgetLine line) {
	}

	record Revision(long sequence, DecisionReference decision, String reason) {
	}

	record Reservation(int budgetYear, String lineCode, Money amount, LocalDate effectiveFrom) {
	}

	/**
	 * A payment to a grant-funded intervention, on the line its grant was reserved on.
	 */
	record GrantPayment(String lineCode, int budgetYear, LocalDate paidOn, Money amount) {
	}

	record Outcome(long sequence, int budgetYear, String lineCode, LocalDate asOf, Money amount) {
	}

	/** A member's pledge for a year, in the order the pledge event gave. */
	record Pledged(int budgetYear, MunicipalitySplit split, OrganisationNumber member, Money amount) {
	}

	/** A payment, in the order received by the view. */
	record Payment(int budgetYear, OrganisationNumber member, LocalDate receivedOn, Money amount) {
	}

	/** The plan as it stood at the end of {@code day}. */
	PlanView asOf(LocalDate day) {
		PlanHeader plan = this.header;
		DecisionReference adoption = effective(plan.adoption(), day);
		DecisionReference closure = effective(plan.closure(), day);
		Map<String, BudgetLine> lines = linesAsOf(day, adoption != null);
		Map<String, BudgetLine> adopted = (adoption != null) ? lines((version) -> version.stage() == Stage.ADOPTED)
				: Map.of();
		Map<OrganisationNumber, MemberKind> kinds = this.members.values()
			.stream()
			.collect(Collectors.toMap(MemberOrganisation::organisationNumber, MemberOrganisation::kind));
		EconomicGoals goals = (plan.goals() != null) ? plan.goals().economic() : null;
		PlanFigures figures = PlanFigures.of(plan.year(), lines.values(), kinds);
		List<PlanFigures.Equity> equity = figures.equity(plan.openingEquity(), goals);
		PlanFigures document = PlanFigures.of(plan.year(), lines((version) -> version.stage() == Stage.DRAFT).values(),
				kinds);
		List<PlanView.Finding> findings = PlanFindings.of(plan.year(), plan.stated(), document,
				document.equity(plan.openingEquity(), goals), figures, equity, goals, adoption, plan.adoptedLate());
		PlanView.Status status = (closure != null) ? PlanView.Status.CLOSED
				: (adoption != null) ? PlanView.Status.ADOPTED : PlanView.Status.DRAFT;
		LocalDate sent = plan.sentForConsultationOn();
		return new PlanView(plan.planId(), plan.associationId(), plan.year(), plan.version(), day, status,
				(sent != null && !sent.isAfter(day)) ? sent : null,
				(adoption != null) ? new PlanView.Adoption(adoption, adoption.citation(), plan.adoptedLate()) : null,
				revisionsAsOf(day),
				(closure != null) ? new PlanView.Closure(closure, closure.citation(), plan.closingEquity()) : null,
				lineViews(day, lines, adopted), yearViews(figures, equity), contributionsAsOf(day), plan.goals(),
				plan.stated(), findings);
	}

	private static DecisionReference effective(DecisionReference decision, LocalDate day) {
		return (decision != null && !decision.meetingDate().isAfter(day)) ? decision : null;
	}

	/**
	 * Before the adoption the draft counts; from it on only board decisions do, the
	 * latest (by meeting date, then as recorded) per line. A draft recorded after its
	 * adoption (an old plan entered later) thus never hides the adopted or revised
	 * budget.
	 */
	private Map<String, BudgetLine> linesAsOf(LocalDate day, boolean adopted) {
		return lines((version) -> !version.effectiveFrom().isAfter(day)
				&& (adopted ? version.stage() != Stage.DRAFT : version.stage() == Stage.DRAFT));
	}

	/**
	 * The latest form of each line among the versions chosen, in the document's order.
	 */
	private Map<String, BudgetLine> lines(Predicate<LineVersion> chosen) {
		Map<String, BudgetLine> latest = new HashMap<>();
		this.lineVersions.stream()
			.filter(chosen)
			.sorted(Comparator.comparing(LineVersion::effectiveFrom).thenComparingLong(LineVersion::sequence))
			.forEach((version) -> latest.put(version.line().code(), version.line()));
		Map<String, BudgetLine> ordered = new LinkedHashMap<>();
		for (String code : codesInOrder()) {
			if (latest.containsKey(code)) {
				ordered.put(code, latest.get(code));
			}
		}
		return ordered;
	}

	/** The draft's lines in its order, then each line a revision added. */
	private Set<String> codesInOrder() {
		return this.lineVersions.stream()
			.sorted(Comparator.comparingLong(LineVersion::sequence).thenComparingInt(LineVersion::position))
			.map((version) -> version.line().code())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private List<PlanView.Revision> revisionsAsOf(LocalDate day) {
		return this.revisions.stream()
			.filter((revision) -> !revision.decision().meetingDate().isAfter(day))
			.sorted(Comparator.comparing((Revision revision) -> revision.decision().meetingDate())
				.thenComparingLong(Revision::sequence))
			.map((revision) -> new PlanView.Revision(revision.decision(), revision.decision().citation(),
					revision.reason(),
					this.lineVersions.stream()
						.filter((version) -> version.sequence() == revision.sequence())
						.sorted(Comparator.comparingInt(LineVersion::position))
						.map((version) -> version.line().code())
						.toList()))
			.toList();
	}

	private List<PlanView.Line> lineViews(LocalDate day, Map<String, BudgetLine> lines,
			Map<String, BudgetLine> adopted) {
		List<PlanView.Line> views = new ArrayList<>();
		for (BudgetLine line : lines.values()) {
			List<PlanView.LineYear> years = new ArrayList<>();
			for (int year = this.header.year(); year < this.header.year() + PlanFigures.YEARS; year++) {
				Money budget = PlanFigures.amountOf(line, year);
				BudgetLine asAdopted = adopted.get(line.code());
				Money reserved = reserved(line.code(), year, day);
				Money spent = spent(line.code(), year, day);
				years.add(new PlanView.LineYear(year, budget,
						(asAdopted != null) ? PlanFigures.amountOf(asAdopted, year) : null, reserved, spent,
						// Money spent under a grant uses its reservation up; only
						// spending beyond
						// what is reserved lowers what remains again.
						budget.minus((spent.compareTo(reserved) > 0) ? spent : reserved)));
			}
			views.add(new PlanView.Line(line.code(), line.group(), line.name(), line.member(), List.copyOf(years)));
		}
		return List.copyOf(views);
	}

	private Money reserved(String code, int year, LocalDate day) {
		return this.reservations.stream()
			.filter((reservation) -> reservation.lineCode().equals(code) && reservation.budgetYear() == year
					&& !reservation.effectiveFrom().isAfter(day))
			.map(Reservation::amount)
			.reduce(Money.ZERO, Money::plus);
	}

	/**
	 * What has been spent: the latest recorded outcome up to the day (outcomes are
	 * cumulative, from the books), plus what has been paid out to grant-funded
	 * interventions on the line by the day.
	 */
	private Money spent(String code, int year, LocalDate day) {
		Money paid = this.grantPayments.stream()
			.filter((payment) -> payment.lineCode().equals(code) && payment.budgetYear() == year
					&& !payment.paidOn().isAfter(day))
			.map(GrantPayment::amount)
			.reduce(Money.ZERO, Money::plus);
		return paid.plus(this.outcomes.stream()
			.filter((outcome) -> outcome.lineCode().equals(code) && outcome.budgetYear() == year
					&& !outcome.asOf().isAfter(day))
			.max(Comparator.comparing(Outcome::asOf).thenComparingLong(Outcome::sequence))
			.map(Outcome::amount)
			.orElse(Money.ZERO));
	}

	private static List<PlanView.YearFigures> yearViews(PlanFigures figures, List<PlanFigures.Equity> equity) {
		List<PlanView.YearFigures> views = new ArrayList<>();
		for (int index = 0; index < PlanFigures.YEARS; index++) {
			PlanFigures.Year year = figures.years().get(index);
			PlanFigures.Equity capital = equity.get(index);
			Map<LineGroup, String> shares = new EnumMap<>(LineGroup.class);
			for (LineGroup group : LineGroup.values()) {
				shares.put(group, percent(year.share(group)));
			}
			Map<MemberKind, String> memberShares = new EnumMap<>(MemberKind.class);
			for (MemberKind kind : MemberKind.values()) {
				memberShares.put(kind, percent(year.memberShare(kind)));
			}
			views.add(new PlanView.YearFigures(year.year(), year.contributions(), year.income(), year.costs(),
					year.result(), year.groups(), shares, memberShares, new PlanView.Equity(capital.opening(),
							capital.drawn(), capital.result(), capital.closing(), capital.ceiling(), capital.floor())));
		}
		return List.copyOf(views);
	}

	private static String percent(Share share) {
		return (share != null) ? share.percent().toPlainString() : null;
	}

	/** Pledges as last recorded; payments received by the day. */
	private List<PlanView.Contributions> contributionsAsOf(LocalDate day) {
		List<Payment> received = this.payments.stream()
			.filter((payment) -> !payment.receivedOn().isAfter(day))
			.toList();
		Set<Integer> years = new TreeSet<>();
		this.pledges.forEach((pledge) -> years.add(pledge.budgetYear()));
		received.forEach((payment) -> years.add(payment.budgetYear()));
		List<PlanView.Contributions> contributions = new ArrayList<>();
		for (int year : years) {
			Map<OrganisationNumber, Money> pledged = new LinkedHashMap<>();
			MunicipalitySplit split = null;
			for (Pledged pledge : this.pledges) {
				if (pledge.budgetYear() == year) {
					pledged.put(pledge.member(), pledge.amount());
					split = pledge.split();
				}
			}
			Map<OrganisationNumber, Money> paid = new LinkedHashMap<>();
			received.stream()
				.filter((payment) -> payment.budgetYear() == year)
				.forEach((payment) -> paid.merge(payment.member(), payment.amount(), Money::plus));
			Set<OrganisationNumber> payers = new LinkedHashSet<>(pledged.keySet());
			payers.addAll(paid.keySet());
			List<PlanView.MemberContribution> members = new ArrayList<>();
			Map<MemberKind, Money> byKind = new EnumMap<>(MemberKind.class);
			for (OrganisationNumber member : payers) {
				MemberOrganisation organisation = this.members.get(member);
				Money amount = paid.getOrDefault(member, Money.ZERO);
				if (organisation != null) {
					byKind.merge(organisation.kind(), amount, Money::plus);
				}
				members.add(new PlanView.MemberContribution(member, (organisation != null) ? organisation.name() : null,
						(organisation != null) ? organisation.kind() : null, pledged.get(member), amount));
			}
			contributions
				.add(new PlanView.Contributions(year, split, List.copyOf(members), receivedShares(paid, byKind)));
		}
		return List.copyOf(contributions);
	}

	private static Map<MemberKind, String> receivedShares(Map<OrganisationNumber, Money> paid,
			Map<MemberKind, Money> byKind) {
		Money total = paid.values().stream().reduce(Money.ZERO, Money::plus);
		if (!total.isPositive()) {
			return null;
		}
		Map<MemberKind, String> shares = new EnumMap<>(MemberKind.class);
		for (MemberKind kind : MemberKind.values()) {
			shares.put(kind, percent(Share.of(byKind.getOrDefault(kind, Money.ZERO), total)));
		}
		return shares;
	}

}
