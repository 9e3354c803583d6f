package se.finsam.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import se.finsam.web.api.Answer;

/**
 * A refused command's errors as a form shows them: beside each field (by the form's field
 * name) and in a summary at the top whose entries link to the fields.
 *
 * @param title the summary's heading, the API's title and detail
 * @param fields messages per form field
 * @param summary every message with the field it links to (empty for none)
 */
public record FormErrors(String title, Map<String, List<String>> fields, List<Entry> summary) {

	/**
	 * The errors of a refused answer, with the API's field paths mapped to the form's.
	 */
	public static FormErrors of(Answer answer, UnaryOperator<String> fieldOf) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<Entry> summary = new ArrayList<>();
		answer.fieldErrors().forEach((path, messages) -> {
			String field = fieldOf.apply(path);
			for (String message : messages) {
				summary.add(new Entry(field, message));
				if (!field.isEmpty()) {
					fields.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
				}
			}
		});
		if (summary.isEmpty()) {
			summary.add(new Entry("", answer.body().path("detail").asText(answer.summary())));
		}
		return new FormErrors(answer.body().path("title").asText("Det gick inte att spara"), fields, summary);
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public String of(String field) {
		return String.join(" ", this.fields.getOrDefault(field, List.of()));
	}

	/** One message in the summary. */
	public record Entry(String field, String message) {
	}

}
