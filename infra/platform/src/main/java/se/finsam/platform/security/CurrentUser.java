package se.finsam.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated person behind a request: who they are, the organisation they act for,
 * their roles, and the associations (by organisation number) where the roles hold. Only
 * the first three go into event metadata.
 *
 * @param everywhere acts in every association and for every organisation: only local test
 * users can have this (docs/security.md), never a token
 */
public record CurrentUser(String userId, String organisation, List<String> roles, Set<String> associations,
		boolean everywhere) {

	static final String ROLE_PREFIX = "ROLE_";

	public CurrentUser {
		roles = roles.stream().sorted().distinct().toList();
		associations = Set.copyOf(associations);
	}

	/** A user without association scope (as read back from a command's metadata). */
	public CurrentUser(String userId, String organisation, List<String> roles) {
		this(userId, organisation, roles, Set.of(), false);
	}

	/** The user of the current request, if one has logged in. */
	public static Optional<CurrentUser> fromSecurityContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		if (authentication.getPrincipal() instanceof LocalUser user) {
			return Optional.of(user.toCurrentUser());
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		// Any other sign-in: its name and roles, acting in no association.
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.toList();
		return Optional.of(new CurrentUser(authentication.getName(), "", roles));
	}

	/** Whether the user holds any of these roles. */
	public boolean hasAnyOf(Collection<Role> wanted) {
		return wanted.stream().anyMatch((role) -> this.roles.contains(role.name()));
	}

	/**
	 * The roles among {@code allowed} that the user holds; empty when none.
	 */
	public Set<Role> rolesAmong(Collection<Role> allowed) {
		Set<Role> held = new TreeSet<>();
		allowed.stream().filter((role) -> this.roles.contains(role.name())).forEach(held::add);
		return held;
	}

	/**
	 * Whether the user acts in the association with this organisation number.
	 */
	public boolean actsIn(String associationOrganisationNumber) {
		return this.everywhere || this.associations.contains(associationOrganisationNumber);
	}

	/**
	 * Whether the user may act under {@code allowed} on something owned by {@code owner}:
	 * yes if one of their allowed roles is not bound to their own organisation, or the
	 * owner is their organisation.
	 */
	public boolean mayActFor(Collection<Role> allowed, String owner) {
		Set<Role> held = rolesAmong(allowed);
		return this.everywhere || held.stream().anyMatch((role) -> !role.ownOrganisationOnly())
				|| (!held.isEmpty() && this.organisation.equals(owner));
	}

	/**
	 * Whether, under {@code allowed}, the user sees only what belongs to their own
	 * organisation (a partner or project owner without a wider role).
	 */
	public boolean limitedToOwnOrganisation(Collection<Role> allowed) {
		return !this.everywhere && rolesAmong(allowed).stream().allMatch(Role::ownOrganisationOnly);
	}

}
