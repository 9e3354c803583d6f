package se.finsam.platform.kafka;

import org.axonframework.extensions.kafka.KafkaProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event topic and Kafka's health, for whichever side of Kafka a service is on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(KafkaProperties.class)
public class KafkaConfiguration {

	@Bean
	EventTopic eventTopic(KafkaProperties axonKafka, @Value("${finsam.kafka.partitions}") int partitions,
			@Value("${finsam.kafka.replication-factor}") short replicationFactor) {
		return new EventTopic(axonKafka.getDefaultTopic(), partitions, replicationFactor,
				String.join(",", axonKafka.getBootstrapServers()));
	}

	@Bean(destroyMethod = "close")
	KafkaAdmin kafkaAdmin(EventTopic topic) {
		return new KafkaAdmin(topic);
	}

	@Bean
	TopicInitializer topicInitializer(KafkaAdmin admin) {
		return new TopicInitializer(admin);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin);
	}

}
