package se.finsam.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), run inside this
 * JVM. Its log directory and ports stay the same across {@link #stop()} and
 * {@link #start()}, so tests can take the broker away and bring it back with its data,
 * and the local stack keeps its topics between runs.
 *
 * <p>
 * Topics are never created implicitly: the services create them with their configured
 * partition count (ADR 0002).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private static final int NODE_ID = 1;

	private final Path logDirectory;

	private final int port;

	private final int controllerPort;

	private KafkaRaftServer server;

	private EmbeddedKafkaBroker(Path logDirectory, int port, int controllerPort) {
		this.logDirectory = logDirectory;
		this.port = port;
		this.controllerPort = controllerPort;
	}

	/**
	 * Formats the log directory if it is new, and starts the broker.
	 * @param logDirectory kept between runs; {@code null} for a temporary one
	 * @param port the client port, {@code 0} for any free port; a given port also fixes
	 * the controller's port to the next one, so a kept log directory meets the same
	 * quorum again
	 */
	public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
		try {
			Path directory = (logDirectory != null) ? Files.createDirectories(logDirectory)
					: Files.createTempDirectory("kafka-");
			EmbeddedKafkaBroker broker = (port > 0) ? new EmbeddedKafkaBroker(directory, port, port + 1)
					: new EmbeddedKafkaBroker(directory, freePort(), freePort());
			broker.start();
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Kafka could not be started", ex);
		}
	}

	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		KafkaConfig config = KafkaConfig.fromProps(properties());
		keepTheProcessAlive();
		formatIfNew(config);
		this.server = new KafkaRaftServer(config, Time.SYSTEM);
		this.server.startup();
	}

	/**
	 * A broker on its own would end its process on a fatal fault (a port it cannot bind,
	 * a log directory it cannot use); inside this JVM that would take both services and
	 * the tests with it, silently. The fault is thrown instead, where it happens.
	 */
	private static void keepTheProcessAlive() {
		Exit.Procedure refuse = (status, message) -> {
			throw new IllegalStateException(
					"The embedded Kafka broker met a fatal fault (status " + status + "): " + message);
		};
		Exit.setExitProcedure(refuse);
		Exit.setHaltProcedure(refuse);
	}

	/** Shuts the broker down; its data stays for the next {@link #start()}. */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.server.shutdown();
		this.server.awaitShutdown();
		this.server = null;
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	public boolean isRunning() {
		return this.server != null;
	}

	@Override
	public void close() {
		stop();
	}

	private Properties properties() {
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", String.valueOf(NODE_ID));
		props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + this.controllerPort);
		props.put("listeners", "PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + this.controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + this.port);
		props.put("controller.listener.names", "CONTROLLER");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("log.dirs", this.logDirectory.toString());
		props.put("auto.create.topics.enable", "false");
		props.put("num.partitions", "1");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "1");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		// Events are kept: the projections can be rebuilt from offset 0.
		props.put("log.retention.ms", "-1");
		return props;
	}

	private void formatIfNew(KafkaConfig config) {
		if (Files.exists(this.logDirectory.resolve("meta.properties"))) {
			return;
		}
		try {
			new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.setNodeId(NODE_ID)
				.setClusterId(Uuid.randomUuid().toString())
				.setControllerListenerName("CONTROLLER")
				.setMetadataLogDirectory(config.metadataLogDir())
				.addDirectory(this.logDirectory.toString())
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.setHasDynamicQuorum(false)
				.setIgnoreFormatted(true)
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka log directory could not be formatted: " + this.logDirectory, ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
