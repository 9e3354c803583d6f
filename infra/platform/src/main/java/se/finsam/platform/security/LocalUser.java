package se.finsam.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user of the local login (only when local login is switched on). */
record LocalUser(String username, String password, String organisation, List<String> roles, Set<String> associations,
		boolean everywhere) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + role)).toList();
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.username, this.organisation, this.roles, this.associations, this.everywhere);
	}

}
