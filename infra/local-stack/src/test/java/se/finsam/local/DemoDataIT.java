package se.finsam.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo that `./run-local --demo` loads: the association and its plan, once per data
 * directory.
 */
class DemoDataIT {

	@Test
	void loadsTheDemoAssociationAndItsPlanOnce(@TempDir Path data) throws Exception {
		String address = SharedStack.get().address();
		String first = DemoData.load(address, data);
		assertThat(first).contains("Demoförbundet är registrerat").contains("verksamhetsplan och budget 2025");
		String association = Files.readString(data.resolve("demo-association")).strip();
		String plan = first.substring(first.indexOf("/api/plans/")).strip();
		SharedStack.await("the demo plan on the query side", java.time.Duration.ofSeconds(60),
				() -> SharedStack.send("GET", plan, "revisor", null).status() == 200);
		assertThat(SharedStack.send("GET", plan, "revisor", null).body().get("associationId").asText())
			.isEqualTo(association);
		assertThat(DemoData.load(address, data)).contains("Demoförbundet finns redan");
	}

}
