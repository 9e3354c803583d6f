package se.finsam.command.plan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.command.shared.AnnualAmountInput;
import se.finsam.command.shared.DecisionInput;
import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.LineGroup;

/** The JSON bodies of the plan commands. Amounts are kronor, exact to the öre. */
final class PlanRequests {

	private PlanRequests() {
	}

	record Draft(@NotNull(message = "Ange förbundet.") UUID associationId,
			@NotNull(message = "Ange året planen gäller.") @Min(value = 2000,
					message = "Ange ett rimligt år.") @Max(value = 2100, message = "Ange ett rimligt år.") Integer year,
			@NotEmpty(message = "Ange budgetens rader.") List<@NotNull @Valid Line> lines) {

	}

	record Line(
			@NotBlank(message = "Ange radens kod.") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}",
					message = "Radens kod skrivs med små bokstäver, siffror och bindestreck.") String code,
			@NotNull(message = "Ange radens grupp.") LineGroup group,
			@NotBlank(message = "Ange radens namn.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String name,
			@OrganisationNumberFormat String member,
			@NotEmpty(message = "Ange beloppen per år.") List<@NotNull @Valid AnnualAmountInput> amounts) {

		BudgetLine toLine() {
			return new BudgetLine(this.code, this.group, this.name.strip(),
					(this.member == null || this.member.isBlank()) ? null : OrganisationNumber.of(this.member),
					this.amounts.stream().map(AnnualAmountInput::toAmount).toList());
		}

	}

	record Consultation(@NotNull(message = "Ange vilken version av planen ändringen bygger på.") @PositiveOrZero(
			message = "Versionen kan inte vara negativ.") Long expectedVersion) {

	}

	record Adoption(
			@NotNull(message = "Ange vilken version av planen ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet som antog planen.") @Valid DecisionInput decision) {

	}

	record Revision(
			@NotNull(message = "Ange vilken version av planen ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange skälet till revideringen.") String reason,
			@NotNull(message = "Ange styrelsebeslutet om revideringen.") @Valid DecisionInput decision,
			@NotEmpty(message = "Ange raderna som ändras.") List<@NotNull @Valid Line> changedLines) {

	}

}
