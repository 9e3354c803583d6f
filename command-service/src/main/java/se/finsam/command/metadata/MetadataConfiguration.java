package se.finsam.command.metadata;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetadataConfiguration {

	/**
	 * Replaces Axon's default origin provider: ours also carries the user. Static: Axon
	 * needs it before this class.
	 */
	@Bean
	static CorrelationDataProvider commandMetadataOnEvents() {
		return new CommandMetadata.CopyToEvents();
	}

	@Autowired
	void interceptCommands(CommandBus commandBus) {
		commandBus.registerDispatchInterceptor(new CommandMetadata.StampUser());
		commandBus.registerHandlerInterceptor(new CommandMetadata.RequireUser());
	}

}
