package se.finsam.platform;

import org.axonframework.extensions.kafka.autoconfig.KafkaAutoConfiguration;

import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.context.annotation.Import;

import se.finsam.platform.kafka.KafkaConfiguration;
import se.finsam.platform.metrics.ProcessorLagConfiguration;
import se.finsam.platform.security.LocalLoginConfiguration;
import se.finsam.platform.web.ApiErrorHandler;

/**
 * What both services share: who the user is, how errors look, Kafka topics and health,
 * and the processor lag gauge.
 */
// Before Boot's default security (ours replaces it); after Axon's Kafka set-up (ours uses
// its properties).
@AutoConfiguration(before = { SecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class },
		after = KafkaAutoConfiguration.class)
@Import({ LocalLoginConfiguration.class, KafkaConfiguration.class, ProcessorLagConfiguration.class,
		ApiErrorHandler.class })
public class PlatformAutoConfiguration {

}
