package se.finsam.benchmarks;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.AppInfoParser;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.util.MavenArtifactVersionResolver;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.SpringBootVersion;

import se.finsam.command.history.HistoryVerifier;
import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.local.LocalStack;

/**
 * {@code ./run-benchmarks [--quick]}: measures the product against its baselines on this
 * machine, with real PostgreSQL (fsync and synchronous commit on) and Kafka (acks=all,
 * idempotent producer), and rewrites the results in {@code docs/benchmarks.md}. See that
 * page for what each figure means.
 */
public final class BenchmarkSuite {

	private static final long SEED = 20251010L;

	private static final String TOPIC = "finsam.events";

	private static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on",
			"full_page_writes", "on");

	private static final List<String> PROJECTIONS = List.of("association", "audit", "intervention", "plan");

	private final Sizes sizes;

	private final Path data;

	private final Report report = new Report();

	private Api api;

	private DataSource projections;

	private LocalStack stack;

	private String templateAssociation;

	private Instant started;

	/** How big and how long: the full suite, or a quick one for development. */
	record Sizes(String name, int associations, int years, long events, int runs, double writeSeconds,
			double windowSeconds, long scanEvents, long perfRecords, int templateMeetings, int publishSlice,
			double publishWindowSeconds) {

		static Sizes full() {
			return new Sizes("full", 75, 10, 250_000, 5, 4, 10, 100_000, 100_000, 6, 2_000, 3);
		}

		Sizes withEvents(long count) {
			return new Sizes(this.name + ", " + count + " events", this.associations, this.years, count, this.runs,
					this.writeSeconds, this.windowSeconds, this.scanEvents, this.perfRecords, this.templateMeetings,
					this.publishSlice, this.publishWindowSeconds);
		}

		static Sizes quick() {
			return new Sizes("quick", 5, 2, 20_000, 5, 1.5, 3, 10_000, 20_000, 2, 600, 1);
		}

	}

	private BenchmarkSuite(Sizes sizes, Path data) {
		this.sizes = sizes;
		this.data = data;
	}

	public static void main(String[] args) throws Exception {
		Sizes sizes = Sizes.full();
		Path document = Path.of("docs/benchmarks.md");
		long events = 0;
		for (String arg : args) {
			if (arg.equals("--quick")) {
				sizes = Sizes.quick();
			}
			else if (arg.startsWith("--events=")) {
				events = Long.parseLong(arg.substring("--events=".length()));
			}
			else if (arg.startsWith("--doc=")) {
				document = Path.of(arg.substring("--doc=".length()));
			}
			else {
				System.err.println("Usage: [--quick] [--events=N] [--doc=docs/benchmarks.md]");
				System.exit(2);
			}
		}
		if (events > 0) {
			sizes = sizes.withEvents(events);
		}
		Path data = Path.of("infra/benchmarks/target/benchmark-data").toAbsolutePath();
		deleteRecursively(data);
		BenchmarkSuite suite = new BenchmarkSuite(sizes, data);
		String results = suite.run();
		ResultsDocument.rewrite(document, results);
		System.out.println(results);
		deleteRecursively(data);
		System.exit(0);
	}

	private String run() throws Exception {
		this.started = Instant.now();
		this.report.fact("run", this.started.truncatedTo(ChronoUnit.SECONDS) + ", sizes: " + this.sizes.name());
		this.report.fact("machine", Machine.cores() + " cores, " + Stats.number(Machine.memoryGiB(), 1)
				+ " GiB memory; disk: " + fsync() + "; shared with other builds while it ran: see the note below");
		this.report
			.fact("versions",
					"Java " + System.getProperty("java.version") + ", Spring Boot " + SpringBootVersion.getVersion()
							+ ", Axon Framework "
							+ new MavenArtifactVersionResolver("org.axonframework", "axon-messaging",
									BenchmarkSuite.class.getClassLoader())
								.get()
							+ ", Kafka " + AppInfoParser.getVersion());
		Stats.Summary writeAt16;
		Growth atZero;
		// The same broker ports in every phase: the kept Kafka log directory names its
		// controller.
		int kafkaPort = freePorts();
		LocalStack.Options options = new LocalStack.Options(this.data, 0, 0, kafkaPort,
				List.of("logging.level.root=WARN"), DURABLE);
		HistoryGenerator.Template template;
		step("the stack starts; the template year is recorded through the API");
		try (LocalStack stack = LocalStack.start(options)) {
			use(stack);
			DataSource events = dataSource(stack.postgres(), "finsam_events");
			this.report.fact("durability",
					"PostgreSQL " + setting(events, "server_version") + " with fsync=" + setting(events, "fsync")
							+ ", synchronous_commit=" + setting(events, "synchronous_commit") + ", full_page_writes="
							+ setting(events, "full_page_writes")
							+ "; Kafka producers acks=all, enable.idempotence=true");
			this.templateAssociation = new TemplateYear(this.api, events).record(this.sizes.templateMeetings());
			template = HistoryGenerator.Template.load(events, this.templateAssociation, TemplateYear.YEAR);
			awaitCaughtUp(stack, events);
			step("memory idle");
			Thread.sleep(5_000);
			System.gc();
			Stats.Runs idle = new Stats.Runs();
			for (int i = 0; i < 3; i++) {
				idle.add(Memory.stackMiB(this.data.resolve("postgres")));
				Thread.sleep(1_000);
			}
			this.report.figure("peak memory of the local stack, idle (MiB; JVM RSS + PostgreSQL PSS)",
					idle.summary().format(0), null, null, "≤ 1 536 MiB", idle.summary().median() <= 1536);
			step("growth at 0 stored events");
			atZero = growth(events);
			writeAt16 = writes(stack, events);
			freshness(writeAt16);
			// Everything so far on the topic, so that the generated history follows it
			// there.
			long stored = count(events, "SELECT count(*) FROM domainevententry");
			await("Kafka", Duration.ofMinutes(15), () -> endOffsets(stack, TOPIC) >= stored);
		}
		step("the history is generated into the event store");
		long generated;
		double averageBytes;
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(this.data.resolve("postgres"), 0,
				DURABLE)) {
			DataSource events = dataSource(postgres, "finsam_events");
			HistoryGenerator.Shape shape = HistoryGenerator.Shape.of(template, this.sizes.associations(),
					this.sizes.years(), this.sizes.events());
			long start = System.nanoTime();
			generated = new HistoryGenerator(template, SEED).write(events, shape, TemplateYear.YEAR,
					Instant.now().minus(Duration.ofDays(1)));
			double generation = (System.nanoTime() - start) / 1e9;
			HistoryGenerator.sealHistory(events, "Genererad historik för mätningarna");
			tokensAtHead(events);
			long stored = count(events, "SELECT count(*) FROM domainevententry");
			averageBytes = count(events,
					"SELECT avg(octet_length(payload) + coalesce(octet_length(metadata), 0)) FROM domainevententry");
			this.report.fact("history", Stats.number(stored, 0) + " events (" + shape.associations()
					+ " associations × " + shape.years() + " years, the template year's cases ×" + shape.repetitions()
					+ " a year; " + template.setup().size() + " events of registration and rules, "
					+ template.yearly().size() + " of one year's plan and cases, recorded through the API), "
					+ Stats.number(averageBytes, 0)
					+ " bytes of payload and metadata on average; generated with COPY in " + Stats.number(generation, 0)
					+ " s (" + Stats.number(generated / generation, 0) + " events/s), seed " + SEED);
			verification(events);
		}
		step("the stack starts on the history: publishing to Kafka");
		try (LocalStack stack = LocalStack.start(options)) {
			use(stack);
			DataSource events = dataSource(stack.postgres(), "finsam_events");
			EventProcessingConfiguration query = stack.queryService().getBean(EventProcessingConfiguration.class);
			// Paused once each has claimed its segment: stopping a processor that is
			// still
			// claiming can leave its claim behind until the stack restarts.
			await("the query side's processors", Duration.ofMinutes(5),
					() -> query.eventProcessors()
						.values()
						.stream()
						.allMatch((processor) -> !((StreamingEventProcessor) processor).processingStatus().isEmpty()));
			query.eventProcessors().values().forEach(EventProcessor::shutDown);
			long history = count(events, "SELECT count(*) FROM domainevententry");
			step("the history is put on the topic");
			double loaded = KafkaLoader.load(stack.commandService(), stack.kafka().bootstrapServers(), TOPIC,
					endOffsets(stack, TOPIC), history);
			this.report.note("The generated history was put on the topic with the command side's own event store "
					+ "stream and message converter and a batching producer (acks=all, idempotent), at "
					+ Stats.number(loaded, 0) + " events/s, because the product's publisher would need hours "
					+ "for it (see the publish rate).");
			publishing(stack, events, averageBytes);
			long stored = count(events, "SELECT count(*) FROM domainevententry");
			scanBaseline(stack, events);
			step("the projections rebuild over the history");
			rebuild(query);
			query.eventProcessors().values().forEach(EventProcessor::shutDown);
			auditorsReplay();
			step("growth at " + stored + " stored events");
			Growth atHistory = growth(events);
			growthFigures(atZero, atHistory, stored);
		}
		step("the stack restarts with Axon's default processor settings");
		List<String> defaults = new ArrayList<>(List.of("logging.level.root=WARN"));
		PROJECTIONS.forEach((name) -> defaults.add("axon.eventhandling.processors." + name + ".batch-size=1"));
		try (LocalStack stack = LocalStack
			.start(new LocalStack.Options(this.data, 0, 0, kafkaPort, defaults, DURABLE))) {
			use(stack);
			defaultRebuild();
		}
		this.report.fact("duration", Duration.between(this.started, Instant.now()).toSeconds() + " s");
		return this.report.markdown();
	}

	// -- figures ------------------------------------------------------------------------

	/**
	 * Commands through the HTTP API (registering an association: one command, one new
	 * aggregate, one event) against a plain JDBC insert and commit of the same bytes into
	 * a copy of the event table, at 1, 4 and 16 clients, run by run side by side.
	 */
	private Stats.Summary writes(LocalStack stack, DataSource events) throws Exception {
		StoredEvent sample = sampleRegistration(events);
		execute(events, "DROP TABLE IF EXISTS bench_domainevententry",
				"CREATE TABLE bench_domainevententry (LIKE domainevententry INCLUDING ALL)",
				"CREATE SEQUENCE IF NOT EXISTS bench_domainevententry_seq",
				"ALTER TABLE bench_domainevententry ALTER COLUMN globalindex SET DEFAULT nextval('bench_domainevententry_seq')");
		String body = Api.JSON.writeValueAsString(TemplateYear.association());
		Stats.Summary ours16 = null;
		for (int clients : new int[] { 1, 4, 16 }) {
			step("writes, " + clients + " clients");
			Connection[] connections = new Connection[clients];
			for (int c = 0; c < clients; c++) {
				connections[c] = events.getConnection();
				connections[c].setAutoCommit(false);
			}
			Stats.Runs ours = new Stats.Runs();
			Stats.Runs baseline = new Stats.Runs();
			Stats.Runs oursP50 = new Stats.Runs();
			Stats.Runs oursP95 = new Stats.Runs();
			Stats.Runs oursP99 = new Stats.Runs();
			Stats.Runs baseP50 = new Stats.Runs();
			Stats.Runs baseP95 = new Stats.Runs();
			Stats.Runs baseP99 = new Stats.Runs();
			Stats.Runs memory = new Stats.Runs();
			for (int run = 0; run < this.sizes.runs(); run++) {
				AtomicReference<Double> peak = new AtomicReference<>(0.0);
				AtomicBoolean sampling = new AtomicBoolean(clients == 16);
				Thread sampler = new Thread(() -> {
					while (sampling.get()) {
						peak.accumulateAndGet(Memory.stackMiB(this.data.resolve("postgres")), Math::max);
						sleep(500);
					}
				});
				sampler.start();
				ClientLoad.Result http = ClientLoad.run(clients, this.sizes.writeSeconds(), 0, (client) -> {
					Api.Response response = this.api.send("POST", "/api/associations", "kansli", body);
					if (response.status() != 201) {
						throw new IllegalStateException(response.status() + " " + response.text());
					}
				});
				sampling.set(false);
				sampler.join();
				if (clients == 16) {
					memory.add(peak.get());
				}
				ClientLoad.Result jdbc = ClientLoad.run(clients, this.sizes.writeSeconds(), 0,
						(client) -> insert(connections[client], sample));
				ours.add(http.perSecond());
				oursP50.add(http.percentile(50));
				oursP95.add(http.percentile(95));
				oursP99.add(http.percentile(99));
				baseline.add(jdbc.perSecond());
				baseP50.add(jdbc.percentile(50));
				baseP95.add(jdbc.percentile(95));
				baseP99.add(jdbc.percentile(99));
			}
			for (Connection connection : connections) {
				connection.close();
			}
			boolean sixteen = clients == 16;
			double ratio = Stats.ratio(ours.summary(), baseline.summary());
			this.report.figure("commands/s, " + clients + " client" + ((clients > 1) ? "s" : ""),
					ours.summary().format(0), baseline.summary().format(0), ratio, sixteen ? "≥ 0,5× baseline" : "–",
					sixteen ? ratio >= 0.5 : null);
			this.report.figure("latency p50 / p95 ms, " + clients + " client" + ((clients > 1) ? "s" : ""),
					oursP50.summary().format(1) + " / " + oursP95.summary().format(1),
					baseP50.summary().format(1) + " / " + baseP95.summary().format(1),
					Stats.ratio(oursP50.summary(), baseP50.summary()), "–", null);
			double p99Ratio = Stats.ratio(oursP99.summary(), baseP99.summary());
			this.report.figure("latency p99 ms, " + clients + " client" + ((clients > 1) ? "s" : ""),
					oursP99.summary().format(1), baseP99.summary().format(1), p99Ratio, sixteen ? "≤ 3× baseline" : "–",
					sixteen ? p99Ratio <= 3 : null);
			if (sixteen) {
				ours16 = ours.summary();
				this.report.figure("peak memory of the local stack under the 16-client load (MiB)",
						memory.summary().format(0), null, null, "reported", null);
			}
		}
		this.report.note("Writes: each HTTP command registers an association (one command, one new aggregate, one "
				+ "event of " + sample.bytes() + " bytes of payload and metadata) as a local user through the gateway; "
				+ "the baseline inserts the same payload and metadata bytes with a new aggregate and event id into "
				+ "`bench_domainevententry` (created LIKE the event table INCLUDING ALL: same columns, primary key and "
				+ "unique indexes) and commits, one connection per client. Each run lasts " + this.sizes.writeSeconds()
				+ " s; ours and the baseline alternate run by run. Measured before the history is generated (the "
				+ "growth rows show the append rate with the history in place); the query side runs as usual.");
		return ours16;
	}

	private void freshness(Stats.Summary writeAt16) throws Exception {
		step("freshness at half the sustained load");
		double rate = writeAt16.median() / 2;
		String body = Api.JSON.writeValueAsString(TemplateYear.association());
		Stats.Runs p50 = new Stats.Runs();
		Stats.Runs p99 = new Stats.Runs();
		for (int run = 0; run < this.sizes.runs(); run++) {
			List<Double> visible = java.util.Collections.synchronizedList(new ArrayList<>());
			ClientLoad.run(16, this.sizes.writeSeconds() * 2, rate, (client) -> {
				Api.Response response = this.api.send("POST", "/api/associations", "kansli", body);
				long accepted = System.nanoTime();
				String id = response.json().get("associationId").asText();
				while (this.api.send("GET", "/api/associations/" + id, "kansli", null).status() != 200) {
					if (System.nanoTime() - accepted > 60_000_000_000L) {
						throw new IllegalStateException("Not visible after 60 s: " + id);
					}
					Thread.sleep(2);
				}
				visible.add((System.nanoTime() - accepted) / 1e6);
			});
			double[] values = visible.stream().mapToDouble(Double::doubleValue).toArray();
			p50.add(Stats.percentile(values.clone(), 50));
			p99.add(Stats.percentile(values, 99));
		}
		this.report.figure("freshness p50 ms, command accepted → visible in the query API, at " + Stats.number(rate, 0)
				+ " commands/s (half of ours at 16 clients)", p50.summary().format(0), null, null, "–", null);
		this.report.figure("freshness p99 ms, same load", p99.summary().format(0), null, null, "≤ 500 ms",
				p99.summary().median() <= 500);
		this.report
			.note("Freshness: 16 clients start commands at the given total rate for " + this.sizes.writeSeconds() * 2
					+ " s a run; after each 201 the client polls `GET /api/associations/{id}` every 2 ms until it "
					+ "answers 200; the time from the 201 to the 200.");
	}

	/**
	 * The real publisher's rate from the store to Kafka while nothing else runs (the
	 * query side's processors are paused), against Kafka's own producer performance tool
	 * with the same record size, acks=all and idempotence.
	 */
	private void publishing(LocalStack stack, DataSource events, double averageBytes) throws Exception {
		long onTopic = endOffsets(stack, TOPIC);
		int slice = this.sizes.publishSlice();
		step("publishing " + slice + " new events");
		StoredEvent sample = sampleRegistration(events);
		try (Connection connection = events.getConnection()) {
			HistoryGenerator.Rows rows = new HistoryGenerator.Rows(connection);
			for (int i = 0; i < slice; i++) {
				rows.add(new StoredEvent(UUID.randomUUID().toString(), 0, sample.type(), UUID.randomUUID().toString(),
						sample.metadata(), sample.payload(), sample.payloadRevision(), sample.payloadType(),
						Instant.now().toString()));
			}
			rows.flush();
		}
		long stored = onTopic + slice;
		List<Double> windows = new ArrayList<>();
		long start = System.nanoTime();
		long last = endOffsets(stack, TOPIC);
		long lastAt = System.nanoTime();
		while (last < stored) {
			sleep((long) (this.sizes.publishWindowSeconds() * 1000));
			long now = endOffsets(stack, TOPIC);
			long at = System.nanoTime();
			if (now < stored && windows.size() < this.sizes.runs()) {
				windows.add((now - last) / ((at - lastAt) / 1e9));
			}
			last = now;
			lastAt = at;
			if (at - start > 1_800_000_000_000L) {
				throw new IllegalStateException("Publishing did not finish in 30 minutes: " + now + " of " + stored);
			}
		}
		double total = slice / ((System.nanoTime() - start) / 1e9);
		if (windows.isEmpty()) {
			windows.add(total);
		}
		step("Kafka's producer performance tool");
		int recordSize = (int) Math.round(averageBytes);
		createTopic(stack, "bench.producer-performance");
		Stats.Runs baseline = new Stats.Runs();
		for (int run = 0; run < this.sizes.runs(); run++) {
			baseline.add(producerPerformance(stack, recordSize));
		}
		Stats.Summary ours = Stats.summary(windows);
		double ratio = Stats.ratio(ours, baseline.summary());
		this.report.figure("publish rate store → Kafka, events/s", ours.format(0), baseline.summary().format(0), ratio,
				"≥ 0,5× baseline", ratio >= 0.5);
		this.report.note("Publishing: " + slice + " new events (copies of a registration, written to the store "
				+ "with COPY in one go) are published by the product's tracking publisher (acks=all, idempotent, "
				+ "each send awaited, then its token committed), with the query side paused; ours is the rate in "
				+ this.sizes.publishWindowSeconds() + " s windows of that pass (" + windows.size() + " windows; "
				+ Stats.number(total, 0) + " events/s over the whole slice). The baseline is "
				+ "`org.apache.kafka.tools.ProducerPerformance` " + AppInfoParser.getVersion() + ", "
				+ this.sizes.perfRecords() + " records of " + recordSize
				+ " bytes (the history's mean payload and metadata) to a 6-partition topic, acks=all, "
				+ "enable.idempotence=true, as many runs as the other figures.");
	}

	private double producerPerformance(LocalStack stack, int recordSize) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "org.apache.kafka.tools.ProducerPerformance", "--topic",
				"bench.producer-performance", "--num-records", Long.toString(this.sizes.perfRecords()), "--record-size",
				Integer.toString(recordSize), "--throughput", "-1", "--producer-props",
				"bootstrap.servers=" + stack.kafka().bootstrapServers(), "acks=all", "enable.idempotence=true")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Matcher last = Pattern.compile("records sent, ([0-9.]+) records/sec").matcher(output);
		String rate = null;
		while (last.find()) {
			rate = last.group(1);
		}
		if (rate == null) {
			throw new IllegalStateException("ProducerPerformance printed no result: " + output);
		}
		return Double.parseDouble(rate);
	}

	/**
	 * The rebuild of all four projections from offset 0 (the projections' first build
	 * over the whole history, which does a replay's work: every processor from the start
	 * of the topic into empty tables), against a plain JDBC keyset scan that deserialises
	 * the same events into the event classes and does nothing else.
	 */
	private void rebuild(EventProcessingConfiguration query) throws Exception {
		query.eventProcessors().values().forEach(EventProcessor::start);
		List<Double> windows = windows(5);
		Stats.Summary ours = Stats.summary(windows);
		double ratio = Stats.ratio(ours, this.scan);
		this.report.figure("projection rebuild, all four projections, events/s", ours.format(0), this.scan.format(0),
				ratio, "≥ 0,5× baseline", ratio >= 0.5);
		this.rebuildRate = ours;
		this.report.note("Rebuild: the four projections (association, audit, intervention, plan) with their real "
				+ "processors (batch size 100, DLQ on) read the generated history from the topic into their tables: "
				+ "the work of a rebuild. Ours is the rate at which the slowest of them advances, from "
				+ "`GET /api/admin/projections`, in " + windows.size() + " windows of " + this.sizes.windowSeconds()
				+ " s after a 5 s start; the whole history was not waited for (at these rates it takes far longer "
				+ "than the suite may). The baseline reads " + this.sizes.scanEvents()
				+ " events by keyset (`globalindex > ? ORDER BY globalindex LIMIT 1000`) and deserialises payload "
				+ "and metadata with the product's own Axon serializer, in as many runs.");
	}

	private Stats.Summary scan;

	private Stats.Summary rebuildRate;

	private void scanBaseline(LocalStack stack, DataSource events) throws Exception {
		step("JDBC keyset scan");
		Serializer serializer = stack.queryService()
			.getBean(org.axonframework.config.Configuration.class)
			.eventSerializer();
		Stats.Runs runs = new Stats.Runs();
		for (int run = 0; run < this.sizes.runs(); run++) {
			long start = System.nanoTime();
			long read = 0;
			long position = -1;
			try (Connection connection = events.getConnection();
					PreparedStatement statement = connection.prepareStatement("""
							SELECT globalindex, payloadtype, payloadrevision, payload, metadata FROM domainevententry
							WHERE globalindex > ? ORDER BY globalindex LIMIT 1000""")) {
				while (read < this.sizes.scanEvents()) {
					statement.setLong(1, position);
					int batch = 0;
					try (ResultSet rows = statement.executeQuery()) {
						while (rows.next()) {
							position = rows.getLong(1);
							serializer.deserialize(new SimpleSerializedObject<>(rows.getBytes(4), byte[].class,
									rows.getString(2), rows.getString(3)));
							serializer.deserialize(new SimpleSerializedObject<>(rows.getBytes(5), byte[].class,
									MetaData.class.getName(), null));
							batch++;
						}
					}
					read += batch;
					if (batch == 0) {
						break;
					}
				}
			}
			runs.add(read / ((System.nanoTime() - start) / 1e9));
		}
		this.scan = runs.summary();
	}

	private void defaultRebuild() throws Exception {
		List<Double> windows = windows(5);
		Stats.Summary naive = Stats.summary(windows);
		double ratio = Stats.ratio(this.rebuildRate, naive);
		this.report.figure("the same rebuild with Axon's default processor settings (batch size 1), events/s",
				naive.format(0), null, null, "ours ≥ 5× this", ratio >= 5);
		this.report.note("Default settings: the stack restarted with `batch-size=1` (Axon's default: one transaction "
				+ "and one token update per event) for the four projections, which go on through the same history "
				+ "where the rebuild above left them; the rate in " + windows.size() + " windows of "
				+ this.sizes.windowSeconds() + " s after a 5 s start. Ours is " + Stats.number(ratio, 1)
				+ "× this rate.");
	}

	/**
	 * The slowest projection's advance per second in consecutive windows, until it
	 * reaches {@code until} or the runs are done.
	 */
	private List<Double> windows(int settleSeconds) throws Exception {
		sleep(settleSeconds * 1000L);
		List<Double> windows = new ArrayList<>();
		long last = processed();
		long lastAt = System.nanoTime();
		while (windows.size() < this.sizes.runs()) {
			sleep((long) (this.sizes.windowSeconds() * 1000));
			long now = processed();
			long at = System.nanoTime();
			long head = head();
			if (now >= head) {
				break;
			}
			windows.add((now - last) / ((at - lastAt) / 1e9));
			last = now;
			lastAt = at;
		}
		if (windows.isEmpty()) {
			throw new IllegalStateException(
					"The history is too small to measure a rebuild in windows of " + this.sizes.windowSeconds() + " s");
		}
		return windows;
	}

	private long head() {
		return endOffsets(this.stack, TOPIC);
	}

	/**
	 * How far the slowest projection has come, in events: the sum of its positions in the
	 * topic's partitions, as its token in the projection database holds them.
	 */
	private long processed() {
		long slowest = Long.MAX_VALUE;
		try (Connection connection = this.projections.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT processorname, convert_from(token, 'UTF8') FROM tokenentry
						WHERE processorname IN ('association', 'audit', 'intervention', 'plan')""")) {
			int found = 0;
			while (rows.next()) {
				long position = 0;
				JsonNode token = Api.JSON.readTree(rows.getString(2));
				// A processor on its first pass holds a replay token around its current
				// one.
				while (!token.has("positions") && token.has("currentToken")) {
					token = token.get("currentToken");
				}
				JsonNode positions = token.path("positions");
				for (JsonNode partition : positions) {
					position += partition.asLong() + 1;
				}
				slowest = Math.min(slowest, position);
				found++;
			}
			return (found == PROJECTIONS.size()) ? slowest : 0;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The product's own verifier over the whole history (every leaf hash recomputed from
	 * the stored bytes, then the tree), against {@code sha256sum} over a file of the same
	 * bytes.
	 */
	private void verification(DataSource events) throws Exception {
		step("verification of the history");
		Path file = this.data.resolve("history.bytes");
		long bytes = writeLeafBytes(events, file);
		Stats.Runs ours = new Stats.Runs();
		Stats.Runs baseline = new Stats.Runs();
		HistoryVerifier verifier = new HistoryVerifier(events);
		for (int run = 0; run < this.sizes.runs(); run++) {
			long start = System.nanoTime();
			if (!verifier.verify().valid()) {
				throw new IllegalStateException("The generated history does not verify");
			}
			ours.add(bytes / 1e6 / ((System.nanoTime() - start) / 1e9));
			start = System.nanoTime();
			Process sha = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
			sha.getInputStream().readAllBytes();
			if (sha.waitFor() != 0) {
				throw new IllegalStateException("sha256sum failed");
			}
			baseline.add(bytes / 1e6 / ((System.nanoTime() - start) / 1e9));
		}
		Files.delete(file);
		double ratio = Stats.ratio(ours.summary(), baseline.summary());
		this.report.figure("full verification of the history's hash structure, MB/s", ours.summary().format(0),
				baseline.summary().format(0), ratio, "≥ 0,5× baseline", ratio >= 0.5);
		this.report.note("Verification: `HistoryVerifier.verify()` (the command side's own code, as "
				+ "`./run-local --verify-history` runs it) over " + Stats.number(bytes / 1e6, 0)
				+ " MB of leaf data (every stored column of every event, length-prefixed) and its checkpoints; "
				+ "`sha256sum` hashes a file of exactly those bytes (written once, read from the page cache).");
	}

	/** Every leaf's bytes, in leaf order, as the verifier reads them. */
	private static long writeLeafBytes(DataSource events, Path file) throws Exception {
		long total = 0;
		try (Connection connection = events.getConnection();
				OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
				DataOutputStream out = new DataOutputStream(stream)) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement("""
					SELECT e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type, e.payloadtype,
						e.payloadrevision, e.timestamp, e.payload, e.metadata
					FROM history_leaf l JOIN domainevententry e ON e.globalindex = l.global_index
					ORDER BY l.leaf_index""")) {
				statement.setFetchSize(5_000);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						for (int column = 1; column <= 9; column++) {
							byte[] value = (column <= 7)
									? ((rows.getString(column) != null)
											? rows.getString(column).getBytes(StandardCharsets.UTF_8) : new byte[0])
									: ((rows.getBytes(column) != null) ? rows.getBytes(column) : new byte[0]);
							out.writeInt(value.length);
							out.write(value);
							total += 4 + value.length;
						}
					}
				}
			}
		}
		return total;
	}

	/**
	 * One association's full year as the auditor's report, from a generated association.
	 */
	private void auditorsReplay() throws Exception {
		step("the auditor's replay");
		String association = this.templateAssociation;
		int year = TemplateYear.YEAR;
		Stats.Runs runs = new Stats.Runs();
		int size = 0;
		for (int run = 0; run < this.sizes.runs(); run++) {
			long start = System.nanoTime();
			Api.Response response = this.api.send("GET",
					"/api/associations/" + association + "/auditor-report/" + year + ".html", "revisor", null);
			runs.add((System.nanoTime() - start) / 1e9);
			if (response.status() != 200) {
				throw new IllegalStateException("The auditor's report answered " + response.status() + ": "
						+ response.text().substring(0, Math.min(500, response.text().length())));
			}
			size = response.text().length();
		}
		this.report.figure("one association's full year replayed into the auditor's report, s",
				runs.summary().format(2), null, null, "≤ 2 s", runs.summary().median() <= 2);
		this.report.note("Auditor's replay: `GET /api/associations/{id}/auditor-report/" + year
				+ ".html` as the auditor, for the template association's year (recorded through the API, "
				+ this.sizes.templateMeetings() + " meetings; its views complete), with the generated history in "
				+ "the same store and tables (" + Stats.number(size, 0) + " characters of report).");
	}

	/**
	 * Append throughput (4 clients, HTTP) and a register query's latency at this size.
	 */
	record Growth(Stats.Summary append, Stats.Summary query) {
	}

	private Growth growth(DataSource events) throws Exception {
		String body = Api.JSON.writeValueAsString(TemplateYear.association());
		Stats.Runs append = new Stats.Runs();
		Stats.Runs query = new Stats.Runs();
		String register = "/api/associations/" + this.templateAssociation + "/applications";
		for (int run = 0; run < this.sizes.runs(); run++) {
			append.add(ClientLoad.run(4, this.sizes.writeSeconds(), 0, (client) -> {
				if (this.api.send("POST", "/api/associations", "kansli", body).status() != 201) {
					throw new IllegalStateException("refused");
				}
			}).perSecond());
			ClientLoad.Result reads = ClientLoad.run(1, this.sizes.writeSeconds(), 0, (client) -> {
				if (this.api.send("GET", register, "revisor", null).status() != 200) {
					throw new IllegalStateException("refused");
				}
			});
			query.add(reads.percentile(50));
		}
		return new Growth(append.summary(), query.summary());
	}

	private void growthFigures(Growth atZero, Growth atHistory, long stored) {
		double ratio = Stats.ratio(atHistory.append(), atZero.append());
		this.report.figure("growth: append commands/s (4 clients) at 0 → " + Stats.number(stored, 0) + " events",
				atZero.append().format(0) + " → " + atHistory.append().format(0), null, ratio,
				"at 10M ≥ 0,8× at 0 (10M not measured, see below)", null);
		this.report.figure("growth: applications register p50 ms at 0 → " + Stats.number(stored, 0) + " events",
				atZero.query().format(1) + " → " + atHistory.query().format(1), null,
				Stats.ratio(atHistory.query(), atZero.query()), "reported", null);
		this.report.note("Growth: the ratio column is the later size ÷ the empty store. At 0 the store holds only the "
				+ "template year; the query is `GET /api/associations/{id}/applications` for the template association, "
				+ "one client back to back.");
	}

	// -- helpers ----------------------------------------------------------------------

	private void use(LocalStack stack) {
		this.stack = stack;
		this.api = new Api(stack.address());
		this.projections = dataSource(stack.postgres(), "finsam_projections");
	}

	private String fsync() throws Exception {
		double perSecond = Machine.fdatasyncPerSecond(this.data);
		return (perSecond > 0) ? Stats.number(perSecond, 0) + " fdatasync/s (pg_test_fsync, one 8 kB write each)"
				: "pg_test_fsync not available";
	}

	private void awaitCaughtUp(LocalStack stack, DataSource events) throws Exception {
		long stored = count(events, "SELECT count(*) FROM domainevententry");
		long head = count(events, "SELECT max(globalindex) FROM domainevententry");
		await("the history's processor", Duration.ofMinutes(30), () -> count(events,
				"SELECT coalesce(max((convert_from(token, 'UTF8')::jsonb->>'index')::bigint), -1) FROM tokenentry "
						+ "WHERE processorname = 'history'") >= head);
		await("Kafka", Duration.ofMinutes(30), () -> endOffsets(stack, TOPIC) >= stored);
		await("the projections", Duration.ofMinutes(30), () -> processed() >= endOffsets(stack, TOPIC));
	}

	/**
	 * The history's processor and the publisher start after the generated events: the
	 * leaves are made above, the topic is loaded apart (both would take hours one event
	 * at a time).
	 */
	private static void tokensAtHead(DataSource events) throws SQLException {
		long head = count(events, "SELECT max(globalindex) FROM domainevententry");
		try (Connection connection = events.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						UPDATE tokenentry SET token = convert_to(?, 'UTF8'),
							tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken'
						WHERE processorname IN ('history', '__axon-kafka-event-publishing-group')""")) {
			statement.setString(1, "{\"index\":" + head + ",\"gaps\":[]}");
			if (statement.executeUpdate() != 2) {
				throw new IllegalStateException("The history processor and the publisher have no tokens to move");
			}
		}
	}

	private static StoredEvent sampleRegistration(DataSource events) throws SQLException {
		try (Connection connection = events.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						SELECT aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
							payloadrevision, payloadtype, timestamp FROM domainevententry
						WHERE payloadtype LIKE '%.AssociationRegistered' ORDER BY globalindex DESC LIMIT 1""")) {
			rows.next();
			return new StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getString(4),
					rows.getBytes(5), rows.getBytes(6), rows.getString(7), rows.getString(8), rows.getString(9));
		}
	}

	private static void insert(Connection connection, StoredEvent sample) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"""
						INSERT INTO bench_domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
							metadata, payload, payloadrevision, payloadtype, timestamp) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)""")) {
			statement.setString(1, UUID.randomUUID().toString());
			statement.setString(2, sample.type());
			statement.setString(3, UUID.randomUUID().toString());
			statement.setBytes(4, sample.metadata());
			statement.setBytes(5, sample.payload());
			statement.setString(6, sample.payloadRevision());
			statement.setString(7, sample.payloadType());
			statement.setString(8, Instant.now().toString());
			statement.executeUpdate();
		}
		connection.commit();
	}

	private static long endOffsets(LocalStack stack, String topic) {
		try (Admin admin = Admin.create(adminProperties(stack))) {
			var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
			Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
			partitions.forEach((p) -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
			return admin.listOffsets(latest).all().get().values().stream().mapToLong((info) -> info.offset()).sum();
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static void createTopic(LocalStack stack, String topic) throws Exception {
		try (Admin admin = Admin.create(adminProperties(stack))) {
			admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
		}
	}

	private static Properties adminProperties(LocalStack stack) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
		return properties;
	}

	private static DataSource dataSource(EmbeddedPostgresServer postgres, String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(postgres.jdbcUrl(database));
		dataSource.setUser(postgres.username());
		dataSource.setPassword(postgres.password());
		return dataSource;
	}

	private static String setting(DataSource dataSource, String name) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static long count(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return Math.round(rows.getDouble(1));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(DataSource dataSource, String... sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	private static void await(String what, Duration timeout, BooleanSupplier done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Waited " + timeout + " for " + what);
			}
			sleep(500);
		}
	}

	private void step(String what) {
		System.out.println("[" + Duration.between(this.started, Instant.now()).toSeconds() + " s] " + what);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A free port whose successor is free too (the broker's and its controller's). */
	private static int freePorts() throws IOException {
		for (int attempt = 0; attempt < 100; attempt++) {
			try (ServerSocket first = new ServerSocket(0)) {
				int port = first.getLocalPort();
				try (ServerSocket second = new ServerSocket(port + 1)) {
					return port;
				}
				catch (IOException taken) {
					// try another
				}
			}
		}
		throw new IOException("No two free ports in a row");
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
