package se.finsam.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.finsam.events.AssociationEvent;
import se.finsam.events.PersonName;

/**
 * The names a view holds, by data subject, so that the view can blank a person's names
 * when their personal data is erased (docs/personal-data.md). Blanking gives the same
 * view as a rebuild after the erasure, where the names read as {@link PersonName#ERASED}.
 */
@Component
public class PersonalNames {

	private static final TextNode ERASED = TextNode.valueOf(PersonName.ERASED);

	private final JdbcTemplate jdbc;

	public PersonalNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Notes every readable name in the event as held by the view. */
	public void remember(String view, AssociationEvent event) {
		Set<PersonName> names = new LinkedHashSet<>();
		collect(event, names);
		for (PersonName name : names) {
			if (name.subject() != null && !name.isErased()) {
				this.jdbc.update("""
						INSERT INTO personal_name (view_name, subject_id, association_id, name) VALUES (?, ?, ?, ?)
						ON CONFLICT (view_name, subject_id) DO NOTHING""", view, name.subject(),
						event.associationId().value(), name.value());
			}
		}
	}

	/**
	 * The names the view held of the subject, now forgotten: the view must blank them.
	 */
	public Set<String> forget(String view, UUID subject) {
		return new LinkedHashSet<>(this.jdbc.queryForList(
				"DELETE FROM personal_name WHERE view_name = ? AND subject_id = ? RETURNING name", String.class, view,
				subject));
	}

	public void forgetAll(String view) {
		this.jdbc.update("DELETE FROM personal_name WHERE view_name = ?", view);
	}

	/**
	 * Replaces every string in the JSON that is one of the names with the erased marker.
	 * @return whether anything was replaced
	 */
	public static boolean blank(JsonNode json, Set<String> names) {
		boolean changed = false;
		if (json instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				if (field.getValue().isTextual() && names.contains(field.getValue().asText())) {
					field.setValue(ERASED);
					changed = true;
				}
				else {
					changed |= blank(field.getValue(), names);
				}
			}
		}
		else if (json instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isTextual() && names.contains(array.get(i).asText())) {
					array.set(i, ERASED);
					changed = true;
				}
				else {
					changed |= blank(array.get(i), names);
				}
			}
		}
		return changed;
	}

	/** Every name in the event's records and lists, however deep. */
	private static void collect(Object value, Set<PersonName> names) {
		if (value instanceof PersonName name) {
			names.add(name);
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((element) -> collect(element, names));
		}
		else if (value instanceof Record record && record.getClass().getPackageName().startsWith("se.finsam.events")) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					collect(component.getAccessor().invoke(record), names);
				}
				catch (IllegalAccessException | InvocationTargetException ex) {
					throw new IllegalStateException("Cannot read " + component + " of an event", ex);
				}
			}
		}
	}

}
