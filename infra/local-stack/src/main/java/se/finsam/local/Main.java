package se.finsam.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-stack-exec.jar [--demo] [--data-dir=DIR] [--port=N]}: runs the
 * product on embedded PostgreSQL and Kafka until stopped (Ctrl+C). Data stays in
 * {@code DIR} (default {@code ./data}) between runs. {@code --verify-history} instead
 * verifies the stored history against its checkpoints and exits.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of("data");
		int port = 8080;
		boolean demo = false;
		boolean verify = false;
		List<String> properties = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--demo")) {
				demo = true;
			}
			else if (arg.equals("--verify-history")) {
				verify = true;
			}
			else if (arg.startsWith("--data-dir=")) {
				data = Path.of(arg.substring("--data-dir=".length()));
			}
			else if (arg.startsWith("--port=")) {
				port = Integer.parseInt(arg.substring("--port=".length()));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				properties.add(arg.substring(2));
			}
			else {
				System.err.println("Okänt argument: " + arg);
				System.err.println(
						"Användning: [--demo] [--verify-history] [--data-dir=KATALOG] [--port=PORT] [--egenskap=värde]");
				System.exit(2);
			}
		}
		if (verify) {
			System.exit(HistoryCheck.run(data.toAbsolutePath(), System.out));
		}
		LocalStack stack = LocalStack
			.start(new LocalStack.Options(data.toAbsolutePath(), port, 54329, 19092, properties));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "local-stack-shutdown"));
		if (demo) {
			System.out.println(DemoData.load(stack, data.toAbsolutePath()));
		}
		System.out.println();
		System.out.println("  Allt nås på " + stack.address() + "   (data i " + data.toAbsolutePath() + ")");
		System.out.println("  Logga in som kansli/kansli. Avsluta med Ctrl+C.");
		System.out.println();
		stopped.await();
	}

}
