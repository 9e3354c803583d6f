package se.finsam.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from binaries shipped as a Maven dependency. With a data
 * directory the cluster survives restarts; without one it lives in a temporary folder.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts PostgreSQL.
	 * @param dataDirectory where the cluster lives, kept between runs; {@code null} for a
	 * throw-away cluster
	 * @param port the port to listen on, {@code 0} for any free port
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, Map.of());
	}

	/**
	 * Starts PostgreSQL with server settings of the caller's, e.g. {@code fsync=on}: the
	 * embedded server runs without fsync and with asynchronous commits unless told
	 * otherwise, which suits tests, not durability measurements.
	 * @param dataDirectory where the cluster lives, kept between runs; {@code null} for a
	 * throw-away cluster
	 * @param port the port to listen on, {@code 0} for any free port
	 * @param settings server settings that win over the defaults
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port, Map<String, String> settings) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				// No statement text or parameters in the log (docs/personal-data.md).
				.setServerConfig("log_statement", "none")
				.setServerConfig("log_min_duration_statement", "-1")
				.setServerConfig("log_parameter_max_length_on_error", "0");
			settings.forEach(builder::setServerConfig);
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL could not be started", ex);
		}
	}

	/** Creates the database unless it exists, and returns its JDBC URL. */
	public String database(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection()) {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet rows = exists.executeQuery()) {
					if (!rows.next()) {
						try (Statement create = connection.createStatement()) {
							create.execute("CREATE DATABASE " + name);
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database " + name + " could not be created", ex);
		}
		return jdbcUrl(name);
	}

	public String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl(SUPERUSER, database);
	}

	public String username() {
		return SUPERUSER;
	}

	public String password() {
		return SUPERUSER;
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
