package se.finsam.platform.security;

/**
 * What a person does in an association (docs/security.md has the matrix of who may do
 * what). A role always holds within the associations the user acts in; the partner and
 * the project owner act only for their own member organisation.
 */
public enum Role {

	/** A member organisation's unit that applies for free funds (part / sökande). */
	PARTNER(true),
	/** The association's executive and office (förbundschef, kansli). */
	EXECUTIVE(false),
	/** The preparation group (beredningsgrupp). */
	PREPARATION_GROUP(false),
	/** A board member or deputy (ledamot, ersättare). */
	BOARD_MEMBER(false),
	/** The board's chair (ordförande). */
	CHAIR(false),
	/** The member organisation running a funded intervention (projektägare). */
	PROJECT_OWNER(true),
	/** The association's auditor (revisor): reads everything, changes nothing. */
	AUDITOR(false),
	/**
	 * The platform's administrator: registers associations and rebuilds views; reads no
	 * association's cases by this role alone.
	 */
	ADMIN(false);

	private final boolean ownOrganisationOnly;

	Role(boolean ownOrganisationOnly) {
		this.ownOrganisationOnly = ownOrganisationOnly;
	}

	/** Whether this role acts only on what belongs to the user's own organisation. */
	public boolean ownOrganisationOnly() {
		return this.ownOrganisationOnly;
	}

}
