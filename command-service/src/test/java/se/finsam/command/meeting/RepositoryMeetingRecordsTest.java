package se.finsam.command.meeting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.meeting.DecidedBy;
import se.finsam.events.meeting.ItemDecided;
import se.finsam.events.meeting.ItemDeferred;
import se.finsam.events.meeting.MinutesAdjusted;
import se.finsam.events.meeting.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.meeting.MeetingFixture.ANNA;
import static se.finsam.command.meeting.MeetingFixture.ASSOCIATION;
import static se.finsam.command.meeting.MeetingFixture.DATE;
import static se.finsam.command.meeting.MeetingFixture.ID;
import static se.finsam.command.meeting.MeetingFixture.added;
import static se.finsam.command.meeting.MeetingFixture.decision;
import static se.finsam.command.meeting.MeetingFixture.scheduled;

/**
 * Loading an earlier meeting through the framework's repository, as the running service
 * does.
 */
class RepositoryMeetingRecordsTest {

	private final EmbeddedEventStore store = EmbeddedEventStore.builder()
		.storageEngine(new InMemoryEventStorageEngine())
		.build();

	private final MeetingRecords records = new RepositoryMeetingRecords(
			EventSourcingRepository.builder(Meeting.class).eventStore(this.store).build());

	@AfterEach
	void tearDown() {
		this.store.shutDown();
	}

	@Test
	void readsAnEarlierMeetingsDateAdjustmentAndDecidedItems() {
		store(scheduled(), added(12, DecisionType.OTHER), added(13, DecisionType.OTHER),
				new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.OTHER, null, "Beslutet",
						new Tally(0, 0, 0), List.of(), List.of(), DecidedBy.ACCLAMATION, List.of(ANNA)),
				new ItemDeferred(ID, ASSOCIATION, 13, decision(13), DecisionType.OTHER, null, "Skäl", List.of(ANNA)),
				new MinutesAdjusted(ID, ASSOCIATION, DATE.plusDays(3)));
		assertThat(find(ID)).contains(new MeetingRecord(ID, ASSOCIATION, DATE, true, Set.of(12)));
	}

	@Test
	void aMeetingWithoutAdjustedMinutesSaysSo() {
		store(scheduled());
		assertThat(find(ID)).hasValueSatisfying((record) -> assertThat(record.adjusted()).isFalse());
	}

	@Test
	void anUnknownMeetingIsNotFound() {
		assertThat(find(MeetingId.random())).isEmpty();
	}

	private void store(Object... events) {
		for (int i = 0; i < events.length; i++) {
			this.store.publish(new GenericDomainEventMessage<>("Meeting", ID.toString(), i, events[i]));
		}
	}

	private Optional<MeetingRecord> find(MeetingId id) {
		return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> this.records.find(id)).getPayload();
	}

}
