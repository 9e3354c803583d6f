package se.finsam.platform.metrics;

/**
 * How far the source a service's processors read from has come, in the same unit as
 * {@link TokenPositions#position}: the event store's global index or the sum of Kafka
 * offsets.
 */
@FunctionalInterface
public interface HeadPosition {

	/** The current head, or -1 when it cannot be known right now (source unreachable). */
	long position();

}
