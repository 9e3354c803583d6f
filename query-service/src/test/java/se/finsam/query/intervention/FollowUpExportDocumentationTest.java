package se.finsam.query.intervention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every column and every symbol of the exports is described on the export page, so that
 * whoever receives a file can read it.
 */
class FollowUpExportDocumentationTest {

	@Test
	void everyColumnAndSymbolIsOnTheExportPage() throws Exception {
		String page = Files.readString(Path.of("../docs/national-follow-up-export.md"));
		List<String> terms = new ArrayList<>(FollowUpExport.NATIONAL_HEADER);
		terms.addAll(FollowUpExport.BREAKDOWN_HEADER);
		terms.addAll(List.of(FollowUpExport.ALL_AGES, SmallNumbers.SUPPRESSED, SmallNumbers.WITHHELD));

		assertThat(terms).allSatisfy((term) -> assertThat(page).contains("`" + term + "`"));
	}

}
