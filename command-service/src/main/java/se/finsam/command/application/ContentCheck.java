package se.finsam.command.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.association.CharterRules;

/**
 * The rules an application's content follows (law 2003:1210 and the association's
 * charter), on submission and on every amendment, judged by the rules of one day.
 */
final class ContentCheck {

	private ContentCheck() {
	}

	static void check(ApplicationContent content, AssociationFacts facts, CharterRules rules,
			RuleViolation.Collector broken) {
		checkParties(content, facts, rules, broken);
		checkGoalAreas(content.goalAreas(), rules, broken);
		broken.check(
				rules.youngestParticipant() <= content.targetGroup().youngestAge()
						&& content.targetGroup().youngestAge() <= content.targetGroup().oldestAge()
						&& content.targetGroup().oldestAge() <= rules.oldestParticipant(),
				"application.target-age-range", "content.targetGroup",
				"Målgruppens ålder ska ligga inom " + rules.youngestParticipant() + "–" + rules.oldestParticipant()
						+ " år enligt förbundets regler, med lägsta ålder före högsta.");
		InterventionPeriod period = content.period();
		broken.check(!period.end().isBefore(period.start()), "application.period-order", "content.period.end",
				"Periodens slutdatum kan inte vara före startdatumet.");
		checkRequested(content.requested(), period, broken);
		broken.check(!content.measurableGoals().isEmpty(), "application.goals-required", "content.measurableGoals",
				"Ange minst ett mätbart mål för insatsen.");
		broken.check(!rules.genderEqualityRequired() || !content.genderEquality().isBlank(),
				"application.gender-equality-required", "content.genderEquality",
				"Förbundet kräver att ansökan beskriver insatsens jämställdhetsperspektiv.");
		List<SteeringGroupMember> steering = content.steeringGroup();
		for (int i = 0; i < steering.size(); i++) {
			OrganisationNumber organisation = steering.get(i).memberOrganisation();
			broken.check(content.participants().contains(organisation), "application.steering-group-not-participant",
					"content.steeringGroup[" + i + "].memberOrganisation", "Styrgruppen kan bara ha ledamöter från "
							+ "deltagande parter; " + organisation + " deltar inte i insatsen.");
		}
	}

	private static void checkParties(ApplicationContent content, AssociationFacts facts, CharterRules rules,
			RuleViolation.Collector broken) {
		broken.check(facts.isMember(content.owner()), "application.owner-not-member", "content.owner",
				"Huvudmannen " + content.owner() + " är inte medlem i förbundet.");
		List<OrganisationNumber> participants = content.participants();
		for (int i = 0; i < participants.size(); i++) {
			broken.check(facts.isMember(participants.get(i)), "application.participant-not-member",
					"content.participants[" + i + "]", participants.get(i) + " är inte medlem i förbundet.");
		}
		broken.check(participants.contains(content.owner()), "application.owner-not-participant",
				"content.participants", "Huvudmannen " + content.owner() + " ska finnas bland de deltagande parterna.");
		int parties = facts.parties(participants);
		broken.check(parties >= rules.minimumParties(), "application.too-few-parties", "content.participants",
				"Ansökan omfattar " + parties + ((parties == 1) ? " part" : " parter") + " men förbundet kräver minst "
						+ rules.minimumParties()
						+ ". Försäkringskassan och Arbetsförmedlingen är var sin part, regionerna räknas "
						+ "tillsammans som en part och kommunerna tillsammans som en.");
	}

	private static void checkGoalAreas(List<String> named, CharterRules rules, RuleViolation.Collector broken) {
		List<String> charter = rules.goalAreas();
		String listed = String.join(", ", charter);
		broken.check(charter.isEmpty() || !named.isEmpty(), "application.goal-area-required", "content.goalAreas",
				"Ange vilket av förbundets målområden insatsen bidrar till: " + listed + ".");
		for (int i = 0; i < named.size(); i++) {
			broken.check(charter.contains(named.get(i)), "application.goal-area-unknown",
					"content.goalAreas[" + i + "]", "Målområdet \"" + named.get(i) + "\" finns inte bland förbundets "
							+ (charter.isEmpty() ? "målområden; förbundet har inga." : "målområden: " + listed + "."));
		}
	}

	private static void checkRequested(List<AnnualAmount> requested, InterventionPeriod period,
			RuleViolation.Collector broken) {
		broken.check(!requested.isEmpty(), "application.amounts-required", "content.requested",
				"Ange sökt belopp för minst ett år.");
		Set<Integer> years = new HashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			AnnualAmount amount = requested.get(i);
			String field = "content.requested[" + i + "]";
			broken.check(period.covers(amount.year()), "application.amount-year-outside-period", field + ".year",
					"Året " + amount.year() + " ligger utanför insatsens period " + period.start() + "–" + period.end()
							+ ".");
			broken.check(years.add(amount.year()), "application.amount-year-duplicate", field + ".year",
					"Året " + amount.year() + " anges flera gånger; ange ett belopp per år.");
			broken.check(amount.amount().isPositive(), "application.amount-not-positive", field + ".amount",
					"Beloppet för " + amount.year() + " ska vara större än noll.");
		}
	}

}
