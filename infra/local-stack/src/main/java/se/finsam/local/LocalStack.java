package se.finsam.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.finsam.command.CommandServiceApplication;
import se.finsam.embedded.EmbeddedKafkaBroker;
import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.query.QueryServiceApplication;
import se.finsam.web.WebApplication;

/**
 * The whole product in one process: embedded PostgreSQL (event store, projections and the
 * data subjects' keys in separate databases), an in-process KRaft Kafka broker, the
 * command side, the query side, the web UI (which calls both over HTTP), and a gateway
 * that serves all three under one address.
 */
public final class LocalStack implements AutoCloseable {

	private final EmbeddedPostgresServer postgres;

	private final EmbeddedKafkaBroker kafka;

	private final ConfigurableApplicationContext commandService;

	private final ConfigurableApplicationContext queryService;

	private final ConfigurableApplicationContext web;

	private final Gateway gateway;

	private final DemoClock commandClock;

	private LocalStack(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka,
			ConfigurableApplicationContext commandService, ConfigurableApplicationContext queryService,
			ConfigurableApplicationContext web, Gateway gateway, DemoClock commandClock) {
		this.postgres = postgres;
		this.kafka = kafka;
		this.commandService = commandService;
		this.queryService = queryService;
		this.web = web;
		this.gateway = gateway;
		this.commandClock = commandClock;
	}

	/**
	 * Where and how to run.
	 *
	 * @param dataDirectory PostgreSQL's and Kafka's data, kept between runs; {@code null}
	 * for throw-away data
	 * @param port the one address's port, {@code 0} for any free port
	 * @param postgresPort {@code 0} for any free port
	 * @param kafkaPort {@code 0} for any free port
	 * @param extraProperties further {@code key=value} settings for both services
	 * @param postgresSettings PostgreSQL server settings, e.g. {@code fsync=on} for
	 * durability measurements
	 */
	public record Options(Path dataDirectory, int port, int postgresPort, int kafkaPort, List<String> extraProperties,
			Map<String, String> postgresSettings) {

		public Options {
			extraProperties = List.copyOf(extraProperties);
			postgresSettings = Map.copyOf(postgresSettings);
		}

		public Options(Path dataDirectory, int port, int postgresPort, int kafkaPort, List<String> extraProperties) {
			this(dataDirectory, port, postgresPort, kafkaPort, extraProperties, Map.of());
		}

	}

	public static LocalStack start(Options options) throws Exception {
		Path data = options.dataDirectory();
		if (data != null) {
			Files.createDirectories(data);
		}
		EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start((data != null) ? data.resolve("postgres") : null,
				options.postgresPort(), options.postgresSettings());
		EmbeddedKafkaBroker kafka = null;
		ConfigurableApplicationContext command = null;
		ConfigurableApplicationContext query = null;
		ConfigurableApplicationContext web = null;
		try {
			kafka = EmbeddedKafkaBroker.start((data != null) ? data.resolve("kafka") : null, options.kafkaPort());
			DemoClock clock = new DemoClock();
			command = service(CommandServiceApplication.class, CommandServiceApplication.CONFIG_NAME, postgres,
					postgres.database("finsam_events"), kafka, options, List.of(), clock);
			// The auditor's report reads the history's verification from the command
			// side.
			query = service(QueryServiceApplication.class, QueryServiceApplication.CONFIG_NAME, postgres,
					postgres.database("finsam_projections"), kafka, options,
					List.of("finsam.history.verification-url=http://127.0.0.1:" + port(command)
							+ "/api/history/verification"),
					null);
			web = web(port(command), port(query), options);
			Gateway gateway = Gateway.start(options.port(), port(command), port(query), port(web));
			return new LocalStack(postgres, kafka, command, query, web, gateway, clock);
		}
		catch (Exception | Error ex) {
			// Leave nothing running behind a failed start.
			for (AutoCloseable started : new AutoCloseable[] { web, query, command, kafka, postgres }) {
				if (started != null) {
					started.close();
				}
			}
			throw ex;
		}
	}

	private static ConfigurableApplicationContext service(Class<?> application, String configName,
			EmbeddedPostgresServer postgres, String jdbcUrl, EmbeddedKafkaBroker kafka, Options options,
			List<String> own, Clock clock) {
		List<String> properties = new ArrayList<>(
				List.of(configName, "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
						"spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + postgres.username(),
						"spring.datasource.password=" + postgres.password(),
						// The data subjects' keys: a database of their own that both
						// services reach.
						"finsam.personal-data.key-store.url=" + postgres.database("finsam_keys"),
						"finsam.personal-data.key-store.username=" + postgres.username(),
						"finsam.personal-data.key-store.password=" + postgres.password(),
						"axon.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
						// Local only: the demo users' login (docs/security.md) and the
						// keys that seal personal data (docs/personal-data.md).
						"spring.config.import=classpath:local-users.properties,classpath:local-keys.properties"));
		// The web UI's page rendering shares the class path; the services render no
		// pages.
		properties.add(
				"spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration");
		properties.addAll(own);
		properties.addAll(options.extraProperties());
		// As command-line arguments, so that they win over the service's own
		// configuration file.
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
		if (clock != null) {
			builder.initializers((context) -> context.getBeanFactory().registerSingleton("demoClock", clock));
		}
		return builder.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	/** The web UI: no database, no broker; it reaches both sides over HTTP. */
	private static ConfigurableApplicationContext web(int commandPort, int queryPort, Options options) {
		List<String> properties = new ArrayList<>(
				List.of(WebApplication.CONFIG_NAME, "server.port=0", "server.address=127.0.0.1",
						"spring.main.banner-mode=off", "finsam.web.command-url=http://127.0.0.1:" + commandPort,
						"finsam.web.query-url=http://127.0.0.1:" + queryPort));
		properties.addAll(options.extraProperties());
		return new SpringApplicationBuilder(WebApplication.class)
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * The one address where everything is reached, e.g. {@code http://localhost:8080}.
	 */
	public String address() {
		return "http://localhost:" + this.gateway.port();
	}

	public ConfigurableApplicationContext commandService() {
		return this.commandService;
	}

	public ConfigurableApplicationContext queryService() {
		return this.queryService;
	}

	/** The command side's clock, which the demo moves through the year it loads. */
	DemoClock commandClock() {
		return this.commandClock;
	}

	public EmbeddedKafkaBroker kafka() {
		return this.kafka;
	}

	public EmbeddedPostgresServer postgres() {
		return this.postgres;
	}

	@Override
	public void close() {
		this.gateway.close();
		this.web.close();
		this.queryService.close();
		this.commandService.close();
		this.kafka.close();
		this.postgres.close();
	}

}
