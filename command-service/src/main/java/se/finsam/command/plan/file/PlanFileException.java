package se.finsam.command.plan.file;

/** A plan file that cannot be read as the format says (answered 400). */
public class PlanFileException extends RuntimeException {

	public PlanFileException(String message) {
		super(message);
	}

}
