package se.finsam.platform.metrics;

import java.util.Collection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Registers {@code finsam.processor.lag} per streaming processor: the head of its source
 * minus the position it has processed, i.e. how many events its view is behind.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorLagConfiguration {

	private final ObjectProvider<EventProcessingConfiguration> processing;

	private final ObjectProvider<HeadPosition> head;

	private final MeterRegistry registry;

	ProcessorLagConfiguration(ObjectProvider<EventProcessingConfiguration> processing,
			ObjectProvider<HeadPosition> head, MeterRegistry registry) {
		this.processing = processing;
		this.head = head;
		this.registry = registry;
	}

	@EventListener(ApplicationReadyEvent.class)
	void registerGauges() {
		HeadPosition source = this.head.getIfAvailable();
		EventProcessingConfiguration configuration = this.processing.getIfAvailable();
		if (source == null || configuration == null) {
			return;
		}
		configuration.eventProcessors().forEach((name, processor) -> {
			if (processor instanceof StreamingEventProcessor streaming) {
				Gauge.builder("finsam.processor.lag", () -> lag(source, streaming))
					.description("Events the processor's source holds that it has not processed yet")
					.tag("processor", name)
					.baseUnit("events")
					.register(this.registry);
			}
		});
	}

	public static double lag(HeadPosition source, StreamingEventProcessor processor) {
		Collection<EventTrackerStatus> segments = processor.processingStatus().values();
		long headPosition = source.position();
		if (segments.isEmpty() || headPosition < 0) {
			return Double.NaN;
		}
		long processed = segments.stream()
			.mapToLong((status) -> TokenPositions.position(status.getTrackingToken()))
			.min()
			.orElse(0);
		return Math.max(0, headPosition - processed);
	}

}
