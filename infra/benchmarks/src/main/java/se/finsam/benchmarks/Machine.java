package se.finsam.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures were measured on. */
final class Machine {

	private static final Path PG_TEST_FSYNC = Path.of("/usr/lib/postgresql/15/bin/pg_test_fsync");

	private Machine() {
	}

	static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}

	static double memoryGiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
			if (line.startsWith("MemTotal:")) {
				return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024 / 1024;
			}
		}
		return -1;
	}

	/**
	 * Single 8 kB writes followed by fdatasync per second on the disk that holds the
	 * data, from PostgreSQL's own {@code pg_test_fsync}; -1 when it is not installed.
	 */
	static double fdatasyncPerSecond(Path onDisk) throws IOException, InterruptedException {
		if (!Files.isExecutable(PG_TEST_FSYNC)) {
			return -1;
		}
		Files.createDirectories(onDisk);
		Path file = onDisk.resolve("pg_test_fsync.out");
		Process process = new ProcessBuilder(PG_TEST_FSYNC.toString(), "-s", "1", "-f", file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Files.deleteIfExists(file);
		// The first section: one 8 kB write, then the sync method; the fdatasync line.
		Matcher line = Pattern.compile("fdatasync\\s+([0-9.,]+) ops/sec").matcher(output);
		return line.find() ? Double.parseDouble(line.group(1).replace(",", "")) : -1;
	}

}
