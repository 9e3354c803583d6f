package se.finsam.web.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The application form's fields, bound from the page and turned into the command API's
 * {@code content}. The API judges every rule; the form only shapes the request and says
 * which field each of the API's error paths belongs to.
 */
public class ApplicationForm {

	/**
	 * The API's field paths (without {@code content.} and indexes) → the form's field.
	 */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "title"),
			Map.entry("owner", "owner"), Map.entry("participants", "participants"), Map.entry("kind", "kind"),
			Map.entry("targetGroup.description", "targetDescription"),
			Map.entry("targetGroup.youngestAge", "youngestAge"), Map.entry("targetGroup.oldestAge", "oldestAge"),
			Map.entry("targetGroup", "youngestAge"), Map.entry("period.start", "start"), Map.entry("period.end", "end"),
			Map.entry("period", "start"), Map.entry("requested", "amount"), Map.entry("goalAreas", "goalAreas"),
			Map.entry("measurableGoals", "goalDescription"), Map.entry("measurableGoals.target", "goalTarget"),
			Map.entry("genderEquality", "genderEquality"), Map.entry("implementationPlan", "implementationPlan"),
			Map.entry("steeringGroup", "steeringPerson"), Map.entry("contactPerson", "contactPerson"),
			Map.entry("method", "method"), Map.entry("applicant", "owner"));

	private String title = "";

	private String owner = "";

	private List<String> participants = new ArrayList<>();

	private String kind = "INDIVIDUAL";

	private String targetDescription = "";

	private Integer youngestAge;

	private Integer oldestAge;

	private LocalDate start;

	private LocalDate end;

	private Long amount;

	private Long amountNextYear;

	private List<String> goalAreas = new ArrayList<>();

	private String goalDescription = "";

	private String goalTarget = "";

	private String genderEquality = "";

	private String implementationPlan = "";

	private String steeringOrganisation = "";

	private String steeringPerson = "";

	private String contactPerson = "";

	private String method = "";

	/**
	 * The form field an API error path belongs to, or the empty string for the summary.
	 */
	public static String fieldOf(String apiPath) {
		String path = apiPath.replaceFirst("^content\\.", "").replaceAll("\\[\\d+\\]", "");
		while (!path.isEmpty()) {
			String field = FIELDS.get(path);
			if (field != null) {
				return field;
			}
			int dot = path.lastIndexOf('.');
			path = (dot < 0) ? "" : path.substring(0, dot);
		}
		return "";
	}

	/** The command API's {@code content}. */
	public Map<String, Object> toContent() {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", this.title);
		content.put("owner", this.owner);
		content.put("participants", this.participants);
		content.put("kind", this.kind);
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("description", this.targetDescription);
		target.put("youngestAge", this.youngestAge);
		target.put("oldestAge", this.oldestAge);
		content.put("targetGroup", target);
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("start", this.start);
		period.put("end", this.end);
		content.put("period", period);
		List<Map<String, Object>> requested = new ArrayList<>();
		if (this.amount != null && this.start != null) {
			requested.add(Map.of("year", this.start.getYear(), "amount", this.amount));
		}
		if (this.amountNextYear != null && this.start != null) {
			requested.add(Map.of("year", this.start.getYear() + 1, "amount", this.amountNextYear));
		}
		content.put("requested", requested);
		content.put("goalAreas", this.goalAreas);
		content.put("measurableGoals", this.goalDescription.isBlank() ? List.of()
				: List.of(Map.of("description", this.goalDescription, "target", this.goalTarget)));
		content.put("genderEquality", this.genderEquality);
		content.put("implementationPlan", this.implementationPlan);
		content.put("steeringGroup", (this.steeringPerson.isBlank() || this.steeringOrganisation.isBlank()) ? List.of()
				: List.of(Map.of("memberOrganisation", this.steeringOrganisation, "person", this.steeringPerson)));
		content.put("contactPerson", this.contactPerson);
		content.put("method", this.method);
		return content;
	}

	/** The form filled from an application's recorded content, to amend it. */
	public static ApplicationForm of(JsonNode content) {
		ApplicationForm form = new ApplicationForm();
		form.title = content.path("title").asText();
		form.owner = content.path("owner").asText();
		content.path("participants").forEach((party) -> form.participants.add(party.asText()));
		form.kind = content.path("kind").asText("INDIVIDUAL");
		form.targetDescription = content.path("targetGroup").path("description").asText();
		form.youngestAge = content.path("targetGroup").path("youngestAge").asInt();
		form.oldestAge = content.path("targetGroup").path("oldestAge").asInt();
		form.start = LocalDate.parse(content.path("period").path("start").asText());
		form.end = LocalDate.parse(content.path("period").path("end").asText());
		for (JsonNode requested : content.path("requested")) {
			long kronor = new java.math.BigDecimal(requested.path("amount").asText("0")).longValue();
			if (requested.path("year").asInt() == form.start.getYear()) {
				form.amount = kronor;
			}
			else if (requested.path("year").asInt() == form.start.getYear() + 1) {
				form.amountNextYear = kronor;
			}
		}
		content.path("goalAreas").forEach((area) -> form.goalAreas.add(area.asText()));
		JsonNode goal = content.path("measurableGoals").path(0);
		form.goalDescription = goal.path("description").asText();
		form.goalTarget = goal.path("target").asText();
		form.genderEquality = content.path("genderEquality").asText();
		form.implementationPlan = content.path("implementationPlan").asText();
		JsonNode steering = content.path("steeringGroup").path(0);
		form.steeringOrganisation = steering.path("memberOrganisation").asText();
		form.steeringPerson = steering.path("person").asText();
		form.contactPerson = content.path("contactPerson").asText();
		form.method = content.path("method").asText("");
		return form;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public List<String> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<String> participants) {
		this.participants = participants;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTargetDescription() {
		return this.targetDescription;
	}

	public void setTargetDescription(String targetDescription) {
		this.targetDescription = targetDescription;
	}

	public Integer getYoungestAge() {
		return this.youngestAge;
	}

	public void setYoungestAge(Integer youngestAge) {
		this.youngestAge = youngestAge;
	}

	public Integer getOldestAge() {
		return this.oldestAge;
	}

	public void setOldestAge(Integer oldestAge) {
		this.oldestAge = oldestAge;
	}

	public LocalDate getStart() {
		return this.start;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public LocalDate getEnd() {
		return this.end;
	}

	public void setEnd(LocalDate end) {
		this.end = end;
	}

	public Long getAmount() {
		return this.amount;
	}

	public void setAmount(Long amount) {
		this.amount = amount;
	}

	public Long getAmountNextYear() {
		return this.amountNextYear;
	}

	public void setAmountNextYear(Long amountNextYear) {
		this.amountNextYear = amountNextYear;
	}

	public List<String> getGoalAreas() {
		return this.goalAreas;
	}

	public void setGoalAreas(List<String> goalAreas) {
		this.goalAreas = goalAreas;
	}

	public String getGoalDescription() {
		return this.goalDescription;
	}

	public void setGoalDescription(String goalDescription) {
		this.goalDescription = goalDescription;
	}

	public String getGoalTarget() {
		return this.goalTarget;
	}

	public void setGoalTarget(String goalTarget) {
		this.goalTarget = goalTarget;
	}

	public String getGenderEquality() {
		return this.genderEquality;
	}

	public void setGenderEquality(String genderEquality) {
		this.genderEquality = genderEquality;
	}

	public String getImplementationPlan() {
		return this.implementationPlan;
	}

	public void setImplementationPlan(String implementationPlan) {
		this.implementationPlan = implementationPlan;
	}

	public String getSteeringOrganisation() {
		return this.steeringOrganisation;
	}

	public void setSteeringOrganisation(String steeringOrganisation) {
		this.steeringOrganisation = steeringOrganisation;
	}

	public String getSteeringPerson() {
		return this.steeringPerson;
	}

	public void setSteeringPerson(String steeringPerson) {
		this.steeringPerson = steeringPerson;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getMethod() {
		return this.method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

}
