package se.finsam.platform;

import java.time.Clock;
import java.time.ZoneId;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;

import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import se.finsam.platform.kafka.KafkaConfiguration;
import se.finsam.platform.metrics.ProcessorLagConfiguration;
import se.finsam.platform.security.SecurityConfiguration;
import se.finsam.platform.web.ApiErrorHandler;
import se.finsam.platform.web.RequestSizeLimit;
import se.finsam.platform.web.StrictJson;

/**
 * What both services share: who the user is, how errors look, Kafka topics and health,
 * the processor lag gauge, and the clock (Swedish time).
 */
// Before Boot's default security (ours replaces it); after Axon's Kafka set-up (ours uses
// its properties).
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class },
		after = KafkaAutoConfiguration.class)
@Import({ SecurityConfiguration.class, StrictJson.class, KafkaConfiguration.class, ProcessorLagConfiguration.class,
		ApiErrorHandler.class })
public class PlatformAutoConfiguration {

	/**
	 * The association's day: dates in commands (signed on, sent on) are Swedish dates.
	 */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** The OpenAPI description each service serves at {@code /v3/api-docs}. */
	@Bean
	@ConditionalOnMissingBean
	OpenAPI openApi(Environment environment) {
		return new OpenAPI().info(new Info().title(environment.getProperty("spring.application.name", "finsam"))
			.version("0.1.0")
			.description("Ärende- och bidragsflöde för samordningsförbund. Fel besvaras som problem "
					+ "details (RFC 9457) med en stabil kod: 400 felaktiga uppgifter, 401 inloggning krävs, "
					+ "403 saknar behörighet, 404 finns inte, 409 konflikt (inaktuell version, redan beslutat, justerat protokoll), "
					+ "422 regelbrott (koden anger regeln, se docs/rules.md)."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	/** Before everything else that reads a body. */
	@Bean
	FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
			@Value("${finsam.web.max-request-bytes:1048576}") long maxBytes) {
		FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
				new RequestSizeLimit(maxBytes));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
