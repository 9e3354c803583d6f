package se.finsam.command.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import se.finsam.events.EventMetadata;
import se.finsam.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandMetadataTest {

	@AfterEach
	void clearUser() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCommandWithoutAUserIsRefusedBeforeItsHandlerRuns() {
		CommandMessage<String> command = GenericCommandMessage.asCommandMessage("anything");
		DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
		InterceptorChain handler = () -> {
			throw new AssertionError("the handler must not run");
		};
		try {
			assertThatThrownBy(() -> new CommandMetadata.RequireUser().handle(unitOfWork, handler))
				.isInstanceOf(UnauthenticatedCommandException.class)
				.hasMessageContaining("Logga in");
		}
		finally {
			unitOfWork.rollback();
		}
	}

	@Test
	void theLoggedInUserIsStampedOnTheCommand() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("kansli", null,
					List.of(new SimpleGrantedAuthority("ROLE_EXECUTIVE"))));
		CommandMessage<?> stamped = new CommandMetadata.StampUser()
			.handle(GenericCommandMessage.asCommandMessage("anything"));
		assertThat(stamped.getMetaData()).containsEntry(EventMetadata.USER_ID, "kansli")
			.containsEntry(EventMetadata.ROLES, "EXECUTIVE")
			.containsKey(EventMetadata.CORRELATION_ID);
	}

	@Test
	void theUsersAssociationsAreStampedOnTheCommandForTheAccessCheck() {
		CurrentUser user = new CurrentUser("kansli", "222000-9019", List.of("EXECUTIVE"), Set.of("222000-9019"), false);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(user, null, List.<GrantedAuthority>of()));
		CommandMessage<?> stamped = new CommandMetadata.StampUser()
			.handle(GenericCommandMessage.asCommandMessage("anything"));
		assertThat(stamped.getMetaData()).containsEntry(EventMetadata.ORGANISATION, "222000-9019")
			.containsEntry(CommandMetadata.ASSOCIATIONS, "222000-9019");
	}

	@Test
	void eventsCarryTheUserTheCorrelationAndTheCommandAsCause() {
		CommandMessage<?> command = new GenericCommandMessage<>("anything")
			.andMetaData(CommandMetadata.of(new CurrentUser("kansli", "Kansliet", List.of("EXECUTIVE")), "corr-1"));
		Map<String, Object> data = new HashMap<>(new CommandMetadata.CopyToEvents().correlationDataFor(command));
		assertThat(data).containsEntry(EventMetadata.USER_ID, "kansli")
			.containsEntry(EventMetadata.ORGANISATION, "Kansliet")
			.containsEntry(EventMetadata.ROLES, "EXECUTIVE")
			.containsEntry(EventMetadata.CORRELATION_ID, "corr-1")
			.containsEntry(EventMetadata.CAUSATION_ID, command.getIdentifier());
		assertThat(new CommandMetadata.CopyToEvents().correlationDataFor(command.andMetaData(
				Map.of(CommandMetadata.ASSOCIATIONS, "222000-9019", CommandMetadata.ENDPOINT, "POST /api/meetings"))))
			.as("the access check's keys stay on the command")
			.doesNotContainKeys(CommandMetadata.ASSOCIATIONS, CommandMetadata.ENDPOINT);
	}

}
