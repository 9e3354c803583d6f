package se.finsam.query.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.AccessRefused;
import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.security.EndpointAccess;
import se.finsam.platform.security.NotVisible;
import se.finsam.platform.security.Role;

/**
 * The access matrix where the read side answers: every query names its association first,
 * and only a user who acts in it gets an answer; anyone else gets 404, as if it did not
 * exist. Partners and project owners see only their own organisation's cases.
 */
public class ReadAccess {

	private final JdbcTemplate jdbc;

	private final AccessMatrix matrix;

	public ReadAccess(JdbcTemplate jdbc, AccessMatrix matrix) {
		this.jdbc = jdbc;
		this.matrix = matrix;
	}

	/** Refuses (404) unless the user acts in the association. */
	public void association(UUID associationId) {
		CurrentUser user = user();
		if (user.everywhere()) {
			return;
		}
		List<String> numbers = this.jdbc.queryForList(
				"SELECT organisation_number FROM association WHERE association_id = ?", String.class, associationId);
		if (numbers.isEmpty() || !user.actsIn(numbers.get(0))) {
			throw new NotVisible("association " + associationId + " is not among the user's");
		}
	}

	/** Whether the user acts in the association with this organisation number. */
	public boolean actsIn(String associationOrganisationNumber) {
		CurrentUser user = user();
		return user.everywhere() || user.actsIn(associationOrganisationNumber);
	}

	/**
	 * Refuses (404) a case owned by another organisation when the user sees only their
	 * own.
	 */
	public void ownedBy(String owner) {
		if (ownOrganisationOnly().filter((own) -> !own.equals(owner)).isPresent()) {
			throw new NotVisible("owned by " + owner + ", not by the user's organisation");
		}
	}

	/**
	 * The user's organisation when they see only its cases (a partner or project owner);
	 * empty when they see all of the association's.
	 */
	public Optional<String> ownOrganisationOnly() {
		CurrentUser user = user();
		return (!user.everywhere() && user.limitedToOwnOrganisation(rolesOfThisEndpoint()))
				? Optional.of(user.organisation()) : Optional.empty();
	}

	private Set<Role> rolesOfThisEndpoint() {
		Object key = RequestContextHolder.currentRequestAttributes()
			.getAttribute(EndpointAccess.ENDPOINT_KEY, RequestAttributes.SCOPE_REQUEST);
		if (key == null) {
			throw new AccessRefused("a read outside any endpoint");
		}
		return this.matrix.roles(key.toString());
	}

	private static CurrentUser user() {
		return CurrentUser.fromSecurityContext().orElseThrow(() -> new AccessRefused("no signed-in user"));
	}

}
