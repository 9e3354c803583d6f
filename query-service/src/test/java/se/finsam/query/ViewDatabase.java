package se.finsam.query;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.flywaydb.core.Flyway;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.platform.security.CurrentUser;
import se.finsam.query.access.QueryAccessMatrix;
import se.finsam.query.access.ReadAccess;

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
	 * The read side's access check for a view's own tests: this thread's user acts in
	 * every association (the access matrix has its own tests end to end).
	 */
	public static ReadAccess readingEverything(DataSource dataSource) {
		CurrentUser user = new CurrentUser("view-test", "", List.of("AUDITOR"), Set.of(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(user, null, List.<GrantedAuthority>of()));
		return new ReadAccess(new JdbcTemplate(dataSource), QueryAccessMatrix.create());
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
