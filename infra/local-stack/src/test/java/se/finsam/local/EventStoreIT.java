package se.finsam.local;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store on PostgreSQL, as the migrations create it. */
class EventStoreIT {

	@Test
	void aSecondWriteOfTheSameAggregateSequenceIsAConcurrencyConflict() {
		String id = SharedStack.register("Dubbel sekvens");
		SharedStack.send("POST", "/api/associations/" + id + "/members", "kansli",
				java.util.Map.of("expectedVersion", 0, "member", java.util.Map.of("name", "Hagfors kommun", "kind",
						"MUNICIPALITY", "organisationNumber", "212000-1827")));
		EventStorageEngine engine = SharedStack.get().commandService().getBean(EventStorageEngine.class);
		assertThatThrownBy(() -> engine.appendEvents(competingEvent(id, 1))).isInstanceOf(ConcurrencyException.class);
		assertThat(SharedStack.storedEvents(id)).isEqualTo(2);
	}

	@Test
	void creatingAnAggregateThatExistsIsRefused() {
		String id = SharedStack.register("Dubbel start");
		EventStorageEngine engine = SharedStack.get().commandService().getBean(EventStorageEngine.class);
		assertThatThrownBy(() -> engine.appendEvents(competingEvent(id, 0)))
			.isInstanceOf(AggregateStreamCreationException.class);
		assertThat(SharedStack.storedEvents(id)).isEqualTo(1);
	}

	private static DomainEventMessage<?> competingEvent(String id, long sequence) {
		return new GenericDomainEventMessage<>("Association", id, sequence,
				new MemberOrganisationAdded(AssociationId.of(id), new MemberOrganisation(
						OrganisationNumber.of("212000-1801"), "Munkfors kommun", MemberKind.MUNICIPALITY)));
	}

	@Test
	void theSnapshotTableTakesSnapshots() throws Exception {
		String id = SharedStack.register("Ögonblicksbild");
		EventStorageEngine engine = SharedStack.get().commandService().getBean(EventStorageEngine.class);
		MemberOrganisationAdded state = new MemberOrganisationAdded(AssociationId.of(id), new MemberOrganisation(
				OrganisationNumber.of("212000-1827"), "Hagfors kommun", MemberKind.MUNICIPALITY));
		engine.storeSnapshot(new GenericDomainEventMessage<>("Association", id, 0, state));
		try (Connection connection = SharedStack.connect("finsam_events");
				Statement statement = connection.createStatement();
				java.sql.ResultSet row = statement.executeQuery(
						"SELECT type, sequencenumber, payloadtype, payload FROM snapshotevententry WHERE aggregateidentifier = '"
								+ id + "'")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getString("type")).isEqualTo("Association");
			assertThat(row.getLong("sequencenumber")).isZero();
			assertThat(row.getString("payloadtype")).isEqualTo(MemberOrganisationAdded.class.getName());
			assertThat(SharedStack.JSON.readValue(row.getBytes("payload"), MemberOrganisationAdded.class))
				.isEqualTo(state);
		}
	}

	@Test
	void storedEventsCannotBeChangedOrDeleted() throws SQLException {
		String id = SharedStack.register("Oföränderlig");
		try (Connection connection = SharedStack.connect("finsam_events");
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate(
					"UPDATE domainevententry SET payloadtype = 'x' WHERE aggregateidentifier = '" + id + "'"))
				.hasMessageContaining("events are immutable");
			assertThatThrownBy(() -> statement
				.executeUpdate("DELETE FROM domainevententry WHERE aggregateidentifier = '" + id + "'"))
				.hasMessageContaining("events are immutable");
		}
		assertThat(SharedStack.storedEvents(id)).isEqualTo(1);
	}

}
