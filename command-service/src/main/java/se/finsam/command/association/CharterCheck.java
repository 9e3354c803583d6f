package se.finsam.command.association;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.finsam.command.shared.RuleViolation;
import se.finsam.events.DecisionType;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.ApplicationWindow;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.DeputyOrder;
import se.finsam.events.association.QualifiedMajority;

/** The limits within which an association may set its rules. */
final class CharterCheck {

	private CharterCheck() {
	}

	static void check(CharterRules rules, Set<OrganisationNumber> members, Map<OrganisationNumber, BoardSeat> board,
			RuleViolation.Collector broken) {
		checkDeputyOrders(rules.deputyOrders(), members, board, broken);
		checkMajorities(rules.qualifiedMajorities(), broken);
		checkWindows(rules.applicationWindows(), broken);
		Set<String> areas = new HashSet<>();
		for (int i = 0; i < rules.goalAreas().size(); i++) {
			String area = rules.goalAreas().get(i);
			broken.check(area != null && !area.isBlank(), "association.charter.goal-area-blank",
					"rules.goalAreas[" + i + "]", "Ett målområde måste ha ett namn.");
			broken.check(area == null || areas.add(area.strip().toLowerCase(Locale.ROOT)),
					"association.charter.goal-area-duplicate", "rules.goalAreas[" + i + "]",
					"Målområdet \"" + area + "\" finns redan.");
		}
		broken.check(rules.minimumParties() >= 2 && rules.minimumParties() <= 4, "association.charter.parties-range",
				"rules.minimumParties",
				"En ansökan ska omfatta minst två parter enligt lagen, och det finns högst fyra parter.");
		broken.check(
				rules.youngestParticipant() >= CharterRules.LAW_YOUNGEST
						&& rules.youngestParticipant() <= rules.oldestParticipant()
						&& rules.oldestParticipant() <= CharterRules.LAW_OLDEST,
				"association.charter.age-range", "rules.youngestParticipant",
				"Målgruppens ålder ska ligga inom 16–64 år, med lägsta ålder före högsta.");
		broken.check(rules.minutesAdjustmentDays() >= 1 && rules.minutesAdjustmentDays() <= 60,
				"association.charter.adjustment-days", "rules.minutesAdjustmentDays",
				"Tiden för justering av protokoll ska vara 1–60 dagar.");
	}

	private static void checkDeputyOrders(List<DeputyOrder> orders, Set<OrganisationNumber> members,
			Map<OrganisationNumber, BoardSeat> board, RuleViolation.Collector broken) {
		Set<OrganisationNumber> ordered = new HashSet<>();
		for (int i = 0; i < orders.size(); i++) {
			DeputyOrder order = orders.get(i);
			String field = "rules.deputyOrders[" + i + "]";
			broken.check(members.contains(order.memberOrganisation()), "association.charter.deputy-order-not-member",
					field + ".memberOrganisation", order.memberOrganisation() + " är inte medlem i förbundet.");
			broken.check(ordered.add(order.memberOrganisation()), "association.charter.deputy-order-duplicate",
					field + ".memberOrganisation",
					"Ersättarnas ordning för " + order.memberOrganisation() + " anges flera gånger.");
			broken.check(!order.deputies().isEmpty() && Set.copyOf(order.deputies()).size() == order.deputies().size(),
					"association.charter.deputy-order-people", field + ".deputies",
					"Ange ersättarna i den ordning de ska tjänstgöra, var och en en gång.");
			BoardSeat seat = board.get(order.memberOrganisation());
			PersonName ordinary = (seat != null) ? seat.ordinaryMember() : null;
			broken.check(ordinary == null || !order.deputies().contains(ordinary),
					"association.charter.deputy-is-ordinary", field + ".deputies",
					"Den ordinarie ledamoten kan inte också vara ersättare.");
		}
	}

	private static void checkMajorities(List<QualifiedMajority> majorities, RuleViolation.Collector broken) {
		Set<DecisionType> types = new HashSet<>();
		for (int i = 0; i < majorities.size(); i++) {
			QualifiedMajority majority = majorities.get(i);
			String field = "rules.qualifiedMajorities[" + i + "]";
			broken.check(types.add(majority.decisionType()), "association.charter.majority-duplicate", field,
					"Kvalificerad majoritet för " + majority.decisionType() + " anges flera gånger.");
			broken.check(
					majority.denominator() > 0 && 2L * majority.numerator() > majority.denominator()
							&& majority.numerator() <= majority.denominator(),
					"association.charter.majority-range", field,
					"En kvalificerad majoritet ska vara mer än hälften och högst alla röster (t.ex. 2/3).");
		}
	}

	private static void checkWindows(List<ApplicationWindow> windows, RuleViolation.Collector broken) {
		for (int i = 0; i < windows.size(); i++) {
			ApplicationWindow window = windows.get(i);
			String field = "rules.applicationWindows[" + i + "]";
			broken.check(!window.closes().isBefore(window.opens()), "association.charter.window-order", field,
					"Ansökningsperioden måste sluta samma dag som den börjar eller senare.");
			broken.check(window.announced() == null || !window.announced().isNegative(),
					"association.charter.window-amount", field + ".announced", "Beloppet kan inte vara negativt.");
			for (int j = 0; j < i; j++) {
				ApplicationWindow other = windows.get(j);
				broken.check(window.closes().isBefore(other.opens()) || window.opens().isAfter(other.closes()),
						"association.charter.window-overlap", field,
						"Ansökningsperioderna får inte överlappa (" + other.opens() + "–" + other.closes() + ").");
			}
		}
	}

}
