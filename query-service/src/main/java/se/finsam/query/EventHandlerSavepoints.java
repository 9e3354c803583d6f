package se.finsam.query;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each projection handler runs behind a savepoint of the batch's transaction. When a
 * handler fails in the database (a value no column can hold, a broken constraint),
 * PostgreSQL refuses every further statement of the transaction; rolling back to the
 * savepoint undoes only that handler's work, so that the event can be parked as a dead
 * letter and the batch goes on. Without it, parking the event fails too and the view
 * stops, retrying the same event for ever.
 */
class EventHandlerSavepoints implements HandlerEnhancerDefinition {

	private final TransactionTemplate savepoint;

	EventHandlerSavepoints(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
		return original.annotationAttributes(EventHandler.class).isPresent() ? new Savepointed<>(original) : original;
	}

	private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

		Savepointed(MessageHandlingMember<T> delegate) {
			super(delegate);
		}

		@Override
		public Object handle(Message<?> message, T target) throws Exception {
			try {
				return EventHandlerSavepoints.this.savepoint.execute((status) -> {
					try {
						return super.handle(message, target);
					}
					catch (RuntimeException ex) {
						throw ex;
					}
					catch (Exception ex) {
						throw new CheckedFailure(ex);
					}
				});
			}
			catch (CheckedFailure failure) {
				throw failure.checked;
			}
		}

	}

	/** Carries a handler's checked exception through the transaction template. */
	private static final class CheckedFailure extends RuntimeException {

		private final Exception checked;

		CheckedFailure(Exception checked) {
			super(checked);
			this.checked = checked;
		}

	}

}
