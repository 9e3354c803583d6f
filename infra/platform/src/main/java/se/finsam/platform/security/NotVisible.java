package se.finsam.platform.security;

/**
 * Something of another association (or another organisation's case): answered as 404,
 * exactly as if it did not exist, so its existence does not leak. The reason is for the
 * security log, never shown.
 */
public class NotVisible extends RuntimeException {

	public NotVisible(String reason) {
		super(reason);
	}

}
