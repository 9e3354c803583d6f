package se.finsam.web.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetRowTest {

	@Test
	void makesALineCodeFromTheNameUniqueAmongTheTakenOnes() {
		Set<String> taken = new HashSet<>(Set.of("fria-medel"));

		assertThat(BudgetRow.codeFor("Fria medel", taken)).isEqualTo("fria-medel-2");
		assertThat(BudgetRow.codeFor("Bidrag Försäkringskassan", taken)).isEqualTo("bidrag-forsakringskassan");
		assertThat(BudgetRow.codeFor("§§", taken)).isEqualTo("rad");
	}

	@Test
	void aRowIsEmptiedWhenEveryAmountIsBlankOrZeroButNotWhenOneCannotBeRead() {
		assertThat(new BudgetRow("kansli", "Kansli", "ADMINISTRATION", "", List.of("", "0", "0")).emptied()).isTrue();
		assertThat(new BudgetRow("kansli", "Kansli", "ADMINISTRATION", "", List.of("", "0", "1")).emptied()).isFalse();
		assertThat(new BudgetRow("kansli", "Kansli", "ADMINISTRATION", "", List.of("x", "", "")).emptied()).isFalse();
	}

	@Test
	void readsEachPostedRowAndTheAmountsAsTyped() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.put("code", List.of("fria-medel", ""));
		form.put("name", List.of("Fria medel", "Ny rad"));
		form.put("group", List.of("FREE_FUNDS", "OTHER"));
		form.put("member", List.of("", ""));
		form.put("amount0", List.of("500 000", "12,50"));
		form.put("amount1", List.of("", ""));
		form.put("amount2", List.of("100000", ""));

		List<BudgetRow> rows = BudgetRow.read(form);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).amounts()).containsExactly("500000", "", "100000");
		assertThat(rows.get(1).toLine(2026, new HashSet<>(), false)).containsEntry("code", "ny-rad")
			.containsEntry("member", null)
			.containsEntry("amounts", List.of(Map.of("year", 2026, "amount", "12.50")));
		assertThat(rows.get(0).toLine(2026, new HashSet<>(), true).get("amounts"))
			.isEqualTo(List.of(Map.of("year", 2026, "amount", "500000"), Map.of("year", 2027, "amount", "0"),
					Map.of("year", 2028, "amount", "100000")));
	}

	@Test
	void aRowDiffersOnlyWhenAnAmountDoes() {
		BudgetRow before = new BudgetRow("x", "X", "OTHER", "", List.of("500000", "", "0"));

		assertThat(new BudgetRow("x", "X", "OTHER", "", List.of("500000.00", "0", "")).differsFrom(before)).isFalse();
		assertThat(new BudgetRow("x", "X", "OTHER", "", List.of("650000", "", "")).differsFrom(before)).isTrue();
	}

}
