package se.finsam.web.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	private final Formats formats = new Formats();

	@Test
	void writesAmountsAsSwedishUsersReadThem() {
		assertThat(this.formats.kr("3590000.00")).isEqualTo("3 590 000 kr");
		assertThat(this.formats.kr("1234.50")).isEqualTo("1 234,50 kr");
		assertThat(this.formats.kr(null)).isEqualTo("–");
	}

	@Test
	void writesThousandsOfKronorRoundedHalfUp() {
		assertThat(this.formats.tkr("3590499.00")).isEqualTo("3 590 tkr");
		assertThat(this.formats.tkr("3590500.00")).isEqualTo("3 591 tkr");
	}

	@Test
	void writesDaysAndMomentsInSwedishTime() {
		assertThat(this.formats.date("2025-10-10")).isEqualTo("2025-10-10");
		assertThat(this.formats.moment("2025-10-10T12:05:00Z")).isEqualTo("2025-10-10 14:05");
		assertThat(this.formats.moment("2025-01-10T12:05:00Z")).isEqualTo("2025-01-10 13:05");
	}

	@Test
	void writesPerCentsWithADecimalComma() {
		assertThat(this.formats.percent("23.2")).isEqualTo("23,2 %");
	}

	@Test
	void listsAmountsPerYear() throws Exception {
		assertThat(this.formats.amounts(new ObjectMapper()
			.readTree("[{\"year\":2025,\"amount\":\"300000.00\"},{\"year\":2026,\"amount\":\"100000.00\"}]")))
			.isEqualTo("2025: 300 000 kr; 2026: 100 000 kr");
	}

	@Test
	void showsHowFarTheBudgetHasMovedFromTheAdoptedOne() {
		assertThat(this.formats.change("600000.00", "500000.00")).isEqualTo("+100 000 kr");
		assertThat(this.formats.change("450000.00", "500000.00")).isEqualTo("−50 000 kr");
		assertThat(this.formats.change("500000.00", "500000.00")).isEqualTo("–");
		assertThat(this.formats.change("500000.00", null)).isEqualTo("–");
	}

	@Test
	void placesAnAmountAgainstTheGoalsCeilingAndFloor() {
		Formats formats = new Formats();
		assertThat(formats.againstGoal("700000.00", "600000.00", "300000.00")).isEqualTo("Över taket");
		assertThat(formats.againstGoal("200000.00", "600000.00", "300000.00")).isEqualTo("Under golvet");
		assertThat(formats.againstGoal("600000.00", "600000.00", null)).isEqualTo("Inom målet");
		assertThat(formats.againstGoal("600000.00", null, null)).isEqualTo("–");
	}

}
