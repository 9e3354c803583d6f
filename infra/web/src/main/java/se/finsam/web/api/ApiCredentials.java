package se.finsam.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the web UI calls the APIs on the user's behalf: the one place that knows. Locally
 * the user's name and password, given at login, are kept in the server-side session only
 * and sent as HTTP Basic on each call. With an identity provider (OIDC) this class would
 * hand on the user's access token instead (token relay); nothing else changes.
 */
public final class ApiCredentials {

	private ApiCredentials() {
	}

	/** HTTP Basic for a user name and password. */
	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The {@code Authorization} header for the logged-in user of this request. */
	static String authorization() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ApiUser user) {
			return user.authorization;
		}
		throw new ApiException(401, "Inloggning krävs", null);
	}

	/**
	 * A logged-in user as the APIs know them, with what the web UI forwards on their
	 * behalf. Kept in the HTTP session, on the server.
	 */
	public static final class ApiUser extends AbstractAuthenticationToken {

		private final String userId;

		private final String organisation;

		private final List<String> roles;

		private final transient String authorization;

		public ApiUser(String userId, String organisation, List<String> roles, String authorization) {
			super(roles.stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
			this.userId = userId;
			this.organisation = organisation;
			this.roles = List.copyOf(roles);
			this.authorization = authorization;
			setAuthenticated(true);
		}

		public String userId() {
			return this.userId;
		}

		public String organisation() {
			return this.organisation;
		}

		public List<String> roles() {
			return this.roles;
		}

		public boolean has(String role) {
			return this.roles.contains(role);
		}

		public boolean hasAny(String... roles) {
			return java.util.Arrays.stream(roles).anyMatch(this.roles::contains);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.userId;
		}

	}

}
