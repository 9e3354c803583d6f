package se.finsam.web;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import se.finsam.web.api.ApiCredentials.ApiUser;

/**
 * Who is working and in which association: the user from the login, the association
 * chosen on {@code /forbund} (kept in the session).
 */
@Component
public class Workspace {

	static final String ASSOCIATION = "finsam.association";

	private final HttpSession session;

	public Workspace(HttpSession session) {
		this.session = session;
	}

	public ApiUser user() {
		return (ApiUser) SecurityContextHolder.getContext().getAuthentication();
	}

	public Optional<Chosen> association() {
		return Optional.ofNullable((Chosen) this.session.getAttribute(ASSOCIATION));
	}

	/** The chosen association; pages that need one send the user to choose first. */
	public Chosen requireAssociation() {
		return association().orElseThrow(NoAssociationChosen::new);
	}

	void choose(Chosen association) {
		this.session.setAttribute(ASSOCIATION, association);
	}

	/** The association the user works in. */
	public record Chosen(String id, String name) implements java.io.Serializable {
	}

	/** A page that needs an association was opened before one was chosen. */
	static class NoAssociationChosen extends RuntimeException {

		NoAssociationChosen() {
			super("Välj förbund först");
		}

	}

}
