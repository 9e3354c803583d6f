package se.finsam.query;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.flywaydb.core.Flyway;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.finsam.embedded.EmbeddedPostgresServer;

/** What a view's test against a real database needs, set up as the query service does. */
public final class ViewDatabase {

	private ViewDatabase() {
	}

	/** A new database on the server with the query service's migrations applied. */
	public static DataSource migrated(EmbeddedPostgresServer postgres, String name) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.database(name), postgres.username(),
				postgres.password());
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/axon", "classpath:db/projections")
			.load()
			.migrate();
		return dataSource;
	}

	/**
	 * As the services configure it (finsam-platform.properties): dates as ISO strings.
	 */
	public static ObjectMapper json() {
		return Jackson2ObjectMapperBuilder.json()
			.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
	}

}
