package se.finsam.command.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import se.finsam.command.metadata.CommandMetadata;
import se.finsam.events.EventMetadata;
import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.AccessRefused;
import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.security.NotVisible;
import se.finsam.platform.security.Role;

/**
 * The access matrix, checked again where the command is handled: the user (from the
 * command's metadata) must hold a role of the endpoint's row, act in the association the
 * command touches, and, as partner or project owner, act for the organisation that owns
 * the application or intervention. Another association's aggregate answers as if it did
 * not exist. Commands that a handler issues while handling an authorised one (a grant
 * reserving funds) are part of it and not checked again.
 */
class CommandAccess implements MessageHandlerInterceptor<CommandMessage<?>> {

	private final AccessMatrix matrix;

	private final CommandTargets targets;

	CommandAccess(AccessMatrix matrix, CommandTargets targets) {
		this.matrix = matrix;
		this.targets = targets;
	}

	@Override
	public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
		if (unitOfWork.parent().isEmpty()) {
			CommandMessage<?> command = unitOfWork.getMessage();
			check(command.getPayload(), command.getMetaData());
		}
		return chain.proceed();
	}

	void check(Object command, MetaData metaData) {
		String endpoint = (String) metaData.get(CommandMetadata.ENDPOINT);
		if (endpoint == null) {
			throw new AccessRefused("command " + command.getClass().getSimpleName() + " sent outside any endpoint");
		}
		Set<Role> allowed = this.matrix.roles(endpoint);
		CurrentUser user = userOf(metaData);
		if (!user.hasAnyOf(allowed)) {
			throw new AccessRefused("roles " + user.roles() + " not among " + allowed + " for " + endpoint);
		}
		CommandTargets.Target target = this.targets.of(command);
		boolean registersAssociation = command.getClass().getSimpleName().equals("RegisterAssociation");
		if (registersAssociation && user.hasAnyOf(List.of(Role.ADMIN))) {
			return;
		}
		if (target.association().isPresent() && !user.actsIn(target.association().get())) {
			if (registersAssociation) {
				throw new AccessRefused("may not register association " + target.association().get());
			}
			throw new NotVisible("association " + target.association().get() + " is not among the user's");
		}
		if (!user.mayActFor(allowed, target.owner().orElse(""))) {
			throw new AccessRefused("acts for " + user.organisation() + ", not for " + target.owner().orElse("?"));
		}
	}

	private static CurrentUser userOf(MetaData metaData) {
		String associations = (String) metaData.getOrDefault(CommandMetadata.ASSOCIATIONS, "");
		String roles = (String) metaData.getOrDefault(EventMetadata.ROLES, "");
		return new CurrentUser((String) metaData.get(EventMetadata.USER_ID),
				(String) metaData.getOrDefault(EventMetadata.ORGANISATION, ""), split(roles),
				Set.copyOf(split(associations)), CommandMetadata.EVERYWHERE.equals(associations));
	}

	private static List<String> split(String joined) {
		return Arrays.stream(joined.split(",")).filter((part) -> !part.isBlank()).toList();
	}

}
