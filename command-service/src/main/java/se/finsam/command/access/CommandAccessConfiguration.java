package se.finsam.command.access;

import org.axonframework.commandhandling.CommandBus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.platform.security.AccessMatrix;

@Configuration(proxyBeanMethods = false)
class CommandAccessConfiguration {

	/** Static: the interceptor below is registered while this class is being set up. */
	@Bean
	static AccessMatrix commandAccessMatrix() {
		return CommandAccessMatrix.create();
	}

	/** After the metadata's own check that a user is there at all. */
	@Autowired
	void checkCommands(CommandBus commandBus, AccessMatrix commandAccessMatrix, JdbcTemplate jdbc) {
		commandBus.registerHandlerInterceptor(
				new CommandAccess(commandAccessMatrix, new CommandTargets(new AggregateOrigins(jdbc))));
	}

}
