package se.finsam.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local stack's memory: the JVM that runs both services and the broker (resident set)
 * plus the PostgreSQL server's processes (proportional set, so the shared buffers count
 * once, not once per connection).
 */
final class Memory {

	private Memory() {
	}

	/** The stack's memory in MiB; the PostgreSQL server found by its data directory. */
	static double stackMiB(Path postgresData) {
		double kib = field(Path.of("/proc/self/status"), "VmRSS:");
		for (long pid : postgresProcesses(postgresData)) {
			kib += field(Path.of("/proc/" + pid + "/smaps_rollup"), "Pss:");
		}
		return kib / 1024;
	}

	private static List<Long> postgresProcesses(Path data) {
		List<Long> pids = new ArrayList<>();
		long postmaster = -1;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
				String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
				if (commandLine.contains("postgres") && commandLine.contains(data.toString())) {
					postmaster = Long.parseLong(process.getFileName().toString());
				}
			}
			if (postmaster < 0) {
				return pids;
			}
			pids.add(postmaster);
			try (Stream<Path> all = Files.list(Path.of("/proc"))) {
				for (Path process : all.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
					String stat = read(process.resolve("stat"));
					if (stat.lastIndexOf(')') < 0 || stat.length() < stat.lastIndexOf(')') + 2) {
						continue;
					}
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					if (fields.length > 1 && fields[1].equals(Long.toString(postmaster))) {
						pids.add(Long.parseLong(process.getFileName().toString()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return pids;
	}

	private static double field(Path file, String name) {
		for (String line : read(file).split("\n")) {
			if (line.startsWith(name)) {
				return Double.parseDouble(line.substring(name.length()).trim().split("\\s+")[0]);
			}
		}
		return 0;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			// A process that ended meanwhile.
			return "";
		}
	}

}
