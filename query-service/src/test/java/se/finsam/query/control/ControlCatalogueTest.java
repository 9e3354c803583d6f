package se.finsam.query.control;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented catalogue lists every control the system runs. */
class ControlCatalogueTest {

	@Test
	void everyControlIsDocumented() throws Exception {
		String catalogue = Files.readString(Path.of("../docs/internal-control.md"));
		for (Control control : Control.values()) {
			assertThat(catalogue).as(control.name()).contains("| `" + control.name() + "` |");
		}
	}

}
