package se.finsam.command.plan.file;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.finsam.events.MemberKind;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.StatedFigure;

/**
 * A plan file as written (docs/plan-file-format.md). {@code expectedFindings} is for the
 * tests that load the published plans; importing ignores it.
 */
@JsonIgnoreProperties("expectedFindings")
public record PlanFile(Association association, List<Member> members, int year, Unit unit, Sign incomeSign,
		Sign costSign, LocalDate adopted, MunicipalitySplit municipalitySplit, Goals goals, Equity equity,
		List<Line> lines, List<Stated> stated) {

	/** The unit of every amount in the file. */
	public enum Unit {

		kr(BigDecimal.ONE), tkr(BigDecimal.valueOf(1000));

		final BigDecimal kronor;

		Unit(BigDecimal kronor) {
			this.kronor = kronor;
		}

	}

	/** How the document signs income or costs. */
	public enum Sign {

		positive, negative

	}

	public record Association(String name, String organisationNumber) {
	}

	public record Member(String name, MemberKind kind, String organisationNumber) {
	}

	public record Goals(List<String> areas, List<Target> targets, Economic economic) {
	}

	public record Target(String text, String indicator, String target) {
	}

	public record Economic(String equityCeiling, BigDecimal equityFloor, String administrationShareMax,
			String individualShareMin) {
	}

	public record Equity(BigDecimal opening) {
	}

	public record Line(String code, LineGroup group, String name, String member, Map<Integer, BigDecimal> amounts) {
	}

	public record Stated(StatedFigure.Figure figure, LineGroup group, MemberKind kind, int year, BigDecimal amount,
			Integer percent, String text) {
	}

}
