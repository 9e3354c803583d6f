package se.finsam.command.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import se.finsam.events.AnnualAmount;
import se.finsam.events.Money;
import se.finsam.events.application.ApplicationContent;
import se.finsam.events.application.Proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.application.ApplicationFixture.kronor;

class ApplicationRequestsTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	static String submission(String firstAmount, String secondAmount) {
		return """
				{
				  "associationId": "0d5c9a53-4a3e-4a52-9a0e-1b8f5c6d7e21",
				  "applicant": "2120001785",
				  "content": {
				    "title": " Vägen till arbete ",
				    "owner": "212000-1785",
				    "participants": ["212000-1785", "202100-5521"],
				    "kind": "INDIVIDUAL",
				    "targetGroup": { "description": "Unga vuxna", "youngestAge": 18, "oldestAge": 29 },
				    "period": { "start": "2025-05-01", "end": "2026-12-31" },
				    "requested": [ { "year": 2025, "amount": %s }, { "year": 2026, "amount": %s } ],
				    "goalAreas": ["Arbete och studier"],
				    "measurableGoals": [ { "description": "Steg mot arbete", "target": "80 %%" } ],
				    "implementationPlan": "Förs in i kommunens ordinarie arbete.",
				    "contactPerson": "Eva Lund"
				  }
				}
				""".formatted(firstAmount, secondAmount);
	}

	@Test
	void readsAmountsInKronorGivenAsNumbersOrStrings() throws JsonProcessingException {
		ApplicationRequests.Submission request = JSON.readValue(submission("150000.5", "\"300000.00\""),
				ApplicationRequests.Submission.class);
		assertThat(VALIDATOR.validate(request)).isEmpty();
		assertThat(request.content().toContent().requested())
			.containsExactly(new AnnualAmount(2025, Money.ofKronor(new BigDecimal("150000.50"))), kronor(2026, 300000));
	}

	@Test
	void leavesOptionalPartsEmptyAndTrimsText() throws JsonProcessingException {
		ApplicationRequests.Submission request = JSON.readValue(submission("1", "2"),
				ApplicationRequests.Submission.class);
		ApplicationContent content = request.content().toContent();
		assertThat(content.title()).isEqualTo("Vägen till arbete");
		assertThat(content.genderEquality()).isEmpty();
		assertThat(content.steeringGroup()).isEmpty();
		assertThat(content.owner().value()).isEqualTo("212000-1785");
	}

	@Test
	void refusesAmountsFinerThanAnOre() throws JsonProcessingException {
		ApplicationRequests.Submission request = JSON.readValue(submission("1.005", "2"),
				ApplicationRequests.Submission.class);
		assertThat(messages(VALIDATOR.validate(request)))
			.containsExactly("content.requested[0].amount: Ange beloppet i kronor med högst två decimaler.");
	}

	@Test
	void asksForEveryMissingPartOfTheContentInSwedish() throws JsonProcessingException {
		ApplicationRequests.Submission request = JSON
			.readValue("{\"associationId\": \"0d5c9a53-4a3e-4a52-9a0e-1b8f5c6d7e21\", \"applicant\": \"212000-1786\","
					+ " \"content\": {}}", ApplicationRequests.Submission.class);
		assertThat(messages(VALIDATOR.validate(request))).containsExactlyInAnyOrder(
				"applicant: Organisationsnumret ska skrivas NNNNNN-NNNN och ha rätt kontrollsiffra.",
				"content.title: Ange insatsens namn.", "content.owner: Ange huvudmannens organisationsnummer.",
				"content.participants: Ange de deltagande parterna.",
				"content.kind: Ange om insatsen är individinriktad eller strukturinriktad.",
				"content.targetGroup: Beskriv målgruppen.", "content.period: Ange insatsens period.",
				"content.requested: Ange sökt belopp per år.", "content.measurableGoals: Ange insatsens mätbara mål.",
				"content.implementationPlan: Beskriv hur arbetet ska föras in i medlemmarnas ordinarie verksamhet.",
				"content.contactPerson: Ange kontaktperson.");
	}

	@Test
	void asksForTheVersionAChangeBuildsOn() throws JsonProcessingException {
		ApplicationRequests.Withdrawal request = JSON.readValue("{\"reason\": \"Behövs inte längre.\"}",
				ApplicationRequests.Withdrawal.class);
		assertThat(messages(VALIDATOR.validate(request)))
			.containsExactly("expectedVersion: Ange vilken version av ansökan ändringen bygger på.");
	}

	@Test
	void anApprovalProposalKeepsItsConditionsAndARejectionItsReason() throws JsonProcessingException {
		ApplicationRequests.DecisionProposal approval = JSON.readValue(
				"{\"expectedVersion\": 2, \"outcome\": \"APPROVE\", \"amounts\": [{\"year\": 2026, \"amount\": 1000}],"
						+ " \"conditions\": \" Delrapport i december. \", \"reason\": \"Bra\"}",
				ApplicationRequests.DecisionProposal.class);
		ApplicationRequests.DecisionProposal rejection = JSON
			.readValue("{\"expectedVersion\": 2, \"outcome\": \"REJECT\", \"conditions\": \"Inga\","
					+ " \"reason\": \"Ryms inte i budgeten.\"}", ApplicationRequests.DecisionProposal.class);
		assertThat(approval.toProposal())
			.isEqualTo(Proposal.approve(List.of(kronor(2026, 1000)), "Delrapport i december."));
		assertThat(rejection.toProposal()).isEqualTo(Proposal.reject("Ryms inte i budgeten."));
	}

	private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
		return violations.stream().map((v) -> v.getPropertyPath() + ": " + v.getMessage()).toList();
	}

}
