package se.finsam.platform.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A simple local login (HTTP Basic against configured users). Every API call needs a
 * user; health and metrics stay open for the platform's probes. The security work
 * replaces this.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalLoginProperties.class)
public class LocalLoginConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/v3/api-docs", "/v3/api-docs/**", "/error")
				.permitAll()
				// The history's checkpoints and verification are hashes and counts, meant
				// to
				// be published: anyone may check them.
				.requestMatchers(HttpMethod.GET, "/api/history/checkpoints", "/api/history/verification")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(loginRequired()))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(loginRequired()))
			// A stateless API authenticated on every request: no session, no CSRF token
			// to forge.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.formLogin((form) -> form.disable())
			.build();
	}

	@Bean
	UserDetailsService localUsers(LocalLoginProperties properties) {
		Map<String, LocalUser> users = properties.getUsers()
			.stream()
			.map((user) -> new LocalUser(user.getUsername(), user.getPassword(), user.getOrganisation(),
					user.getRoles()))
			.collect(Collectors.toMap(LocalUser::username, Function.identity()));
		return (username) -> {
			LocalUser user = users.get(username);
			if (user == null) {
				throw new UsernameNotFoundException(username);
			}
			return user;
		};
	}

	private static AuthenticationEntryPoint loginRequired() {
		return (request, response, exception) -> {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"finsam\", charset=\"UTF-8\"");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"status\":401,\"title\":\"Inloggning krävs\","
						+ "\"detail\":\"Logga in med ditt användarnamn och lösenord för att fortsätta.\"}");
		};
	}

}
