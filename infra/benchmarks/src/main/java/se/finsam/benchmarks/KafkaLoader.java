package se.finsam.benchmarks;

import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;

import org.springframework.context.ApplicationContext;

/**
 * Puts a generated history on the topic as the product's publisher would have: every
 * event read from the command side's own event store, turned into a record by the command
 * side's own message converter (key, payload, metadata headers), sent with acks=all and
 * idempotence, but many in flight at once rather than one acknowledged send and one token
 * commit per event. It stands in for the publisher only because the publisher would need
 * hours for a million events (see docs/benchmarks.md).
 */
final class KafkaLoader {

	private KafkaLoader() {
	}

	/**
	 * Sends the store's events from the {@code from}th (those before it are on the topic
	 * already) up to the {@code until}th; returns events per second.
	 */
	@SuppressWarnings("unchecked")
	static double load(ApplicationContext command, String bootstrapServers, String topic, long from, long until)
			throws Exception {
		EventStore store = command.getBean(EventStore.class);
		KafkaMessageConverter<String, byte[]> converter = command.getBean(KafkaMessageConverter.class);
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		long start = System.nanoTime();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties);
				BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
			for (long skipped = 0; skipped < from; skipped++) {
				stream.nextAvailable();
			}
			for (long sent = from; sent < until; sent++) {
				ProducerRecord<String, byte[]> record = converter.createKafkaMessage(stream.nextAvailable(), topic);
				producer.send(record, (metadata, failure) -> {
					if (failure != null) {
						throw new IllegalStateException("The history could not be put on the topic", failure);
					}
				});
			}
			producer.flush();
		}
		return (until - from) / ((System.nanoTime() - start) / 1e9);
	}

}
