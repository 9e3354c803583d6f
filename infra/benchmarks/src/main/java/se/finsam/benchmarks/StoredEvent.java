package se.finsam.benchmarks;

/**
 * One row of the event store's {@code domainevententry} table, as stored (the global
 * index is the store's to give).
 */
record StoredEvent(String aggregateId, long sequenceNumber, String type, String eventId, byte[] metadata,
		byte[] payload, String payloadRevision, String payloadType, String timestamp) {

	int bytes() {
		return this.payload.length + ((this.metadata != null) ? this.metadata.length : 0);
	}

}
