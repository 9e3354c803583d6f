package se.finsam.command.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.messaging.StreamableMessageSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.platform.metrics.HeadPosition;
import se.finsam.platform.metrics.TokenPositions;

/**
 * The JDBC event store on PostgreSQL and the tracking publisher that feeds Kafka from it.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

	@Bean
	PersistenceExceptionResolver uniqueViolationResolver() {
		return new UniqueViolationResolver();
	}

	/**
	 * The publisher starts at the tail of the store as a plain token: Axon's default
	 * first token is a replay token, and events flagged as replay would not be published
	 * (ADR 0002).
	 */
	@Autowired
	void publishFromTheFirstEvent(EventProcessingConfigurer processing, KafkaProperties kafka) {
		processing.registerTrackingEventProcessorConfiguration(kafka.getPublisher().getProcessingGroup(),
				(configuration) -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
					.andInitialTrackingToken(StreamableMessageSource::createTailToken));
	}

	/** The store's head, to which the publisher's lag is measured. */
	@Bean
	HeadPosition eventStoreHead(EventStore eventStore) {
		return () -> TokenPositions.position(eventStore.createHeadToken());
	}

}
