package se.finsam.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites the part of {@code docs/benchmarks.md} between two marker comments with the
 * latest results, leaving the explanation around it as written.
 */
final class ResultsDocument {

	static final String START = "<!-- results:start (written by ./run-benchmarks) -->";

	static final String END = "<!-- results:end -->";

	private ResultsDocument() {
	}

	static String replace(String document, String results) {
		int start = document.indexOf(START);
		int end = document.indexOf(END);
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("The document has no results markers: " + START + " … " + END);
		}
		return document.substring(0, start + START.length()) + "\n" + results.strip() + "\n" + document.substring(end);
	}

	static void rewrite(Path document, String results) throws IOException {
		Files.writeString(document, replace(Files.readString(document, StandardCharsets.UTF_8), results),
				StandardCharsets.UTF_8);
	}

}
