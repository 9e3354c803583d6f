package se.finsam.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import se.finsam.events.Money;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDiffTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Two lines as adopted; a revision raised free funds in 2026 and added a line. */
	private static final String REVISED = """
			{"lines":[
			 {"code":"bidrag-fk","group":"CONTRIBUTION","name":"Försäkringskassan","years":[
			  {"year":2026,"budget":"1000000.00","adopted":"1000000.00"},
			  {"year":2027,"budget":"0.00","adopted":"0.00"}]},
			 {"code":"fria-medel","group":"FREE_FUNDS","name":"Fria medel","years":[
			  {"year":2026,"budget":"650000.00","adopted":"500000.00"},
			  {"year":2027,"budget":"200000.00","adopted":"200000.00"}]},
			 {"code":"kansli","group":"ADMINISTRATION","name":"Kansli","years":[
			  {"year":2026,"budget":"120000.50","adopted":null},
			  {"year":2027,"budget":"0.00","adopted":null}]}]}""";

	@Test
	void showsEachChangedLineWithOldAndNewAmountAndTheChange() throws Exception {
		JsonNode plan = JSON.readTree(REVISED);
		PlanDiff diff = PlanDiff.between(PlanDiff.Version.asAdopted(plan), PlanDiff.Version.asOf(plan));

		assertThat(diff.rows()).extracting(PlanDiff.Row::code, PlanDiff.Row::year, PlanDiff.Row::changed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("bidrag-fk", 2026, false),
					org.assertj.core.groups.Tuple.tuple("fria-medel", 2026, true),
					org.assertj.core.groups.Tuple.tuple("fria-medel", 2027, false),
					org.assertj.core.groups.Tuple.tuple("kansli", 2026, true));
		PlanDiff.Row freeFunds = diff.rows().get(1);
		assertThat(freeFunds.before()).isEqualTo(Money.ofKronor(500_000));
		assertThat(freeFunds.after()).isEqualTo(Money.ofKronor(650_000));
		assertThat(freeFunds.change()).isEqualTo(Money.ofKronor(150_000));
		PlanDiff.Row added = diff.rows().get(3);
		assertThat(added.added()).isTrue();
		assertThat(added.change()).isEqualTo(Money.parse("120000.50"));
		assertThat(diff.changed()).isTrue();
	}

	@Test
	void totalsIncomeCostsAndResultPerYearInBothVersions() throws Exception {
		JsonNode plan = JSON.readTree(REVISED);
		PlanDiff diff = PlanDiff.between(PlanDiff.Version.asAdopted(plan), PlanDiff.Version.asOf(plan));

		PlanDiff.Total first = diff.totals().get(0);
		assertThat(first.year()).isEqualTo(2026);
		assertThat(first.incomeBefore()).isEqualTo(Money.ofKronor(1_000_000));
		assertThat(first.costsBefore()).isEqualTo(Money.ofKronor(500_000));
		assertThat(first.costsAfter()).isEqualTo(Money.parse("770000.50"));
		assertThat(first.resultBefore()).isEqualTo(Money.ofKronor(500_000));
		assertThat(first.resultAfter()).isEqualTo(Money.parse("229999.50"));
		assertThat(diff.totals()).extracting(PlanDiff.Total::year).containsExactly(2026, 2027);
	}

	@Test
	void aLineOnlyTheEarlierVersionHasCountsAsRemoved() throws Exception {
		JsonNode before = JSON.readTree("""
				{"lines":[{"code":"old","group":"OTHER","name":"Gammal","years":[{"year":2026,"budget":"10.00"}]}]}""");
		JsonNode after = JSON.readTree("{\"lines\":[]}");

		PlanDiff diff = PlanDiff.between(PlanDiff.Version.asOf(before), PlanDiff.Version.asOf(after));

		assertThat(diff.rows()).singleElement().satisfies((row) -> {
			assertThat(row.removed()).isTrue();
			assertThat(row.change()).isEqualTo(Money.ofKronor(-10));
		});
	}

	@Test
	void identicalVersionsShowNoChange() throws Exception {
		JsonNode plan = JSON.readTree(REVISED);
		PlanDiff diff = PlanDiff.between(PlanDiff.Version.asOf(plan), PlanDiff.Version.asOf(plan));

		assertThat(diff.changed()).isFalse();
		assertThat(diff.totals().get(0).resultAfter()).isEqualTo(diff.totals().get(0).resultBefore());
	}

}
