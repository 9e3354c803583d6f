package se.finsam.command.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.ApplicationApproved;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.ApplicationPlacedOnAgenda;
import se.finsam.events.application.ApplicationRegistered;
import se.finsam.events.application.ApplicationSubmitted;
import se.finsam.events.application.DecisionProposed;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.Proposal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.ApplicationWindow;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.QuorumRule;

/**
 * Test data for applications: an association with the state, two regions and three
 * municipalities, whose rules from 2025 open a window for 2025-01-01–2025-10-10 and
 * require gender equality; and a content that follows every rule, to vary one field at a
 * time.
 */
final class ApplicationFixture {

	static final ApplicationId ID = new ApplicationId(UUID.fromString("6b8e4d2f-3c5a-4f9b-8d7e-2a1b0c9d8e7f"));

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("0d5c9a53-4a3e-4a52-9a0e-1b8f5c6d7e21"));

	static final MemberOrganisation FK = member("202100-5521", "Försäkringskassan", MemberKind.STATE_AGENCY);

	static final MemberOrganisation AF = member("202100-2114", "Arbetsförmedlingen", MemberKind.STATE_AGENCY);

	static final MemberOrganisation REGION = member("232100-0164", "Region Värmland", MemberKind.REGION);

	static final MemberOrganisation OTHER_REGION = member("232100-0024", "Region Exempel", MemberKind.REGION);

	static final MemberOrganisation FORSHAGA = member("212000-1785", "Forshaga kommun", MemberKind.MUNICIPALITY);

	static final MemberOrganisation HAGFORS = member("212000-1827", "Hagfors kommun", MemberKind.MUNICIPALITY);

	static final MemberOrganisation EXAMPLE_MUNICIPALITY = member("212000-1850", "Exempelkommun",
			MemberKind.MUNICIPALITY);

	/** A valid organisation number that is no member of the association. */
	static final OrganisationNumber OUTSIDER = OrganisationNumber.of("556000-0001");

	static final LocalDate RULES_FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 2, 3);

	static final ApplicationWindow WINDOW_2025 = new ApplicationWindow(RULES_FROM, LocalDate.of(2025, 10, 10),
			Money.ofKronor(549000));

	static final ApplicationWindow WINDOW_2026 = new ApplicationWindow(LocalDate.of(2026, 1, 15),
			LocalDate.of(2026, 3, 31), null);

	static final List<String> GOAL_AREAS = List.of("Arbete och studier", "Samverkan");

	static final DecisionReference ITEM = item("2025-03-19", 12);

	static final DecisionReference LATER_ITEM = item("2025-05-21", 4);

	static final InterventionId INTERVENTION = new InterventionId(
			UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b"));

	private final Map<LocalDate, CharterRules> charter = new TreeMap<>(Map.of(RULES_FROM, rules().build()));

	private final List<MemberOrganisation> members = new ArrayList<>(
			List.of(FK, AF, REGION, OTHER_REGION, FORSHAGA, HAGFORS, EXAMPLE_MUNICIPALITY));

	/**
	 * A fixture whose directory knows only {@link #ASSOCIATION}, answering the facts as
	 * they are when the command is handled, so a test may change the rules first.
	 */
	AggregateTestFixture<Application> aggregate() {
		AggregateTestFixture<Application> fixture = new AggregateTestFixture<>(Application.class);
		fixture.registerInjectableResource((AssociationDirectory) (id) -> {
			if (!ASSOCIATION.equals(id)) {
				throw new AggregateNotFoundException(id.toString(), "Förbundet finns inte.");
			}
			return facts();
		});
		return fixture;
	}

	AssociationFacts facts() {
		return new AssociationFacts(ASSOCIATION, this.members, List.of(), new TreeMap<>(this.charter));
	}

	/** The association's rules change from {@code validFrom}. */
	ApplicationFixture rulesFrom(LocalDate validFrom, CharterRules rules) {
		this.charter.put(validFrom, rules);
		return this;
	}

	ApplicationFixture onlyMembers(List<MemberOrganisation> members) {
		this.members.clear();
		this.members.addAll(members);
		return this;
	}

	static MemberOrganisation member(String number, String name, MemberKind kind) {
		return new MemberOrganisation(OrganisationNumber.of(number), name, kind);
	}

	static DecisionReference item(String meetingDate, int item) {
		LocalDate date = LocalDate.parse(meetingDate);
		return new DecisionReference(new MeetingId(UUID.nameUUIDFromBytes(date.toString().getBytes())), date, item);
	}

	static AnnualAmount kronor(int year, long kronor) {
		return new AnnualAmount(year, Money.ofKronor(kronor));
	}

	static SteeringGroupMember steering(MemberOrganisation member, String person) {
		return new SteeringGroupMember(member.organisationNumber(), PersonName.of(person));
	}

	static Rules rules() {
		return new Rules();
	}

	static Content content() {
		return new Content();
	}

	static SubmitApplication submission(ApplicationContent content) {
		return new SubmitApplication(ID, ASSOCIATION, FORSHAGA.organisationNumber(), SUBMITTED_ON, content);
	}

	static ApplicationSubmitted submitted(ApplicationContent content) {
		return new ApplicationSubmitted(ID, ASSOCIATION, FORSHAGA.organisationNumber(), SUBMITTED_ON, content);
	}

	static ApplicationSubmitted submitted() {
		return submitted(content().build());
	}

	static ApplicationRegistered registered() {
		return new ApplicationRegistered(ID, ASSOCIATION, "2025/14");
	}

	/** The executive proposes to grant what was applied for. */
	static DecisionProposed proposed() {
		return new DecisionProposed(ID, ASSOCIATION, Proposal.approve(content().build().requested(), null));
	}

	static ApplicationPlacedOnAgenda onAgenda(DecisionReference item) {
		return new ApplicationPlacedOnAgenda(ID, ASSOCIATION, item);
	}

	/**
	 * Submitted, registered, proposed and waiting on {@link #ITEM}: ready for a decision.
	 */
	static Object[] waitingForDecision() {
		return new Object[] { submitted(), registered(), proposed(), onAgenda(ITEM) };
	}

	static ApplicationApproved approved(ApplicationContent content, DecisionReference decision,
			List<AnnualAmount> granted, String conditions) {
		return new ApplicationApproved(ID, ASSOCIATION, decision, INTERVENTION, content.title(), content.owner(),
				content.participants(), content.kind(), content.period(), content.targetGroup(), content.goalAreas(),
				content.measurableGoals(), content.steeringGroup(), content.requested(), granted, conditions,
				content.method());
	}

	/** The command was refused for exactly these rules, in this order. */
	static Matcher<RuleViolation> violates(String... codes) {
		return new FeatureMatcher<RuleViolation, List<String>>(Matchers.equalTo(Arrays.asList(codes)), "broken rules",
				"broken rules") {
			@Override
			protected List<String> featureValueOf(RuleViolation actual) {
				return actual.broken().stream().map(RuleViolation.Broken::code).toList();
			}
		};
	}

	static Matcher<StateConflict> conflict(String code) {
		return new FeatureMatcher<StateConflict, String>(Matchers.equalTo(code), "conflict code", "conflict code") {
			@Override
			protected String featureValueOf(StateConflict actual) {
				return actual.code();
			}
		};
	}

	/** Charter rules, the fixture's by default. */
	static final class Rules {

		private List<ApplicationWindow> windows = List.of(WINDOW_2025, WINDOW_2026);

		private List<String> goalAreas = GOAL_AREAS;

		private int minimumParties = 2;

		private boolean genderEqualityRequired = true;

		private int youngest = CharterRules.LAW_YOUNGEST;

		private int oldest = CharterRules.LAW_OLDEST;

		Rules goalAreas(String... goalAreas) {
			this.goalAreas = List.of(goalAreas);
			return this;
		}

		Rules minimumParties(int minimumParties) {
			this.minimumParties = minimumParties;
			return this;
		}

		Rules genderEqualityRequired(boolean required) {
			this.genderEqualityRequired = required;
			return this;
		}

		Rules ages(int youngest, int oldest) {
			this.youngest = youngest;
			this.oldest = oldest;
			return this;
		}

		Rules windows(ApplicationWindow... windows) {
			this.windows = List.of(windows);
			return this;
		}

		CharterRules build() {
			return new CharterRules(QuorumRule.MORE_THAN_HALF, true, List.of(), List.of(), this.windows, this.goalAreas,
					this.minimumParties, this.genderEqualityRequired, this.youngest, this.oldest, 14);
		}

	}

	/** Content that follows every rule of the fixture's association until changed. */
	static final class Content {

		private String title = "Vägen till arbete";

		private OrganisationNumber owner = FORSHAGA.organisationNumber();

		private List<OrganisationNumber> participants = List.of(FORSHAGA.organisationNumber(), FK.organisationNumber());

		private int youngest = 18;

		private int oldest = 29;

		private InterventionPeriod period = new InterventionPeriod(LocalDate.of(2025, 5, 1),
				LocalDate.of(2026, 12, 31));

		private List<AnnualAmount> requested = List.of(kronor(2025, 150000), kronor(2026, 300000));

		private List<String> goalAreas = List.of("Arbete och studier");

		private List<MeasurableGoal> goals = List
			.of(new MeasurableGoal("Deltagare som tar ett steg mot arbete", "80 %"));

		private String genderEquality = "Kvinnor och män följs upp var för sig.";

		private List<SteeringGroupMember> steeringGroup = List.of(steering(FORSHAGA, "Eva Lund"),
				steering(FK, "Anna Andersson"));

		Content title(String title) {
			this.title = title;
			return this;
		}

		Content owner(MemberOrganisation owner) {
			this.owner = owner.organisationNumber();
			return this;
		}

		Content participants(MemberOrganisation... participants) {
			return participants(Arrays.stream(participants).map(MemberOrganisation::organisationNumber).toList());
		}

		Content participants(List<OrganisationNumber> participants) {
			this.participants = participants;
			return this;
		}

		Content ages(int youngest, int oldest) {
			this.youngest = youngest;
			this.oldest = oldest;
			return this;
		}

		Content period(String start, String end) {
			this.period = new InterventionPeriod(LocalDate.parse(start), LocalDate.parse(end));
			return this;
		}

		Content requested(AnnualAmount... requested) {
			this.requested = List.of(requested);
			return this;
		}

		Content requested(List<AnnualAmount> requested) {
			this.requested = requested;
			return this;
		}

		Content goalAreas(String... goalAreas) {
			this.goalAreas = List.of(goalAreas);
			return this;
		}

		Content goals(MeasurableGoal... goals) {
			this.goals = List.of(goals);
			return this;
		}

		Content genderEquality(String genderEquality) {
			this.genderEquality = genderEquality;
			return this;
		}

		Content steeringGroup(SteeringGroupMember... members) {
			this.steeringGroup = List.of(members);
			return this;
		}

		ApplicationContent build() {
			return new ApplicationContent(this.title, this.owner, this.participants, InterventionKind.INDIVIDUAL,
					new TargetGroup("Unga vuxna som står långt från arbetsmarknaden", this.youngest, this.oldest),
					this.period, this.requested, this.goalAreas, this.goals, this.genderEquality,
					"Arbetssättet förs in i kommunens arbetsmarknadsenhet när projektet slutar.", this.steeringGroup,
					PersonName.of("Eva Lund"), "Supported Employment");
		}

	}

}
