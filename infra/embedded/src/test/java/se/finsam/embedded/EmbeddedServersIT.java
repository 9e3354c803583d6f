package se.finsam.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServersIT {

	@Test
	void keepsTopicsAcrossARestartOnTheSamePort(@TempDir Path logs) throws Exception {
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(logs, 0)) {
			String address = broker.bootstrapServers();
			try (Admin admin = admin(address)) {
				admin.createTopics(List.of(new NewTopic("kept", 3, (short) 1))).all().get();
			}
			broker.stop();
			assertThat(broker.isRunning()).isFalse();
			broker.start();
			assertThat(broker.bootstrapServers()).isEqualTo(address);
			try (Admin admin = admin(address)) {
				Set<String> names = admin.listTopics().names().get();
				assertThat(names).contains("kept");
				assertThat(admin.describeTopics(List.of("kept")).allTopicNames().get().get("kept").partitions())
					.hasSize(3);
			}
		}
	}

	@Test
	void keepsAPostgresDatabaseAcrossARestart(@TempDir Path data) throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
			String url = first.database("kept");
			try (var connection = java.sql.DriverManager.getConnection(url, first.username(), first.password())) {
				connection.createStatement().execute("CREATE TABLE fact (value int); INSERT INTO fact VALUES (42)");
			}
		}
		try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0)) {
			try (var connection = java.sql.DriverManager.getConnection(second.database("kept"), second.username(),
					second.password());
					var rows = connection.createStatement().executeQuery("SELECT value FROM fact")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).isEqualTo(42);
			}
		}
	}

	private static Admin admin(String address) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, address,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()));
	}

}
