package se.finsam.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;

import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.finsam.platform.kafka.KafkaConfiguration;
import se.finsam.platform.metrics.ProcessorLagConfiguration;
import se.finsam.platform.security.LocalLoginConfiguration;
import se.finsam.platform.web.ApiErrorHandler;

/**
 * What both services share: who the user is, how errors look, Kafka topics and health,
 * the processor lag gauge, and the clock (Swedish time).
 */
// Before Boot's default security (ours replaces it); after Axon's Kafka set-up (ours uses
// its properties).
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class },
		after = KafkaAutoConfiguration.class)
@Import({ LocalLoginConfiguration.class, KafkaConfiguration.class, ProcessorLagConfiguration.class,
		ApiErrorHandler.class })
public class PlatformAutoConfiguration {

	/**
	 * The association's day: dates in commands (signed on, sent on) are Swedish dates.
	 */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(SWEDEN);
	}

}
