package se.finsam.query.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;

import org.springframework.stereotype.Component;

import se.finsam.platform.metrics.HeadPosition;
import se.finsam.platform.metrics.ProcessorLagConfiguration;
import se.finsam.platform.metrics.TokenPositions;

/**
 * Rebuilds projections from the beginning of the topic while everything else runs: stops
 * the projection's processor, resets it (its reset handler clears its tables), starts it
 * again, and when it has caught up compares a checksum of the rebuilt state with the one
 * taken before. Replays are remembered by this node until it restarts.
 */
@Component
class Replays {

	private final EventProcessingConfiguration processing;

	private final HeadPosition head;

	private final ProjectionChecksums checksums;

	private final Clock clock;

	private final Map<UUID, Replay> replays = new ConcurrentHashMap<>();

	Replays(EventProcessingConfiguration processing, HeadPosition head, ProjectionChecksums checksums, Clock clock) {
		this.processing = processing;
		this.head = head;
		this.checksums = checksums;
		this.clock = clock;
	}

	List<ProjectionStatus> projections() {
		List<ProjectionStatus> statuses = new ArrayList<>();
		this.processing.eventProcessors().forEach((name, processor) -> {
			if (processor instanceof StreamingEventProcessor streaming) {
				statuses.add(status(name, streaming));
			}
		});
		statuses.sort((a, b) -> a.name().compareTo(b.name()));
		return statuses;
	}

	/** Starts rebuilding the projection; empty when there is no such projection. */
	Optional<Replay> start(String name) {
		Optional<StreamingEventProcessor> found = processor(name);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StreamingEventProcessor processor = found.get();
		String before = this.checksums.checksum(name);
		long headAtStart = this.head.position();
		processor.shutDown();
		// From the very beginning: the processor's default would start a replay inside a
		// replay (a replay token as the start position), whose end it cannot recognise.
		processor.resetTokens(StreamableMessageSource::createTailToken);
		processor.start();
		Replay replay = new Replay(UUID.randomUUID(), name, this.clock.instant(), headAtStart, before);
		this.replays.put(replay.id(), replay);
		return Optional.of(replay);
	}

	/**
	 * Where the replay stands; once caught up, the rebuilt checksum against the one
	 * before.
	 */
	Optional<ReplayReport> report(UUID id) {
		Replay replay = this.replays.get(id);
		if (replay == null) {
			return Optional.empty();
		}
		ProjectionStatus status = processor(replay.processingGroup()).map((p) -> status(replay.processingGroup(), p))
			.orElseThrow();
		// Caught up when nothing is left to read: the framework keeps calling the
		// processor
		// "replaying" until the first event after the reset point, which may be long.
		boolean done = status.running() && status.lag() == 0;
		if (done && replay.finishedAt() == null) {
			replay.finish(this.clock.instant(), this.checksums.checksum(replay.processingGroup()),
					this.head.position());
		}
		return Optional.of(new ReplayReport(replay.id(), replay.processingGroup(), replay.startedAt(),
				replay.finishedAt(), status.progressPercent(), replay.checksumBefore(), replay.checksumAfter(),
				(replay.checksumAfter() != null) ? replay.checksumBefore().equals(replay.checksumAfter()) : null,
				replay.headAtStart(), replay.headAtEnd()));
	}

	private Optional<StreamingEventProcessor> processor(String name) {
		return this.processing.eventProcessor(name, StreamingEventProcessor.class);
	}

	private ProjectionStatus status(String name, StreamingEventProcessor processor) {
		long headPosition = this.head.position();
		double lag = ProcessorLagConfiguration.lag(this.head, processor);
		Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
		boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
		long processed = segments.values()
			.stream()
			.mapToLong((segment) -> TokenPositions.position(segment.getTrackingToken()))
			.min()
			.orElse(0);
		int progress = (headPosition <= 0) ? 100
				: (int) Math.min(100, Math.max(0, Math.floor(100.0 * processed / headPosition)));
		return new ProjectionStatus(name, processor.isRunning(), replaying, Double.isNaN(lag) ? -1 : (long) lag,
				headPosition, progress);
	}

	/**
	 * A projection's processor: running, replaying, how far behind, and how far through
	 * the topic.
	 */
	record ProjectionStatus(String name, boolean running, boolean replaying, long lag, long head, int progressPercent) {
	}

	/**
	 * A replay's report. {@code identical} is null until it has caught up; the heads show
	 * whether events arrived meanwhile (then the states may differ for that reason
	 * alone).
	 */
	record ReplayReport(UUID id, String projection, Instant startedAt, Instant finishedAt, int progressPercent,
			String checksumBefore, String checksumAfter, Boolean identical, long headAtStart, Long headAtEnd) {
	}

	/** One replay as this node remembers it. */
	static final class Replay {

		private final UUID id;

		private final String processingGroup;

		private final Instant startedAt;

		private final long headAtStart;

		private final String checksumBefore;

		private volatile Instant finishedAt;

		private volatile String checksumAfter;

		private volatile Long headAtEnd;

		Replay(UUID id, String processingGroup, Instant startedAt, long headAtStart, String checksumBefore) {
			this.id = id;
			this.processingGroup = processingGroup;
			this.startedAt = startedAt;
			this.headAtStart = headAtStart;
			this.checksumBefore = checksumBefore;
		}

		synchronized void finish(Instant at, String checksum, long head) {
			this.finishedAt = at;
			this.checksumAfter = checksum;
			this.headAtEnd = head;
		}

		UUID id() {
			return this.id;
		}

		String processingGroup() {
			return this.processingGroup;
		}

		Instant startedAt() {
			return this.startedAt;
		}

		long headAtStart() {
			return this.headAtStart;
		}

		String checksumBefore() {
			return this.checksumBefore;
		}

		Instant finishedAt() {
			return this.finishedAt;
		}

		String checksumAfter() {
			return this.checksumAfter;
		}

		Long headAtEnd() {
			return this.headAtEnd;
		}

	}

}
