package se.finsam.platform.kafka;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Kafka is up when a broker answers and the event topic exists. */
class KafkaHealthIndicator extends AbstractHealthIndicator {

	private final KafkaAdmin admin;

	KafkaHealthIndicator(KafkaAdmin admin) {
		super("Kafka health check failed");
		this.admin = admin;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		String clusterId = this.admin.clusterId();
		builder.up()
			.withDetail("clusterId", clusterId)
			.withDetail("topic", this.admin.topic().name())
			.withDetail("partitions", this.admin.endOffsets().size());
	}

}
