package se.finsam.command.shared;

/**
 * The command is well formed and would follow the rules, but the thing it changes is no
 * longer in a state that allows it: the minutes are adjusted, the application is already
 * decided or withdrawn (answered 409 with the code). Nothing was recorded.
 */
public class StateConflict extends RuntimeException {

	private final String code;

	public StateConflict(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
