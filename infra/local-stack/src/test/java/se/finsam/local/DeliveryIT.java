package se.finsam.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.await;
import static se.finsam.local.SharedStack.awaitView;
import static se.finsam.local.SharedStack.count;
import static se.finsam.local.SharedStack.municipality;
import static se.finsam.local.SharedStack.register;
import static se.finsam.local.SharedStack.send;
import static se.finsam.local.SharedStack.storedEvents;

/** What happens to events between the store and the projections when things go wrong. */
class DeliveryIT {

	private static final Duration RECOVERY = Duration.ofSeconds(150);

	@BeforeAll
	static void startStack() {
		SharedStack.get();
	}

	@Test
	void eventsArePublishedKeyedByAggregateIdOnTheConfiguredPartitions() {
		String id = register("Nyckel per förbund");
		await("the registration on Kafka", RECOVERY, () -> !SharedStack.recordsOf(id).isEmpty());
		List<ConsumerRecord<String, byte[]>> records = SharedStack.recordsOf(id);
		assertThat(records).allSatisfy((record) -> assertThat(record.key()).isEqualTo(id));
		try (KafkaConsumer<String, byte[]> consumer = SharedStack.consumer()) {
			List<PartitionInfo> partitions = consumer.partitionsFor(SharedStack.TOPIC);
			assertThat(partitions).hasSize(6);
		}
	}

	@Test
	void theSameEventDeliveredTwiceIsCountedOnce() {
		String id = register("Levererad två gånger");
		send("POST", "/api/associations/" + id + "/members", "kansli", Map.of("expectedVersion", 0, "member",
				Map.of("name", "Hagfors kommun", "kind", "MUNICIPALITY", "organisationNumber", "212000-1827")));
		awaitView(id, 1, RECOVERY);
		await("both events on Kafka", RECOVERY, () -> SharedStack.recordsOf(id).size() >= 2);

		try (KafkaProducer<String, byte[]> producer = producer()) {
			for (ConsumerRecord<String, byte[]> record : SharedStack.recordsOf(id)) {
				producer.send(new ProducerRecord<>(SharedStack.TOPIC, record.partition(), record.key(), record.value(),
						record.headers()));
			}
			producer.flush();
		}
		awaitProjectionCaughtUp();

		var view = awaitView(id, 1, RECOVERY);
		assertThat(view.get("version").asLong()).isEqualTo(1);
		assertThat(view.get("members")).hasSize(5);
		assertThat(count("finsam_projections", "SELECT count(*) FROM association_member WHERE association_id = ?",
				UUID.fromString(id)))
			.isEqualTo(5);
		await("the audit trail past the copies", RECOVERY, () -> SharedStack.text("/actuator/query/prometheus")
			.contains("finsam_processor_lag_events{processor=\"audit\"} 0.0"));
		assertThat(count("finsam_projections", "SELECT count(*) FROM audit_event WHERE aggregate_id = ?", id))
			.as("the audit trail holds each event once")
			.isEqualTo(2);
		assertThat(
				count("finsam_projections", "SELECT count(*) FROM deadletterentry WHERE aggregateidentifier = ?", id))
			.isZero();
	}

	@Test
	void whileKafkaIsDownCommandsSucceedAndEverythingArrivesWhenItReturns() {
		LocalStack stack = SharedStack.get();
		String id = register("Kafka borta en stund");
		awaitView(id, 0, RECOVERY);

		stack.kafka().stop();
		List<String> registeredWhileDown = new ArrayList<>();
		try {
			assertThat(SharedStack.text("/actuator/command/health")).as("the outage is real")
				.contains("\"kafka\":{\"status\":\"DOWN\"");
			for (int i = 0; i < 3; i++) {
				registeredWhileDown.add(register("Registrerat utan Kafka " + i));
			}
			for (int i = 0; i < 4; i++) {
				SharedStack.Response added = send("POST", "/api/associations/" + id + "/members", "kansli",
						Map.of("expectedVersion", i, "member", Map.of("name", "Kommun " + i, "kind", "MUNICIPALITY",
								"organisationNumber", municipality(500 + i))));
				assertThat(added.status()).as("command accepted while Kafka is down").isEqualTo(200);
			}
		}
		finally {
			stack.kafka().start();
		}

		assertThat(storedEvents(id)).isEqualTo(5);
		assertThat(awaitView(id, 4, RECOVERY).get("members")).hasSize(8);
		for (String other : registeredWhileDown) {
			assertThat(awaitView(other, 0, RECOVERY).get("members")).hasSize(4);
		}
		awaitProjectionCaughtUp();
		assertThat(count("finsam_projections", "SELECT count(*) FROM association_member WHERE association_id = ?",
				UUID.fromString(id)))
			.isEqualTo(8);
	}

	@Test
	void eventsRecordedBeforeThePublisherFirstRanArePublished() {
		LocalStack stack = SharedStack.get();
		String publisher = stack.commandService().getBean(KafkaProperties.class).getPublisher().getProcessingGroup();
		StreamingEventProcessor processor = stack.commandService()
			.getBean(EventProcessingConfiguration.class)
			.eventProcessor(publisher, StreamingEventProcessor.class)
			.orElseThrow();

		processor.shutDown();
		String id;
		try {
			id = register("Före publiceraren");
			// As if the publisher had never run against this store: it has no position at
			// all.
			assertThat(count("finsam_events",
					"WITH gone AS (DELETE FROM tokenentry WHERE processorname = ? RETURNING 1) SELECT count(*) FROM gone",
					publisher))
				.isPositive();
			assertThat(SharedStack.recordsOf(id)).isEmpty();
		}
		finally {
			processor.start();
		}

		await("the earlier event on Kafka", RECOVERY, () -> !SharedStack.recordsOf(id).isEmpty());
		assertThat(awaitView(id, 0, RECOVERY).get("name").asText()).isEqualTo("Före publiceraren");
		awaitProjectionCaughtUp();
		assertThat(
				count("finsam_projections", "SELECT count(*) FROM deadletterentry WHERE aggregateidentifier = ?", id))
			.isZero();
	}

	@Test
	void healthAndMetricsReportKafkaTheDatabaseAndProcessorLag() {
		register("Mätvärden");
		String health = SharedStack.text("/actuator/query/health");
		assertThat(health).contains("\"kafka\":{\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
		String commandMetrics = SharedStack.text("/actuator/command/prometheus");
		assertThat(commandMetrics)
			.contains("finsam_processor_lag_events{processor=\"__axon-kafka-event-publishing-group\"")
			.contains("commandBus")
			.contains("eventStore");
		String queryMetrics = SharedStack.text("/actuator/query/prometheus");
		assertThat(queryMetrics).contains("finsam_processor_lag_events{processor=\"association\"")
			.contains("eventProcessor");
	}

	/** Waits until the association projection's lag gauge reads zero. */
	private static void awaitProjectionCaughtUp() {
		await("the association projection to reach the head of the topic", RECOVERY,
				() -> SharedStack.text("/actuator/query/prometheus")
					.contains("finsam_processor_lag_events{processor=\"association\"} 0.0"));
	}

	private static KafkaProducer<String, byte[]> producer() {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.get().kafka().bootstrapServers());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		return new KafkaProducer<>(properties);
	}

}
