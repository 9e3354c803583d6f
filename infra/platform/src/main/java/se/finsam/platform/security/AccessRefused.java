package se.finsam.platform.security;

/**
 * The user may not do this (403). The reason is for the security log, never shown.
 */
public class AccessRefused extends RuntimeException {

	public AccessRefused(String reason) {
		super(reason);
	}

}
