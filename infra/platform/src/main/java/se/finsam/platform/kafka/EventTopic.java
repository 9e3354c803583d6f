package se.finsam.platform.kafka;

/** The topic all events are published to, with the shape it must be created in. */
public record EventTopic(String name, int partitions, short replicationFactor, String bootstrapServers) {

}
