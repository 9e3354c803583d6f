package se.finsam.events;

/**
 * Keys of the metadata every stored event carries, also published as Kafka headers (with
 * the prefix {@code axon-metadata-}). The event's UTC time is the event message's own
 * timestamp.
 */
public final class EventMetadata {

	/** The authenticated user who issued the command. */
	public static final String USER_ID = "userId";

	/** The member organisation (or the association's office) the user acts for. */
	public static final String ORGANISATION = "organisation";

	/** The user's roles, comma separated. */
	public static final String ROLES = "roles";

	/** Shared by every message that stems from one user action. */
	public static final String CORRELATION_ID = "correlationId";

	/** The identifier of the message (command) that caused this one. */
	public static final String CAUSATION_ID = "causationId";

	private EventMetadata() {
	}

}
