package se.finsam.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One service's half of the authorisation matrix: for every endpoint, the roles that may
 * call it. An endpoint without a row is refused to everyone. The edge
 * ({@link EndpointAccess}) checks the role before the request is even read; the command
 * and query handlers check again, with the association and organisation the call touches.
 * docs/security.md shows the matrix; a test keeps the two equal.
 */
public final class AccessMatrix {

	private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

	/** Adds a row: {@code key} is {@code "METHOD /pattern"} as the controller maps it. */
	public AccessMatrix allow(String key, Collection<Role> roles) {
		return add(new Endpoint(key, EnumSet.copyOf(roles), false, false));
	}

	/**
	 * Adds a row whose every allowed call is written to the security log (the audit
	 * trail, exports).
	 */
	public AccessMatrix allowLogged(String key, Collection<Role> roles) {
		return add(new Endpoint(key, EnumSet.copyOf(roles), true, false));
	}

	/** Adds a row open to anyone, signed in or not (published hashes). */
	public AccessMatrix open(String key) {
		return add(new Endpoint(key, EnumSet.noneOf(Role.class), false, true));
	}

	private AccessMatrix add(Endpoint endpoint) {
		if (this.endpoints.put(endpoint.key(), endpoint) != null) {
			throw new IllegalStateException("Two rows for " + endpoint.key());
		}
		return this;
	}

	public Optional<Endpoint> rule(String key) {
		return Optional.ofNullable(this.endpoints.get(key));
	}

	/** The rule of {@code key}; a missing row is a programming error here. */
	public Set<Role> roles(String key) {
		return rule(key).orElseThrow(() -> new AccessRefused("no rule for " + key)).roles();
	}

	public List<Endpoint> endpoints() {
		return List.copyOf(this.endpoints.values());
	}

	/** One row of the matrix. */
	public record Endpoint(String key, Set<Role> roles, boolean logged, boolean open) {

		public Endpoint {
			roles = Set.copyOf(roles);
		}

	}

	/** The roles most reads allow: everyone who works in the association's year. */
	public static final List<Role> ASSOCIATION_READERS = List.of(Role.EXECUTIVE, Role.PREPARATION_GROUP,
			Role.BOARD_MEMBER, Role.CHAIR, Role.AUDITOR);

	/** The roles that read the audit trail and exports. */
	public static final List<Role> AUDIT_READERS = List.of(Role.EXECUTIVE, Role.BOARD_MEMBER, Role.CHAIR, Role.AUDITOR);

	/** A role list with a few more. */
	public static List<Role> plus(List<Role> roles, Role... more) {
		EnumSet<Role> all = EnumSet.copyOf(roles);
		all.addAll(List.of(more));
		return List.copyOf(all);
	}

}
