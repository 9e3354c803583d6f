package se.finsam.events.association;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.finsam.events.DecisionType;
import se.finsam.events.OrganisationNumber;

/**
 * The rules an association's charter (förbundsordning) and board set for meetings and
 * applications. They differ between associations and change over time, so they are data
 * with a date they apply from, never constants.
 *
 * @param quorum how many ordinary members make the board quorate
 * @param remoteParticipationCounts whether members taking part with live sound and
 * picture count as present (law §19a, since 2022)
 * @param deputyOrders per member organisation, the order its deputies serve in
 * @param qualifiedMajorities kinds of decision that need more than a simple majority
 * @param applicationWindows when free-funds applications may be submitted
 * @param goalAreas the goal areas an application must name at least one of
 * @param minimumParties how many parties an application must involve (municipalities
 * count as one party, regions as one)
 * @param genderEqualityRequired whether every application must describe its
 * gender-equality perspective
 * @param youngestParticipant youngest age an application may target
 * @param oldestParticipant oldest age an application may target
 * @param minutesAdjustmentDays days after a meeting within which its minutes should be
 * adjusted
 */
public record CharterRules(QuorumRule quorum, boolean remoteParticipationCounts, List<DeputyOrder> deputyOrders,
		List<QualifiedMajority> qualifiedMajorities, List<ApplicationWindow> applicationWindows, List<String> goalAreas,
		int minimumParties, boolean genderEqualityRequired, int youngestParticipant, int oldestParticipant,
		int minutesAdjustmentDays) {

	/** The law's working age range for participants. */
	public static final int LAW_YOUNGEST = 16;

	public static final int LAW_OLDEST = 64;

	public CharterRules {
		Objects.requireNonNull(quorum, "quorum");
		deputyOrders = List.copyOf(deputyOrders);
		qualifiedMajorities = List.copyOf(qualifiedMajorities);
		applicationWindows = List.copyOf(applicationWindows);
		goalAreas = List.copyOf(goalAreas);
	}

	/**
	 * What applies until an association records its own rules: the common charter
	 * wording, no application window open, and the law's limits.
	 */
	public static CharterRules lawDefaults() {
		return new CharterRules(QuorumRule.MORE_THAN_HALF, true, List.of(), List.of(), List.of(), List.of(), 2, false,
				LAW_YOUNGEST, LAW_OLDEST, 14);
	}

	public Optional<QualifiedMajority> qualifiedMajorityFor(DecisionType type) {
		return this.qualifiedMajorities.stream().filter((rule) -> rule.decisionType() == type).findFirst();
	}

	public Optional<DeputyOrder> deputyOrderFor(OrganisationNumber memberOrganisation) {
		return this.deputyOrders.stream()
			.filter((order) -> order.memberOrganisation().equals(memberOrganisation))
			.findFirst();
	}

}
