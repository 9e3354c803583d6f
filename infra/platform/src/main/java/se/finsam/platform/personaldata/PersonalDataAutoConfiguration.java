package se.finsam.platform.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Personal data sealed per data subject in every stored and published event (ADR 0013):
 * the key store and the event serializer that seals and opens names. Runs before Axon's
 * set-up so that Axon takes this event serializer instead of building its own.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

	/** Not a DataSource bean: the service's own database stays Spring Boot's one. */
	@Bean
	SubjectKeyStore subjectKeyStore(PersonalDataProperties properties) {
		PersonalDataProperties.KeyStore store = properties.keyStore();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("subject-keys");
		dataSource.setJdbcUrl(store.url());
		dataSource.setUsername(store.username());
		dataSource.setPassword(store.password());
		// Inside a transaction a connection stays bound to it until the end: as many as
		// the service's own pool, so no transaction waits for the key store.
		dataSource.setMaximumPoolSize(10);
		return new SubjectKeyStore(dataSource, new MasterKeys(properties.masterKeys(), properties.masterKeyVersion()),
				properties.lookupKey(), store.manage());
	}

	@Bean
	@Qualifier("eventSerializer")
	Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisionResolver, SubjectKeys keys) {
		return JacksonSerializer.builder()
			.revisionResolver(revisionResolver)
			.objectMapper(objectMapper.copy().registerModule(new PersonalDataModule(keys)))
			.build();
	}

}
