package se.finsam.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import se.finsam.web.Roles;

/**
 * Session login on a Swedish form, CSRF tokens on every form (the session cookie alone
 * must not be enough to post), pages only for logged-in users.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

	@Bean
	SecurityFilterChain pages(HttpSecurity http, ApiLogin login) throws Exception {
		return http.authenticationProvider(login)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/logga-in", "/css/**", "/js/**", "/error")
				.permitAll()
				// Each user group's pages (Roles); the APIs check every call again.
				.requestMatchers("/ansokningar/**")
				.hasAnyRole("PARTNER", "EXECUTIVE", "ADMIN")
				.requestMatchers(HttpMethod.POST, "/insatser/*/rapporter")
				.hasAnyRole(Roles.REPORTING)
				.requestMatchers("/insatser/**")
				.hasAnyRole(Roles.INTERVENTIONS)
				.requestMatchers(HttpMethod.POST, "/arenden/*/bedomning")
				.hasAnyRole(Roles.CASES)
				.requestMatchers(HttpMethod.POST, "/arenden/**")
				.hasAnyRole(Roles.CASE_OFFICE)
				.requestMatchers("/arenden/**")
				.hasAnyRole(Roles.CASES)
				.requestMatchers(HttpMethod.POST, "/sammantraden/*/paragrafer/*/jav", "/sammantraden/*/signaturer")
				.hasAnyRole(Roles.MEETINGS)
				.requestMatchers(HttpMethod.POST, "/sammantraden/**")
				.hasAnyRole(Roles.MEETING_OFFICE)
				.requestMatchers("/sammantraden/**")
				.hasAnyRole(Roles.MEETINGS)
				.requestMatchers(HttpMethod.POST, "/plan/**")
				.hasAnyRole(Roles.CASE_OFFICE)
				.requestMatchers("/plan/**", "/oversikt/**")
				.hasAnyRole(Roles.PLAN)
				.requestMatchers("/drift/**")
				.hasRole("ADMIN")
				.requestMatchers("/granskning/**")
				.hasAnyRole("AUDITOR", "EXECUTIVE", "ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/logga-in")
				.loginProcessingUrl("/logga-in")
				.usernameParameter("anvandarnamn")
				.passwordParameter("losenord")
				.defaultSuccessUrl("/", false)
				.failureUrl("/logga-in?fel"))
			.logout((logout) -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/logga-in?utloggad"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
			.build();
	}

}
