package se.finsam.web.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

	@Test
	void drawsEachLinesBarsAsAShareOfTheLargestBudget() throws Exception {
		String svg = new Charts().budgetBars(new ObjectMapper().readTree("""
				[{"years":[{"budget":"500000.00","reserved":"250000.00","spent":"0.00"}]},
				 {"years":[{"budget":"100000.00","reserved":"0.00","spent":"150000.00"}]}]"""), "budget-alt");
		assertThat(svg).startsWith("<svg").contains("aria-labelledby=\"budget-alt\"").contains("height=\"82\"");
		assertThat(svg).contains("y=\"2\" width=\"360\"")
			.contains("y=\"13\" width=\"180\"")
			.contains("y=\"24\" width=\"0\"");
		assertThat(svg).contains("y=\"38\" width=\"72\"").contains("y=\"60\" width=\"108\"");
	}

	@Test
	void drawsEachYearsEquityAsAColumnWithTheGoalsCeilingAndFloorOnOneScale() throws Exception {
		String svg = new Charts().equityColumns(new ObjectMapper().readTree("""
				[{"year":2026,"equity":{"closing":"900000.00","ceiling":"600000.00","floor":"300000.00"}},
				 {"year":2027,"equity":{"closing":"450000.00","ceiling":"600000.00","floor":"300000.00"}},
				 {"year":2028,"equity":{"closing":"-50000.00","ceiling":null,"floor":null}}]"""), "eget-kapital-alt");
		assertThat(svg).startsWith("<svg").contains("aria-labelledby=\"eget-kapital-alt\"").endsWith("</svg>");
		// The largest figure (900 000) is the full 180 units; 450 000 is half of it.
		assertThat(svg).contains("<rect x=\"30\" y=\"0\" width=\"60\" height=\"180\"")
			.contains("<rect x=\"150\" y=\"90\" width=\"60\" height=\"90\"")
			.contains("<rect x=\"270\" y=\"180\" width=\"60\" height=\"0\"");
		// Ceiling at 600 000 (y 60), floor at 300 000 (y 120, dashed); none in 2028.
		assertThat(svg).contains("x1=\"4\" x2=\"116\" y1=\"60\" y2=\"60\" stroke=\"#a4161a\"")
			.contains(
					"x1=\"124\" x2=\"236\" y1=\"120\" y2=\"120\" stroke=\"#8a5a00\" stroke-width=\"3\" stroke-dasharray")
			.doesNotContain("x1=\"244\"");
		assertThat(svg).contains(">2026</text>").contains(">2028</text>");
	}

}
