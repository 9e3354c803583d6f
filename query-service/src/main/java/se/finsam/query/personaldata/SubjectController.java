package se.finsam.query.personaldata;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;
import se.finsam.query.access.ReadAccess;
import se.finsam.platform.personaldata.SubjectKeyStore;

/**
 * The people named in an association's events (data subjects) that are not erased, with
 * their names opened from the key store: whom an administrator may erase
 * (docs/personal-data.md).
 */
@RestController
class SubjectController {

	private final SubjectKeyStore keys;

	private final ReadAccess access;

	SubjectController(SubjectKeyStore keys, ReadAccess access) {
		this.keys = keys;
		this.access = access;
	}

	/** Optionally only those whose name contains {@code name}, ignoring case. */
	@GetMapping("/api/associations/{associationId}/personal-data/subjects")
	Subjects subjects(@PathVariable UUID associationId, @RequestParam(required = false) String name) {
		this.access.association(associationId);
		String wanted = (name != null) ? name.strip().toLowerCase(Locale.ROOT) : "";
		return new Subjects(this.keys.subjects(new AssociationId(associationId))
			.stream()
			.filter((subject) -> subject.name().toLowerCase(Locale.ROOT).contains(wanted))
			.toList());
	}

	record Subjects(List<SubjectKeyStore.Subject> subjects) {
	}

}
