package se.finsam.command.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule code the command side can answer with is documented: in the rule catalogue
 * ({@code docs/rules.md}) or an aggregate's workflow page, as a code in backticks.
 */
class RuleCatalogueTest {

	private static final Pattern CODE = Pattern.compile(
			"\"((?:association|plan|meeting|application|decision|intervention|indicator)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

	@Test
	void everyRuleCodeInTheCodeIsInTheCatalogue() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		StringBuilder docs = new StringBuilder();
		try (Stream<Path> pages = Files.list(Path.of("../docs"))) {
			for (Path page : pages.filter((p) -> p.toString().endsWith(".md")).toList()) {
				docs.append(Files.readString(page));
			}
		}
		assertThat(codes).isNotEmpty();
		assertThat(codes)
			.allSatisfy((code) -> assertThat(docs).as("docs mention `%s`", code).contains("`" + code + "`"));
	}

}
