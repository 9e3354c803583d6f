package se.finsam.local;

import java.io.PrintStream;
import java.nio.file.Path;

import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.command.history.HistoryVerifier;
import se.finsam.embedded.EmbeddedPostgresServer;

/**
 * {@code ./run-local --verify-history}: verifies the stored history against its sealed
 * checkpoints straight from the database, with the product stopped, and exits 0 when
 * every checkpoint holds, 1 when one does not.
 */
final class HistoryCheck {

	private HistoryCheck() {
	}

	static int run(Path data, PrintStream out) {
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0)) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(postgres.jdbcUrl("finsam_events"));
			dataSource.setUser(postgres.username());
			dataSource.setPassword(postgres.password());
			return report(new HistoryVerifier(dataSource).verify(), out);
		}
	}

	static int report(HistoryVerifier.Verification verification, PrintStream out) {
		out.println("Händelser: " + verification.events() + ", i trädet: " + verification.leaves()
				+ ((verification.pending() > 0) ? ", väntar på att läggas till: " + verification.pending() : ""));
		out.println("Nuvarande rot: " + verification.currentRoot());
		for (HistoryVerifier.CheckpointCheck check : verification.checkpoints()) {
			out.println((check.valid() ? "  OK      " : "  FEL     ") + check.checkpoint().size() + " händelser, "
					+ check.checkpoint().sealedAt() + ", " + check.checkpoint().reason());
			if (!check.valid()) {
				out.println("          förseglad rot " + check.checkpoint().rootHash());
				out.println("          beräknad rot  " + check.recomputedRoot());
			}
		}
		out.println(verification.valid() ? "Historiken är oförändrad sedan varje kontrollpunkt."
				: "Historiken stämmer INTE med kontrollpunkterna: lagrade händelser har ändrats.");
		return verification.valid() ? 0 : 1;
	}

}
