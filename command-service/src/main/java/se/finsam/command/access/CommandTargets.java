package se.finsam.command.access;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What a command touches, for the access check: the association (by organisation number)
 * and, where the command concerns an application or intervention, the member organisation
 * that owns it. Read from the command itself where it names them (a new application names
 * its association and applicant), otherwise from the first event of the aggregate it
 * targets. Wrapping commands (a decision with its motion) are looked into.
 */
class CommandTargets {

	private static final String[] OWNER_FIELDS = { "applicant", "owner" };

	private final AggregateOrigins origins;

	CommandTargets(AggregateOrigins origins) {
		this.origins = origins;
	}

	/**
	 * The association and owner; the association is empty only for a command on an
	 * aggregate that does not exist, which its handler refuses on its own.
	 */
	Target of(Object command) {
		if (!command.getClass().isRecord()) {
			return new Target(Optional.empty(), Optional.empty());
		}
		Optional<String> association = Optional.empty();
		Optional<String> owner = Optional.empty();
		for (RecordComponent component : command.getClass().getRecordComponents()) {
			Object value = read(component, command);
			if (value == null) {
				continue;
			}
			String name = component.getName();
			if (name.equals("associationId")) {
				association = association.or(() -> associationNumber(value.toString()));
			}
			else if (isTarget(command.getClass(), name)) {
				Optional<JsonNode> origin = this.origins.of(value.toString());
				association = association.or(() -> origin.map((payload) -> payload.path("associationId").asText(""))
					.filter((id) -> !id.isEmpty())
					.flatMap(this::associationNumber));
				owner = owner.or(() -> origin.flatMap(CommandTargets::ownerIn));
			}
			else if (name.equals("applicant") || name.equals("owner")) {
				owner = Optional.of(value.toString());
			}
			else if (value.getClass().isRecord() && hasTarget(value.getClass())) {
				Target inner = of(value);
				association = association.or(inner::association);
				owner = owner.or(inner::owner);
			}
		}
		// A new association names its own organisation number.
		if (association.isEmpty() && command.getClass().getSimpleName().equals("RegisterAssociation")) {
			association = component(command, "organisationNumber");
		}
		return new Target(association, owner);
	}

	private Optional<String> associationNumber(String associationId) {
		return this.origins.of(associationId)
			.map((payload) -> payload.path("organisationNumber").asText(""))
			.filter((number) -> !number.isEmpty());
	}

	private static Optional<String> ownerIn(JsonNode payload) {
		for (String field : OWNER_FIELDS) {
			if (payload.hasNonNull(field) && payload.get(field).isTextual()) {
				return Optional.of(payload.get(field).asText());
			}
		}
		return Optional.empty();
	}

	private static Optional<String> component(Object command, String name) {
		for (RecordComponent component : command.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return Optional.ofNullable(read(component, command)).map(Object::toString);
			}
		}
		return Optional.empty();
	}

	private static boolean hasTarget(Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			if (isTarget(type, component.getName())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTarget(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
		}
		catch (NoSuchFieldException ex) {
			return false;
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The association's organisation number and the owning member organisation. */
	record Target(Optional<String> association, Optional<String> owner) {
	}

}
