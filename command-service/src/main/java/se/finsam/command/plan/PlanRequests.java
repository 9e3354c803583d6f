package se.finsam.command.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
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
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.StatedFigure;

/** The JSON bodies of the plan commands. Amounts are kronor, exact to the öre. */
final class PlanRequests {

	private static final String VERSION = "Ange vilken version av planen ändringen bygger på.";

	private static final String NEGATIVE = "Versionen kan inte vara negativ.";

	private static final String KRONOR = "Ange beloppet i kronor med högst två decimaler.";

	private PlanRequests() {
	}

	record Draft(@NotNull(message = "Ange förbundet.") UUID associationId,
			@NotNull(message = "Ange året planen gäller.") @Min(value = 2000,
					message = "Ange ett rimligt år.") @Max(value = 2100, message = "Ange ett rimligt år.") Integer year,
			@NotEmpty(message = "Ange budgetens rader.") List<@NotNull @Valid Line> lines) {

	}

	record Amendment(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
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
			@NotBlank(message = "Ange skälet till revideringen.") @Size(max = 2000,
					message = "Skälet får vara högst 2000 tecken.") String reason,
			@NotNull(message = "Ange styrelsebeslutet om revideringen.") @Valid DecisionInput decision,
			@NotEmpty(message = "Ange raderna som ändras.") List<@NotNull @Valid Line> changedLines) {

	}

	record Goals(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange målen.") @Valid GoalsInput goals) {

	}

	record GoalsInput(
			List<@NotBlank(message = "Ett målområde måste ha ett namn.") @Size(max = 200,
					message = "Målområdets namn får vara högst 200 tecken.") String> areas,
			List<@NotNull @Valid Target> targets, @Valid Economic economic) {

		PlanGoals toGoals() {
			return new PlanGoals(orEmpty(this.areas).stream().map(String::strip).toList(),
					orEmpty(this.targets).stream().map(Target::toTarget).toList(),
					(this.economic != null) ? this.economic.toGoals() : EconomicGoals.NONE);
		}

	}

	record Target(
			@NotBlank(message = "Beskriv målet.") @Size(max = 2000,
					message = "Texten får vara högst 2000 tecken.") String text,
			@Size(max = 200, message = "Indikatorn får vara högst 200 tecken.") String indicator,
			@Size(max = 200, message = "Målvärdet får vara högst 200 tecken.") String target) {

		PlanGoals.GoalTarget toTarget() {
			return new PlanGoals.GoalTarget(this.text.strip(),
					(this.indicator == null || this.indicator.isBlank()) ? null : this.indicator.strip(),
					(this.target == null || this.target.isBlank()) ? null : this.target.strip());
		}

	}

	record Economic(Integer equityCeilingPercent,
			@Digits(integer = 13, fraction = 2, message = KRONOR) BigDecimal equityFloor,
			Integer administrationShareMaxPercent, Integer individualShareMinPercent) {

		EconomicGoals toGoals() {
			return new EconomicGoals(this.equityCeilingPercent,
					(this.equityFloor != null) ? Money.ofKronor(this.equityFloor) : null,
					this.administrationShareMaxPercent, this.individualShareMinPercent);
		}

	}

	record Figures(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange dokumentets summor.") List<@NotNull @Valid Figure> figures) {

	}

	record Figure(@NotNull(message = "Ange vilken summa det är.") StatedFigure.Figure figure, LineGroup group,
			MemberKind kind, @NotNull(message = "Ange året.") Integer year,
			@Digits(integer = 13, fraction = 2, message = KRONOR) BigDecimal amount, Integer percent,
			@Size(max = 500, message = "Texten får vara högst 500 tecken.") String text) {

		StatedFigure toFigure() {
			return new StatedFigure(this.figure, this.group, this.kind, this.year,
					(this.amount != null) ? Money.ofKronor(this.amount) : null, this.percent, this.text);
		}

	}

	record OpeningEquity(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange beloppet.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal amount,
			@NotBlank(message = "Ange var beloppet kommer ifrån.") @Size(max = 500,
					message = "Texten får vara högst 500 tecken.") String source) {

	}

	record Pledges(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			List<@NotNull @Valid MemberAmount> others,
			@Digits(integer = 13, fraction = 2, message = KRONOR) BigDecimal municipalities,
			@NotNull(message = "Ange hur kommunerna delar: EQUAL eller POPULATION.") MunicipalitySplit split,
			List<@NotNull @Valid MunicipalityShare> municipalityShares) {

		PledgeContributions toCommand(PlanId planId, int budgetYear) {
			return new PledgeContributions(planId, this.expectedVersion, budgetYear,
					orEmpty(this.others).stream()
						.map((pledge) -> new Pledge(OrganisationNumber.of(pledge.member()),
								Money.ofKronor(pledge.amount()), null))
						.toList(),
					(this.municipalities != null) ? Money.ofKronor(this.municipalities) : Money.ZERO, this.split,
					orEmpty(this.municipalityShares).stream()
						.map((share) -> new PledgeContributions.Municipality(OrganisationNumber.of(share.member()),
								share.population()))
						.toList());
		}

	}

	record MemberAmount(@NotBlank(message = "Ange medlemmen.") @OrganisationNumberFormat String member,
			@NotNull(message = "Ange beloppet.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal amount) {

	}

	record MunicipalityShare(@NotBlank(message = "Ange kommunen.") @OrganisationNumberFormat String member,
			Integer population) {

	}

	record Payment(@NotNull(message = "Ange budgetåret.") Integer budgetYear,
			@NotBlank(message = "Ange medlemmen.") @OrganisationNumberFormat String member,
			@NotNull(message = "Ange när betalningen kom in.") LocalDate receivedOn,
			@NotNull(message = "Ange beloppet.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal amount) {

	}

	record Outcome(@NotNull(message = "Ange budgetåret.") Integer budgetYear,
			@NotBlank(message = "Ange raden.") String lineCode,
			@NotNull(message = "Ange datumet utfallet gäller till och med.") LocalDate asOf,
			@NotNull(message = "Ange beloppet.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal amount,
			@NotBlank(message = "Ange var utfallet kommer ifrån.") @Size(max = 500,
					message = "Texten får vara högst 500 tecken.") String source) {

	}

	record Closing(@NotNull(message = VERSION) @PositiveOrZero(message = NEGATIVE) Long expectedVersion,
			@NotNull(message = "Ange styrelsebeslutet om årsredovisningen.") @Valid DecisionInput decision,
			@NotNull(message = "Ange eget kapital vid årets slut.") @Digits(integer = 13, fraction = 2,
					message = KRONOR) BigDecimal closingEquity) {

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
