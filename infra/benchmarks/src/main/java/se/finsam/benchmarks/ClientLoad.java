package se.finsam.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of clients, each sending one operation after another for a while (or,
 * paced, at a given total rate); the operations per second and their latencies.
 */
final class ClientLoad {

	/** One operation, e.g. a command through the API; throws when it fails. */
	@FunctionalInterface
	interface Operation {

		void run(int client) throws Exception;

	}

	/** What a run achieved. */
	record Result(long operations, long failures, double seconds, double[] latenciesMillis) {

		double perSecond() {
			return this.operations / this.seconds;
		}

		double percentile(double p) {
			return Stats.percentile(this.latenciesMillis.clone(), p);
		}

	}

	private ClientLoad() {
	}

	/**
	 * Runs the clients for the given time; with a rate above zero, operations start at
	 * that total rate (spread over the clients) instead of back to back.
	 */
	static Result run(int clients, double seconds, double ratePerSecond, Operation operation) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		AtomicLong failures = new AtomicLong();
		List<Future<List<Double>>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				List<Double> latencies = new ArrayList<>();
				long interval = (ratePerSecond > 0) ? (long) (1e9 * clients / ratePerSecond) : 0;
				long next = start + ((interval > 0) ? interval * client / clients : 0);
				while (true) {
					if (interval > 0) {
						long wait = next - System.nanoTime();
						if (wait > 0) {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
						next += interval;
					}
					long began = System.nanoTime();
					if (began >= end) {
						return latencies;
					}
					try {
						operation.run(client);
						latencies.add((System.nanoTime() - began) / 1e6);
					}
					catch (Exception ex) {
						if (failures.incrementAndGet() == 1) {
							System.err.println("  failed operation: " + ex);
						}
					}
				}
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> future : futures) {
			all.addAll(future.get());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Result(all.size(), failures.get(), elapsed, all.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
