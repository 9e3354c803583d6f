package se.finsam.query;

import java.util.Map;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

import se.finsam.platform.kafka.KafkaAdmin;
import se.finsam.platform.metrics.HeadPosition;

/** The read side: consumes events from Kafka into projections and answers queries. */
@SpringBootApplication
public class QueryServiceApplication {

	/**
	 * Its configuration file is {@code query-service.yml}, so both sides can share a JVM.
	 */
	public static final String CONFIG_NAME = "spring.config.name=query-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(QueryServiceApplication.class).properties(CONFIG_NAME).run(args);
	}

	/** The read side has no event store of its own: Kafka is its source. */
	@Bean
	EventBus eventBus() {
		return SimpleEventBus.builder().build();
	}

	/** The topic's end offsets, to which each projection's lag is measured. */
	@Bean
	HeadPosition kafkaHead(KafkaAdmin admin) {
		return () -> {
			try {
				Map<?, Long> ends = admin.endOffsets();
				return ends.values().stream().mapToLong(Long::longValue).sum();
			}
			catch (KafkaAdmin.KafkaUnavailableException ex) {
				return -1;
			}
		};
	}

}
