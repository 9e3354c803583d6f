package se.finsam.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The results as Markdown: the facts of the run, one table row per figure (ours, the
 * baseline measured in the same run, the ratio of the medians, the target and whether it
 * was met), and notes on what was measured how.
 */
final class Report {

	private final List<String> facts = new ArrayList<>();

	private final List<String> rows = new ArrayList<>();

	private final List<String> misses = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void fact(String name, String value) {
		this.facts.add("| " + name + " | " + value + " |");
	}

	/**
	 * A figure; {@code baseline} and {@code ratio} may be null where the figure has none;
	 * {@code met} null where there is no target.
	 */
	void figure(String figure, String ours, String baseline, Double ratio, String target, Boolean met) {
		this.rows.add("| " + figure + " | " + ours + " | " + ((baseline != null) ? baseline : "–") + " | "
				+ ((ratio != null) ? Stats.number(ratio, 2) + "×" : "–") + " | " + target + " | "
				+ ((met == null) ? "–" : met ? "met" : "**missed**") + " |");
		if (Boolean.FALSE.equals(met)) {
			this.misses.add(figure + ": " + ours + " against the target " + target
					+ ((ratio != null) ? " (ratio " + Stats.number(ratio, 2) + "×)" : ""));
		}
	}

	void note(String note) {
		this.notes.add(note);
	}

	List<String> misses() {
		return this.misses;
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("| | |\n|---|---|\n");
		this.facts.forEach((line) -> out.append(line).append('\n'));
		out.append(
				"\nEach figure: median (min–max) over the runs stated; ratios are ours ÷ baseline, from the medians.\n\n");
		out.append("| figure | ours | baseline in the same run | ratio | target | |\n|---|---|---|---|---|---|\n");
		this.rows.forEach((line) -> out.append(line).append('\n'));
		if (!this.misses.isEmpty()) {
			out.append("\nTargets missed in this run:\n\n");
			this.misses.forEach((miss) -> out.append("- ").append(miss).append('\n'));
		}
		if (!this.notes.isEmpty()) {
			out.append("\nHow this run measured:\n\n");
			this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		}
		return out.toString();
	}

}
