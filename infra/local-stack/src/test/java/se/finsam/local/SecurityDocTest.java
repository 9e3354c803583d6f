package se.finsam.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.command.access.CommandAccessMatrix;
import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.Role;
import se.finsam.query.access.QueryAccessMatrix;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix in docs/security.md is the matrix in the code, row for row. On a difference
 * the table as the code has it is written to {@code target/security-matrix.md}.
 */
class SecurityDocTest {

	private static final Path DOC = Path.of("..", "..", "docs", "security.md");

	private static final String START = "<!-- matrix:start -->";

	private static final String END = "<!-- matrix:end -->";

	@Test
	void theDocumentedMatrixIsTheEnforcedOne() throws IOException {
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		String documented = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END)).strip();
		String enforced = table();
		if (!documented.equals(enforced)) {
			Files.writeString(Path.of("target", "security-matrix.md"), enforced, StandardCharsets.UTF_8);
		}
		assertThat(documented).isEqualTo(enforced);
	}

	private static String table() {
		List<String> lines = new ArrayList<>();
		StringBuilder header = new StringBuilder("| side | endpoint |");
		StringBuilder rule = new StringBuilder("|---|---|");
		for (Role role : Role.values()) {
			header.append(' ').append(role.name()).append(" |");
			rule.append(":-:|");
		}
		lines.add(header.toString());
		lines.add(rule.toString());
		rows(lines, "command", CommandAccessMatrix.create());
		rows(lines, "query", QueryAccessMatrix.create());
		return String.join("\n", lines);
	}

	private static void rows(List<String> lines, String side, AccessMatrix matrix) {
		for (AccessMatrix.Endpoint endpoint : matrix.endpoints()) {
			StringBuilder line = new StringBuilder(
					"| " + side + " | `" + endpoint.key() + "`" + (endpoint.logged() ? " (logged)" : "") + " |");
			for (Role role : Role.values()) {
				line.append(' ')
					.append(endpoint.open() ? "open" : endpoint.roles().contains(role) ? "✓" : "")
					.append(" |");
			}
			lines.add(line.toString().replace("  |", " |"));
		}
	}

}
