package se.finsam.platform.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** The few administrative calls the services make, each bounded in time. */
public class KafkaAdmin implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private final EventTopic topic;

	private final Admin admin;

	KafkaAdmin(EventTopic topic) {
		this.topic = topic;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrapServers(),
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
				AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000));
	}

	public EventTopic topic() {
		return this.topic;
	}

	/**
	 * Creates the event topic with its configured partitions unless it exists.
	 * @return the topic's partition count after the call
	 */
	public int ensureTopic() throws KafkaUnavailableException {
		try {
			this.admin
				.createTopics(List
					.of(new NewTopic(this.topic.name(), this.topic.partitions(), this.topic.replicationFactor())))
				.all()
				.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new KafkaUnavailableException(ex.getCause());
			}
		}
		catch (TimeoutException ex) {
			throw new KafkaUnavailableException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaUnavailableException(ex);
		}
		return describeTopic().partitions().size();
	}

	/** The next offset to be written, per partition of the event topic. */
	public Map<TopicPartition, Long> endOffsets() throws KafkaUnavailableException {
		Map<TopicPartition, OffsetSpec> latest = describeTopic().partitions()
			.stream()
			.collect(Collectors.toMap((partition) -> new TopicPartition(this.topic.name(), partition.partition()),
					(partition) -> OffsetSpec.latest()));
		return call(() -> this.admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	/** The broker's cluster id: proof that a broker answers. */
	public String clusterId() throws KafkaUnavailableException {
		return call(() -> this.admin.describeCluster().clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
	}

	private TopicDescription describeTopic() throws KafkaUnavailableException {
		return call(() -> this.admin.describeTopics(List.of(this.topic.name()))
			.allTopicNames()
			.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
			.get(this.topic.name()));
	}

	private static <T> T call(AdminCall<T> call) throws KafkaUnavailableException {
		try {
			return call.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaUnavailableException(ex);
		}
		catch (ExecutionException ex) {
			throw new KafkaUnavailableException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new KafkaUnavailableException(ex);
		}
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(2));
	}

	@FunctionalInterface
	private interface AdminCall<T> {

		T get() throws InterruptedException, ExecutionException, TimeoutException;

	}

	/** Kafka did not answer in time or refused the call. */
	public static class KafkaUnavailableException extends Exception {

		KafkaUnavailableException(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}
