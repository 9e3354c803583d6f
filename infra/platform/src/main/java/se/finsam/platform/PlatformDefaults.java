package se.finsam.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code finsam-platform.properties} as the lowest-precedence settings of every
 * service, early enough for all auto-configuration to see them, and turns off Axon's
 * update check: the product makes no calls home.
 */
class PlatformDefaults implements EnvironmentPostProcessor {

	private static final String UPDATE_CHECK_OFF = "axoniq.update-checker.disabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(UPDATE_CHECK_OFF) == null) {
			System.setProperty(UPDATE_CHECK_OFF, "true");
		}
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource("finsam-platform",
						new ClassPathResource("finsam-platform.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
