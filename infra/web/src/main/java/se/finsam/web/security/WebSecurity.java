package se.finsam.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

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
				// Each user group's pages; the APIs check every call again.
				.requestMatchers("/ansokningar/**", "/insatser/**")
				.hasAnyRole("PARTNER", "EXECUTIVE", "ADMIN")
				.requestMatchers("/arenden/**", "/sammantraden/**")
				.hasAnyRole("EXECUTIVE", "ADMIN")
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
