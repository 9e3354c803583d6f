package se.finsam.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.web.api.ReadYourWrites;

/**
 * Post, then redirect, then get: after an accepted command, wait (bounded) until the read
 * side shows it, so the page the user lands on already has the result; say so plainly if
 * it does not yet.
 */
@Component
public class Landing {

	static final String LAGGING = "Ändringen är sparad men syns inte här än. Ladda om sidan om en stund.";

	private final ReadYourWrites readYourWrites;

	public Landing(ReadYourWrites readYourWrites) {
		this.readYourWrites = readYourWrites;
	}

	/** Redirects to {@code target} once the aggregate's {@code version} can be read. */
	public String after(String associationId, String aggregateId, long version, String target, String notice,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		if (!this.readYourWrites.await(associationId, aggregateId, version)) {
			redirect.addFlashAttribute("lagging", LAGGING);
		}
		return "redirect:" + target;
	}

}
