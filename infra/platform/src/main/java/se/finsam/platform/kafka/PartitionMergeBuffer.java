package se.finsam.platform.kafka;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;

/**
 * The buffer between a Kafka fetcher and a tracking processor. It hands out records
 * oldest first across partitions, like the framework's sorted buffer, but never out of
 * offset order within a partition, and it gives each record the token of exactly what has
 * been handed out so far.
 * <p>
 * Why: the fetcher stamps each record with a token that counts every record fetched
 * before it, in fetch order. Once a buffer reorders records, that token claims records
 * that have not been handled yet: a processor stopped at that point would skip them when
 * it resumes, and a replay could end with a token behind what it handled and never be
 * seen to finish (docs/adr/0015-kafka-tokens-follow-delivery.md).
 */
public final class PartitionMergeBuffer implements Buffer<KafkaEventMessage> {

	private final int capacity;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition notEmpty = this.lock.newCondition();

	private final Condition notFull = this.lock.newCondition();

	/** Not yet handed out, per partition in offset order. */
	private final Map<TopicPartition, ArrayDeque<KafkaEventMessage>> waiting = new HashMap<>();

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private int count;

	/**
	 * The fetcher's token of the last record put: where the stream started plus every
	 * record fetched.
	 */
	private KafkaTrackingToken fetched = KafkaTrackingToken.emptyToken();

	public PartitionMergeBuffer(int capacity) {
		if (capacity <= 0) {
			throw new IllegalArgumentException("A buffer needs room for at least one record");
		}
		this.capacity = capacity;
	}

	@Override
	public void put(KafkaEventMessage message) throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
			add(message);
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void putAll(Collection<KafkaEventMessage> messages) throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
			for (KafkaEventMessage message : messages) {
				add(message);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void add(KafkaEventMessage message) throws InterruptedException {
		while (this.count == this.capacity) {
			this.notFull.await();
		}
		this.waiting.computeIfAbsent(partitionOf(message), (partition) -> new ArrayDeque<>()).addLast(message);
		this.fetched = KafkaTrackingToken.from(message.value().trackingToken());
		this.count++;
		this.notEmpty.signal();
	}

	@Override
	public KafkaEventMessage poll(long timeout, TimeUnit unit) throws InterruptedException {
		long nanos = unit.toNanos(timeout);
		this.lock.lockInterruptibly();
		try {
			while (this.count == 0) {
				throwIfFailed();
				if (nanos <= 0) {
					return null;
				}
				nanos = this.notEmpty.awaitNanos(nanos);
			}
			return remove();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public KafkaEventMessage take() throws InterruptedException {
		this.lock.lockInterruptibly();
		try {
			while (this.count == 0) {
				throwIfFailed();
				this.notEmpty.await();
			}
			return remove();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The oldest of the partitions' first records, carrying the token of everything
	 * fetched except what still waits.
	 */
	private KafkaEventMessage remove() {
		KafkaEventMessage next = oldestQueue().pollFirst();
		this.count--;
		this.notFull.signal();
		Map<TopicPartition, Long> positions = new HashMap<>(this.fetched.getPositions());
		this.waiting.forEach((partition, queue) -> {
			if (!queue.isEmpty()) {
				long before = queue.peekFirst().offset() - 1;
				if (before < 0) {
					positions.remove(partition);
				}
				else {
					positions.put(partition, before);
				}
			}
		});
		KafkaTrackingToken delivered = KafkaTrackingToken.newInstance(positions);
		return new KafkaEventMessage(next.value().withTrackingToken(delivered), next.partition(), next.offset(),
				next.timestamp());
	}

	/** The partition whose first waiting record is the oldest; null when none waits. */
	private ArrayDeque<KafkaEventMessage> oldestQueue() {
		ArrayDeque<KafkaEventMessage> oldest = null;
		for (ArrayDeque<KafkaEventMessage> queue : this.waiting.values()) {
			if (!queue.isEmpty() && (oldest == null || queue.peekFirst().compareTo(oldest.peekFirst()) < 0)) {
				oldest = queue;
			}
		}
		return oldest;
	}

	/**
	 * The record's own topic and partition, as its token (which counts it) names them.
	 */
	private static TopicPartition partitionOf(KafkaEventMessage message) {
		return KafkaTrackingToken.from(message.value().trackingToken())
			.getPositions()
			.entrySet()
			.stream()
			.filter((position) -> position.getKey().partition() == message.partition()
					&& position.getValue() == message.offset())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("A record's token does not count the record itself"));
	}

	@Override
	public KafkaEventMessage peek() {
		this.lock.lock();
		try {
			throwIfFailed();
			ArrayDeque<KafkaEventMessage> oldest = oldestQueue();
			return (oldest != null) ? oldest.peekFirst() : null;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public int size() {
		this.lock.lock();
		try {
			return this.count;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public boolean isEmpty() {
		return size() == 0;
	}

	@Override
	public int remainingCapacity() {
		return this.capacity - size();
	}

	@Override
	public void clear() {
		this.lock.lock();
		try {
			this.waiting.clear();
			this.count = 0;
			this.notFull.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The fetcher failed: whoever waits for a record gets the failure instead. */
	@Override
	public void setException(RuntimeException exception) {
		this.failure.set(exception);
		this.lock.lock();
		try {
			this.notEmpty.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void throwIfFailed() {
		RuntimeException exception = this.failure.get();
		if (exception != null) {
			throw exception;
		}
	}

}
