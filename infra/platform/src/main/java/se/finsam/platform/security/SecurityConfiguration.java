package se.finsam.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may come in. Production: every API call carries an access token from the OpenID
 * Connect provider ({@code finsam.security.oidc.*}). The local stack: HTTP Basic against
 * demo users ({@code finsam.security.local-login.*}), only when switched on. With neither
 * configured the service does not start. Health and metrics stay open for the platform's
 * probes. What each user may then do is the access matrix ({@link EndpointAccess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ LocalLoginProperties.class, OidcProperties.class })
public class SecurityConfiguration {

	@Bean
	SecurityLog securityLog(ObjectProvider<Clock> clock,
			@Value("${finsam.security.log-file:logs/security.log}") String file) {
		SecurityLogFile.attach(file);
		return new SecurityLog(clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<UserDetailsService> localUsers,
			ObjectProvider<JwtDecoder> tokens, SecurityLog log) throws Exception {
		UserDetailsService users = localUsers.getIfAvailable();
		JwtDecoder decoder = tokens.getIfAvailable();
		if (users == null && decoder == null) {
			throw new IllegalStateException("No sign-in is configured: set finsam.security.oidc.jwk-set-uri, "
					+ "issuer and audience (production), or finsam.security.local-login.enabled=true (local only)");
		}
		AuthenticationEntryPoint loginRequired = loginRequired(log);
		if (users != null) {
			http.userDetailsService(users).httpBasic((basic) -> basic.authenticationEntryPoint(loginRequired));
		}
		if (decoder != null) {
			http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(loginRequired)
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(OidcTokens::toUser)));
		}
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
						"/v3/api-docs", "/v3/api-docs/**", "/error")
				.permitAll()
				// The history's checkpoints and verification are hashes and counts, meant
				// to be published: anyone may check them (open rows of the matrix too).
				.requestMatchers(HttpMethod.GET, "/api/history/checkpoints", "/api/history/verification")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(loginRequired))
			.addFilterAfter(signIns(log), AnonymousAuthenticationFilter.class)
			// A stateless API authenticated on every request: no session, no CSRF token
			// to forge.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.formLogin((form) -> form.disable())
			.build();
	}

	/** The demo users, when local login is switched on (never in production). */
	@Bean
	@ConditionalOnProperty(name = "finsam.security.local-login.enabled", havingValue = "true")
	UserDetailsService localUsers(LocalLoginProperties properties) {
		Map<String, LocalUser> users = properties.getUsers()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> new LocalUser(entry.getKey(), entry.getValue().getPassword(),
							entry.getValue().getOrganisation(), entry.getValue().getRoles(),
							Set.copyOf(entry.getValue().getAssociations()), entry.getValue().isEverywhere())));
		return (username) -> {
			LocalUser user = users.get(username);
			if (user == null) {
				throw new UsernameNotFoundException("unknown user");
			}
			return user;
		};
	}

	@Bean
	@ConditionalOnProperty(name = "finsam.security.oidc.jwk-set-uri")
	JwtDecoder oidcTokens(OidcProperties properties) {
		return OidcTokens.decoder(properties);
	}

	/** The edge check of the access matrix, when the service has one. */
	@Bean
	WebMvcConfigurer endpointAccess(ObjectProvider<AccessMatrix> matrix, SecurityLog log) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new EndpointAccess(matrix.getIfAvailable(AccessMatrix::new), log))
					.addPathPatterns("/api/**");
			}
		};
	}

	/** Every call that presented credentials and got in is a sign-in. */
	private static OncePerRequestFilter signIns(SecurityLog log) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
					CurrentUser.fromSecurityContext()
						.ifPresent((user) -> log.signedIn(user.userId(), requestLine(request)));
				}
				chain.doFilter(request, response);
			}
		};
	}

	private static AuthenticationEntryPoint loginRequired(SecurityLog log) {
		return (request, response, exception) -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (authorization != null) {
				log.signInFailed(attemptedUser(authorization), requestLine(request), exception.getMessage());
			}
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Basic realm=\"finsam\", charset=\"UTF-8\"");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"status\":401,\"title\":\"Inloggning krävs\",\"code\":\"unauthenticated\","
						+ "\"detail\":\"Logga in för att fortsätta.\"}");
		};
	}

	/** The user name a Basic login tried; for a token only that it was one. */
	private static String attemptedUser(String authorization) {
		if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(0, colon) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return "(unreadable Basic credentials)";
			}
		}
		return "(bearer token)";
	}

	static String requestLine(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}

}
