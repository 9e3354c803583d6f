package se.finsam.platform.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionMergeBufferTest {

	private static final String TOPIC = "events";

	/**
	 * The fetcher's view: records in fetch order, each stamped with the token of
	 * everything fetched up to it, starting from {@code start}.
	 */
	private static final class Fetch {

		private KafkaTrackingToken token;

		private final List<KafkaEventMessage> records = new ArrayList<>();

		Fetch(Map<TopicPartition, Long> start) {
			this.token = KafkaTrackingToken.newInstance(start);
		}

		Fetch record(int partition, long offset, long timestamp) {
			this.token = this.token.advancedTo(TOPIC, partition, offset);
			this.records.add(new KafkaEventMessage(
					new GenericTrackedEventMessage<>(this.token,
							GenericEventMessage.asEventMessage(partition + ":" + offset)),
					partition, offset, timestamp));
			return this;
		}

	}

	private static TopicPartition partition(int number) {
		return new TopicPartition(TOPIC, number);
	}

	private static List<KafkaEventMessage> drain(PartitionMergeBuffer buffer) throws InterruptedException {
		List<KafkaEventMessage> out = new ArrayList<>();
		KafkaEventMessage next;
		while ((next = buffer.poll(0, TimeUnit.MILLISECONDS)) != null) {
			out.add(next);
		}
		return out;
	}

	private static Map<TopicPartition, Long> token(KafkaEventMessage message) {
		return ((KafkaTrackingToken) message.value().trackingToken()).getPositions();
	}

	@Test
	void handsOutOldestFirstWithTheTokenOfWhatWasHandedOut() throws InterruptedException {
		// Partition 5's record is fetched first but written last: the fetcher's token
		// of the
		// first record handed out (partition 4's) would already count it.
		Fetch fetch = new Fetch(Map.of()).record(5, 0, 300).record(4, 0, 100).record(4, 1, 150).record(2, 0, 200);
		PartitionMergeBuffer buffer = new PartitionMergeBuffer(10);
		buffer.putAll(fetch.records);

		List<KafkaEventMessage> out = drain(buffer);

		assertThat(out).extracting((m) -> m.partition() + ":" + m.offset()).containsExactly("4:0", "4:1", "2:0", "5:0");
		assertThat(token(out.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(4), 0L));
		assertThat(token(out.get(1))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(4), 1L));
		assertThat(token(out.get(2))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(4), 1L, partition(2), 0L));
		assertThat(token(out.get(3)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(partition(4), 1L, partition(2), 0L, partition(5), 0L));
	}

	@Test
	void keepsOffsetOrderWithinAPartitionWhateverTheTimestamps() throws InterruptedException {
		Fetch fetch = new Fetch(Map.of()).record(1, 0, 500).record(1, 1, 100).record(3, 0, 300);
		PartitionMergeBuffer buffer = new PartitionMergeBuffer(10);
		buffer.putAll(fetch.records);

		List<KafkaEventMessage> out = drain(buffer);

		assertThat(out).extracting((m) -> m.partition() + ":" + m.offset()).containsExactly("3:0", "1:0", "1:1");
		assertThat(token(out.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(3), 0L));
	}

	@Test
	void keepsWhereTheStreamStartedForPartitionsWithNothingNew() throws InterruptedException {
		Map<TopicPartition, Long> start = new HashMap<>(Map.of(partition(0), 7L, partition(1), 3L));
		Fetch fetch = new Fetch(start).record(1, 4, 100).record(1, 5, 200);
		PartitionMergeBuffer buffer = new PartitionMergeBuffer(10);
		buffer.putAll(fetch.records);

		List<KafkaEventMessage> out = drain(buffer);

		assertThat(token(out.get(0))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(0), 7L, partition(1), 4L));
		assertThat(token(out.get(1))).containsExactlyInAnyOrderEntriesOf(Map.of(partition(0), 7L, partition(1), 5L));
	}

	@Test
	void tokensOnlyGrowAndEndWhereTheFetcherEnded() throws InterruptedException {
		java.util.Random random = new java.util.Random(42);
		Fetch fetch = new Fetch(Map.of());
		long[] next = new long[6];
		for (int i = 0; i < 500; i++) {
			int partition = random.nextInt(6);
			fetch.record(partition, next[partition]++, random.nextInt(10_000));
		}
		PartitionMergeBuffer buffer = new PartitionMergeBuffer(1000);
		buffer.putAll(fetch.records);

		List<KafkaEventMessage> out = drain(buffer);

		assertThat(out).hasSize(500);
		for (int i = 1; i < out.size(); i++) {
			KafkaTrackingToken earlier = (KafkaTrackingToken) out.get(i - 1).value().trackingToken();
			KafkaTrackingToken later = (KafkaTrackingToken) out.get(i).value().trackingToken();
			assertThat(later.covers(earlier)).as("token %d covers token %d", i, i - 1).isTrue();
		}
		assertThat(token(out.get(499))).isEqualTo(fetch.token.getPositions());
	}

	@Test
	void aFetcherFailureReachesWhoeverWaits() {
		PartitionMergeBuffer buffer = new PartitionMergeBuffer(1);
		buffer.setException(new IllegalStateException("broker gone"));
		assertThatThrownBy(() -> buffer.poll(10, TimeUnit.MILLISECONDS)).hasMessage("broker gone");
	}

}
