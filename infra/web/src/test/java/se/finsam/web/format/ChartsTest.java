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

}
