package se.finsam.query;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;

import org.springframework.beans.factory.annotation.Qualifier;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import se.finsam.platform.kafka.KafkaAdmin;
import se.finsam.platform.kafka.PartitionMergeBuffer;
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

	/**
	 * The projections' source: the event topic, read through a buffer whose tokens follow
	 * what has been handed out (ADR 0015), in place of the framework's default source.
	 */
	@Bean
	<K, V> StreamableKafkaMessageSource<K, V> streamableKafkaMessageSource(KafkaProperties kafka,
			@Qualifier("eventSerializer") Serializer eventSerializer, ConsumerFactory<K, V> consumers,
			Fetcher<K, V, KafkaEventMessage> fetcher, KafkaMessageConverter<K, V> converter) {
		return StreamableKafkaMessageSource.<K, V>builder()
			.topics(List.of(kafka.getDefaultTopic()))
			.serializer(eventSerializer)
			.consumerFactory(consumers)
			.fetcher(fetcher)
			.messageConverter(converter)
			.bufferFactory(() -> new PartitionMergeBuffer(kafka.getFetcher().getBufferSize()))
			.build();
	}

	/** A handler that fails in the database is parked, not retried for ever. */
	@Bean
	EventHandlerSavepoints eventHandlerSavepoints(PlatformTransactionManager transactions) {
		return new EventHandlerSavepoints(transactions);
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
