package se.finsam.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.finsam.platform.security.Role;

/**
 * Users of the access tests: one per role, each with that role alone, acting only in the
 * association with organisation number {@link #HOME}; and for the roles bound to an
 * organisation, a second user of another member organisation.
 */
record RoleUsers(String name, Role role, String organisation) {

	/** The association the role users act in. */
	static final String HOME = "222000-9019";

	/** The role users' own member organisation (Forshaga). */
	static final String OWN = Cases.FORSHAGA;

	/** Another member organisation (Arbetsförmedlingen). */
	static final String OTHER = Cases.AF;

	static final List<RoleUsers> ONE_PER_ROLE = List.of(Role.values())
		.stream()
		.map((role) -> new RoleUsers("as-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), role, OWN))
		.toList();

	static final RoleUsers OTHER_PARTNER = new RoleUsers("as-partner-af", Role.PARTNER, OTHER);

	static final RoleUsers OTHER_PROJECT_OWNER = new RoleUsers("as-project-owner-af", Role.PROJECT_OWNER, OTHER);

	static final List<RoleUsers> ALL = concat(ONE_PER_ROLE, List.of(OTHER_PARTNER, OTHER_PROJECT_OWNER));

	static RoleUsers of(Role role) {
		return ONE_PER_ROLE.stream().filter((user) -> user.role() == role).findFirst().orElseThrow();
	}

	/** The local login's settings for this user (password = name). */
	List<String> properties() {
		String prefix = "finsam.security.local-login.users[" + this.name + "].";
		return List.of(prefix + "password={noop}" + this.name, prefix + "roles=" + this.role.name(),
				prefix + "organisation=" + this.organisation, prefix + "associations=" + HOME);
	}

	private static List<RoleUsers> concat(List<RoleUsers> first, List<RoleUsers> second) {
		List<RoleUsers> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
