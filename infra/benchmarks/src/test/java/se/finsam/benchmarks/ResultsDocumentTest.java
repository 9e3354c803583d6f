package se.finsam.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResultsDocumentTest {

	@Test
	void replacesOnlyWhatIsBetweenTheMarkers() {
		String document = "# Benchmarks\n\nBefore.\n\n" + ResultsDocument.START + "\nold table\n" + ResultsDocument.END
				+ "\n\nAfter.\n";
		String rewritten = ResultsDocument.replace(document, "| new | table |\n");
		assertThat(rewritten).isEqualTo("# Benchmarks\n\nBefore.\n\n" + ResultsDocument.START + "\n| new | table |\n"
				+ ResultsDocument.END + "\n\nAfter.\n");
		assertThat(ResultsDocument.replace(rewritten, "| new | table |")).isEqualTo(rewritten);
	}

	@Test
	void refusesADocumentWithoutMarkers() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResultsDocument.replace("# Benchmarks\n", "table"));
	}

}
