package se.finsam.platform.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A user signed in by a verified token; holds no credentials. */
final class UserAuthentication extends AbstractAuthenticationToken {

	private final CurrentUser user;

	UserAuthentication(CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public CurrentUser getPrincipal() {
		return this.user;
	}

	@Override
	public String getName() {
		return this.user.userId();
	}

}
