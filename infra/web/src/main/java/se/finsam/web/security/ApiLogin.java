package se.finsam.web.security;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ApiCredentials;

/**
 * Login on the web form: the APIs judge the name and password (the web UI keeps no users
 * of its own) and say who the user is and what roles they have.
 */
@Component
class ApiLogin implements AuthenticationProvider {

	private final ApiClient api;

	ApiLogin(ApiClient api) {
		this.api = api;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String authorization = ApiCredentials.basic(login.getName(), String.valueOf(login.getCredentials()));
		JsonNode me = this.api.whoIs(authorization)
			.orElseThrow(() -> new BadCredentialsException("Fel användarnamn eller lösenord."));
		List<String> roles = new ArrayList<>();
		me.path("roles").forEach((role) -> roles.add(role.asText()));
		return new ApiCredentials.ApiUser(me.path("userId").asText(), me.path("organisation").asText(), roles,
				authorization);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
