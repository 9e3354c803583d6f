package se.finsam.events.intervention;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;
import se.finsam.events.indicator.IndicatorResultsRecorded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participants appear only as counts (domain §1, §10): the events that carry follow-up of
 * participants hold numbers, enums, dates, amounts and ids, and text only where the form
 * asks for the project owner's narrative. A field that could hold a person (a name, a
 * free string) fails here before it reaches the event store.
 */
class ParticipantPrivacyTest {

	private static final Set<Class<?>> AGGREGATE_TYPES = Set.of(int.class, long.class, Integer.class, Long.class,
			boolean.class, Boolean.class, BigDecimal.class, Money.class, LocalDate.class, UUID.class,
			AssociationId.class, InterventionId.class);

	/**
	 * The only free text allowed, written by the project owner about the work, never
	 * about a person.
	 */
	private static final Set<String> NARRATIVE = Set.of("InterventionReportFiled.narrative");

	@Test
	void reportsAndIndicatorResultsHoldOnlyAggregates() {
		List<String> offending = new ArrayList<>();
		check(InterventionReportFiled.class, offending);
		check(IndicatorResultsRecorded.class, offending);
		assertThat(offending).as("fields that could identify a participant").isEmpty();
	}

	@Test
	void theGuardCatchesAFieldThatCouldHoldAPerson() {
		List<String> offending = new ArrayList<>();
		check(WithAName.class, offending);
		assertThat(offending).containsExactly("WithAName.participant: String");
	}

	private static void check(Class<?> record, List<String> offending) {
		for (RecordComponent component : record.getRecordComponents()) {
			String field = record.getSimpleName() + "." + component.getName();
			check(field, component.getGenericType(), offending);
		}
	}

	private static void check(String field, Type type, List<String> offending) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			check(field, parameterized.getActualTypeArguments()[0], offending);
			return;
		}
		Class<?> raw = (Class<?>) type;
		if (AGGREGATE_TYPES.contains(raw) || raw.isEnum() || (raw == String.class && NARRATIVE.contains(field))) {
			return;
		}
		if (raw.isRecord() && raw.getPackageName().startsWith("se.finsam.events")) {
			check(raw, offending);
			return;
		}
		offending.add(field + ": " + raw.getSimpleName());
	}

	/** A report form that would let a participant's name in. */
	private record WithAName(int count, String participant) {
	}

}
