package se.finsam.platform.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated person behind a request: what goes into every event's metadata. */
public record CurrentUser(String userId, String organisation, List<String> roles) {

	static final String ROLE_PREFIX = "ROLE_";

	public CurrentUser {
		roles = List.copyOf(roles);
	}

	/** The user of the current request, if one has logged in. */
	public static Optional<CurrentUser> fromSecurityContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		String organisation = (authentication.getPrincipal() instanceof LocalUser user) ? user.organisation() : "";
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.sorted()
			.toList();
		return Optional.of(new CurrentUser(authentication.getName(), organisation, roles));
	}

}
