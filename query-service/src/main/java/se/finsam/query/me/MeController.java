package se.finsam.query.me;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.platform.security.CurrentUser;

/**
 * Who the caller is: user id, the organisation they act for and their roles. The web UI
 * asks this at login, to check the password and to show each user their own pages.
 */
@RestController
class MeController {

	@GetMapping("/api/me")
	ResponseEntity<CurrentUser> me() {
		return CurrentUser.fromSecurityContext()
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(401).build());
	}

}
