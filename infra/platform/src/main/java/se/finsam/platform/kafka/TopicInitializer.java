package se.finsam.platform.kafka;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Creates the event topic with its configured partition count before Axon's processors
 * start (brokers do not auto-create topics, which would give them the wrong partition
 * count). If Kafka is down the service still starts and keeps trying in the background:
 * publishing and consuming simply wait for the topic.
 */
public class TopicInitializer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(TopicInitializer.class);

	/** Before Axon's event processors, which start in a later phase. */
	private static final int PHASE = Integer.MIN_VALUE + 1000;

	private static final long RETRY_SECONDS = 2;

	private final KafkaAdmin admin;

	private ScheduledExecutorService retries;

	private volatile boolean ready;

	TopicInitializer(KafkaAdmin admin) {
		this.admin = admin;
	}

	@Override
	public void start() {
		if (tryOnce()) {
			return;
		}
		this.retries = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "event-topic-initializer");
			thread.setDaemon(true);
			return thread;
		});
		this.retries.scheduleWithFixedDelay(() -> {
			if (tryOnce()) {
				this.retries.shutdown();
			}
		}, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
	}

	private boolean tryOnce() {
		try {
			int partitions = this.admin.ensureTopic();
			if (partitions < this.admin.topic().partitions()) {
				logger.warn("Topic {} has {} partitions, fewer than the configured {}", this.admin.topic().name(),
						partitions, this.admin.topic().partitions());
			}
			this.ready = true;
			return true;
		}
		catch (KafkaAdmin.KafkaUnavailableException ex) {
			logger.warn("Kafka is not reachable yet, the topic {} will be created when it is: {}",
					this.admin.topic().name(), ex.getMessage());
			return false;
		}
	}

	@Override
	public void stop() {
		if (this.retries != null) {
			this.retries.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.ready || (this.retries != null && !this.retries.isShutdown());
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
