package se.finsam.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The write side: takes commands, enforces the rules, appends events. */
@SpringBootApplication
public class CommandServiceApplication {

	/**
	 * Its configuration file is {@code command-service.yml}, so both sides can share a
	 * JVM.
	 */
	public static final String CONFIG_NAME = "spring.config.name=command-service";

	public static void main(String[] args) {
		new SpringApplicationBuilder(CommandServiceApplication.class).properties(CONFIG_NAME).run(args);
	}

}
