package se.finsam.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatsTest {

	@Test
	void summarisesRunsAsMedianWithTheirRange() {
		Stats.Summary odd = Stats.summary(List.of(5.0, 1.0, 9.0, 3.0, 7.0));
		assertThat(odd.median()).isEqualTo(5.0);
		assertThat(odd.min()).isEqualTo(1.0);
		assertThat(odd.max()).isEqualTo(9.0);
		assertThat(odd.runs()).isEqualTo(5);
		assertThat(Stats.summary(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
	}

	@Test
	void takesTheNearestRankPercentile() {
		double[] values = new double[100];
		for (int i = 0; i < 100; i++) {
			values[i] = 100 - i;
		}
		assertThat(Stats.percentile(values.clone(), 50)).isEqualTo(50);
		assertThat(Stats.percentile(values.clone(), 99)).isEqualTo(99);
		assertThat(Stats.percentile(values.clone(), 100)).isEqualTo(100);
		assertThat(Stats.percentile(new double[] { 7 }, 99)).isEqualTo(7);
	}

	@Test
	void refusesWhatCannotBeSummarised() {
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.summary(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentile(new double[0], 50));
	}

	@Test
	void computesRatiosFromMediansAndWritesSwedishNumbers() {
		Stats.Summary ours = Stats.summary(List.of(100.0, 200.0, 300.0));
		Stats.Summary baseline = Stats.summary(List.of(400.0, 1_000.0, 10.0));
		assertThat(Stats.ratio(ours, baseline)).isEqualTo(0.5);
		assertThat(ours.format(0)).isEqualTo("200 (100–300)");
		assertThat(Stats.number(1_234_567.891, 1)).isEqualTo("1 234 567,9");
	}

}
