package se.finsam.platform.metrics;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;

/** Turns a processor's token into a number of events handled, comparable with a head. */
public final class TokenPositions {

	private TokenPositions() {
	}

	/**
	 * The number of events up to and including the token: the global index + 1 for the
	 * event store, the sum over partitions of offset + 1 for Kafka. Zero when nothing was
	 * handled.
	 */
	public static long position(TrackingToken token) {
		if (token == null) {
			return 0;
		}
		TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
		if (lowerBound instanceof KafkaTrackingToken kafka) {
			return kafka.getPositions().values().stream().mapToLong((offset) -> offset + 1).sum();
		}
		return (lowerBound != null) ? lowerBound.position().orElse(-1) + 1 : 0;
	}

}
