package se.finsam.command.plan.file;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.finsam.events.AnnualAmount;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.StatedFigure;

/**
 * Reads a plan file and normalises it: amounts into exact kronor (tkr × 1 000, never
 * rounded), income written as negative numbers turned positive, shares "20 %" into whole
 * per cents. What the file means is then checked by the same commands as the API.
 */
public final class PlanFileReader {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.addModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Pattern PERCENT = Pattern.compile("\\s*(\\d{1,3})\\s*%?\\s*");

	private final PlanFile file;

	private PlanFileReader(PlanFile file) {
		this.file = file;
	}

	/**
	 * Throws {@link PlanFileException} with a Swedish message when the file cannot be
	 * read.
	 */
	public static PlanFileReader read(String yaml) {
		PlanFile file;
		try {
			file = YAML.readValue(yaml, PlanFile.class);
		}
		catch (IOException ex) {
			throw new PlanFileException("Filen kunde inte läsas: " + firstLine(ex.getMessage()));
		}
		if (file == null || file.year() == 0) {
			throw new PlanFileException("Filen ska ange planens år (year).");
		}
		boolean amounts = !(isEmpty(file.lines()) && isEmpty(file.stated()) && file.equity() == null);
		if (amounts && (file.unit() == null || file.incomeSign() == null)) {
			throw new PlanFileException(
					"En fil med belopp ska ange unit (kr eller tkr) och incomeSign (positive eller negative).");
		}
		return new PlanFileReader(file);
	}

	public int year() {
		return this.file.year();
	}

	public List<BudgetLine> lines() {
		return orEmpty(this.file.lines()).stream().map(this::line).toList();
	}

	public PlanGoals goals() {
		PlanFile.Goals goals = this.file.goals();
		if (goals == null) {
			return null;
		}
		PlanFile.Economic economic = goals.economic();
		return new PlanGoals(orEmpty(goals.areas()),
				orEmpty(goals.targets()).stream()
					.map((target) -> new PlanGoals.GoalTarget(target.text(), target.indicator(), target.target()))
					.toList(),
				(economic == null) ? EconomicGoals.NONE
						: new EconomicGoals(percent(economic.equityCeiling()),
								(economic.equityFloor() != null) ? kronor(economic.equityFloor()) : null,
								percent(economic.administrationShareMax()), percent(economic.individualShareMin())));
	}

	public List<StatedFigure> stated() {
		return orEmpty(this.file.stated()).stream()
			.map((stated) -> new StatedFigure(stated.figure(), stated.group(), stated.kind(), stated.year(),
					(stated.amount() != null) ? signed(stated.amount(), direction(stated)) : null, stated.percent(),
					stated.text()))
			.toList();
	}

	/** The opening equity the document states, or null. */
	public Money openingEquity() {
		return (this.file.equity() != null && this.file.equity().opening() != null)
				? kronor(this.file.equity().opening()) : null;
	}

	private BudgetLine line(PlanFile.Line line) {
		if (line.group() == null || line.code() == null || line.name() == null) {
			throw new PlanFileException("Varje rad ska ha code, group och name.");
		}
		if (line.member() != null && !OrganisationNumber.isValid(line.member())) {
			throw new PlanFileException(
					"Raden " + line.code() + " anger organisationsnumret " + line.member() + ", som inte är giltigt.");
		}
		if (line.amounts() == null) {
			throw new PlanFileException("Raden " + line.code() + " saknar belopp (amounts).");
		}
		return new BudgetLine(line.code(), line.group(), line.name().strip(),
				(line.member() != null) ? OrganisationNumber.of(line.member()) : null,
				line.amounts()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> new AnnualAmount(entry.getKey(),
							signed(entry.getValue(), line.group().isIncome() ? Direction.INCOME : Direction.COST)))
					.toList());
	}

	/**
	 * Income or costs written as negative numbers (as some documents do) become positive;
	 * a result or an equity figure keeps its sign.
	 */
	private Money signed(BigDecimal amount, Direction direction) {
		PlanFile.Sign sign = switch (direction) {
			case INCOME -> this.file.incomeSign();
			case COST -> this.file.costSign();
			case NEITHER -> PlanFile.Sign.positive;
		};
		return kronor((sign == PlanFile.Sign.negative) ? amount.negate() : amount);
	}

	private enum Direction {

		INCOME, COST, NEITHER

	}

	private Money kronor(BigDecimal amount) {
		try {
			PlanFile.Unit unit = (this.file.unit() != null) ? this.file.unit() : PlanFile.Unit.kr;
			return Money.ofKronor(amount.multiply(unit.kronor));
		}
		catch (IllegalArgumentException ex) {
			throw new PlanFileException("Beloppet " + amount.toPlainString() + " " + this.file.unit()
					+ " går inte att skriva i hela ören.");
		}
	}

	private static Direction direction(PlanFile.Stated stated) {
		return switch (stated.figure()) {
			case CONTRIBUTIONS, INCOME -> Direction.INCOME;
			case COSTS -> Direction.COST;
			case GROUP -> (stated.group() != null && stated.group().isIncome()) ? Direction.INCOME : Direction.COST;
			default -> Direction.NEITHER;
		};
	}

	private static Integer percent(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = PERCENT.matcher(text);
		if (!matcher.matches()) {
			throw new PlanFileException("Andelen \"" + text + "\" ska skrivas i hela procent, t.ex. 20 %.");
		}
		return Integer.valueOf(matcher.group(1));
	}

	private static boolean isEmpty(List<?> list) {
		return list == null || list.isEmpty();
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("");
	}

}
