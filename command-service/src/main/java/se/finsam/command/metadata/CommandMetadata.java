package se.finsam.command.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.finsam.events.EventMetadata;
import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.security.EndpointAccess;

/**
 * Who and why, on every command and so on every event: the dispatch side stamps the
 * logged-in user and the correlation id onto the command; the handling side refuses a
 * command without a user; the correlation side copies it all onto the events the command
 * causes, with the command's id as their causation id.
 */
public final class CommandMetadata {

	/** A caller may pass its own correlation id to tie several commands together. */
	public static final String CORRELATION_HEADER = "X-Correlation-Id";

	/**
	 * The matrix key of the endpoint that sent the command (command metadata only, never
	 * copied to events).
	 */
	public static final String ENDPOINT = "endpoint";

	/**
	 * Organisation numbers of the associations the user acts in (command metadata only).
	 */
	public static final String ASSOCIATIONS = "associations";

	/** {@link #ASSOCIATIONS} of a local test user who acts in every association. */
	public static final String EVERYWHERE = "*";

	private CommandMetadata() {
	}

	/** The metadata of a command issued by {@code user}. */
	public static Map<String, Object> of(CurrentUser user, String correlationId) {
		Map<String, Object> metadata = new HashMap<>();
		metadata.put(EventMetadata.USER_ID, user.userId());
		metadata.put(EventMetadata.ORGANISATION, user.organisation());
		metadata.put(EventMetadata.ROLES, String.join(",", user.roles()));
		metadata.put(EventMetadata.CORRELATION_ID, correlationId);
		return metadata;
	}

	static class StampUser implements MessageDispatchInterceptor<CommandMessage<?>> {

		@Override
		public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
				List<? extends CommandMessage<?>> messages) {
			return (index, command) -> {
				if (command.getMetaData().containsKey(EventMetadata.USER_ID)) {
					return command;
				}
				CurrentUser user = CurrentUser.fromSecurityContext().orElse(null);
				if (user == null) {
					return command;
				}
				Map<String, Object> metadata = of(user, correlationId());
				metadata.put(ASSOCIATIONS, user.everywhere() ? EVERYWHERE : String.join(",", user.associations()));
				endpoint().ifPresent((endpoint) -> metadata.put(ENDPOINT, endpoint));
				return command.andMetaData(metadata);
			};
		}

		private static Optional<String> endpoint() {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				return Optional.ofNullable((String) attributes.getRequest().getAttribute(EndpointAccess.ENDPOINT_KEY));
			}
			return Optional.empty();
		}

		private static String correlationId() {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				HttpServletRequest request = attributes.getRequest();
				String given = request.getHeader(CORRELATION_HEADER);
				if (given != null && given.matches("[A-Za-z0-9._:-]{1,100}")) {
					return given;
				}
			}
			return UUID.randomUUID().toString();
		}

	}

	static class RequireUser implements MessageHandlerInterceptor<CommandMessage<?>> {

		@Override
		public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
				throws Exception {
			Object userId = unitOfWork.getMessage().getMetaData().get(EventMetadata.USER_ID);
			if (!(userId instanceof String id) || id.isBlank()) {
				throw new UnauthenticatedCommandException();
			}
			return chain.proceed();
		}

	}

	static class CopyToEvents implements CorrelationDataProvider {

		@Override
		public Map<String, ?> correlationDataFor(Message<?> message) {
			Map<String, Object> data = new HashMap<>();
			for (String key : List.of(EventMetadata.USER_ID, EventMetadata.ORGANISATION, EventMetadata.ROLES)) {
				Object value = message.getMetaData().get(key);
				if (value != null) {
					data.put(key, value);
				}
			}
			data.put(EventMetadata.CORRELATION_ID,
					message.getMetaData().getOrDefault(EventMetadata.CORRELATION_ID, message.getIdentifier()));
			data.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
			return data;
		}

	}

}
