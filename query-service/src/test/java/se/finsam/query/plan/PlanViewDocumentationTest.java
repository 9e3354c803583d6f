package se.finsam.query.plan;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every finding code is described on the plan view's page, so its readers can rely on it.
 */
class PlanViewDocumentationTest {

	@Test
	void everyFindingCodeIsOnThePlanViewPage() throws Exception {
		String page = Files.readString(Path.of("../docs/plan-view.md"));
		List<String> codes = Arrays.stream(PlanFindings.class.getDeclaredFields())
			.filter((field) -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
			.map(PlanViewDocumentationTest::value)
			.toList();

		assertThat(codes).hasSize(6).allSatisfy((code) -> assertThat(page).contains("`" + code + "`"));
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
