package se.finsam.query.access;

import java.util.List;

import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.Role;

import static se.finsam.platform.security.AccessMatrix.ASSOCIATION_READERS;
import static se.finsam.platform.security.AccessMatrix.AUDIT_READERS;
import static se.finsam.platform.security.AccessMatrix.plus;
import static se.finsam.platform.security.Role.ADMIN;
import static se.finsam.platform.security.Role.PARTNER;
import static se.finsam.platform.security.Role.PROJECT_OWNER;

/**
 * The read side's rows of the access matrix (docs/security.md). Every read is of one
 * association, and only by users who act in it ({@link ReadAccess}); a partner sees only
 * its own organisation's applications, a project owner only its own interventions. Reads
 * of the audit trail and of exports are written to the security log.
 */
public final class QueryAccessMatrix {

	private QueryAccessMatrix() {
	}

	public static AccessMatrix create() {
		String association = "GET /api/associations/{associationId}";
		AccessMatrix matrix = new AccessMatrix();
		// Who one is, and the associations one acts in: what the web UI asks first.
		matrix.allow("GET /api/me", List.of(Role.values()));
		matrix.allow("GET /api/associations", List.of(Role.values()));
		matrix.allow(association, plus(ASSOCIATION_READERS, PARTNER, PROJECT_OWNER));
		matrix.allow("GET /api/plans/{planId}", ASSOCIATION_READERS);
		matrix.allow(association + "/plans/{year}", ASSOCIATION_READERS);
		matrix.allow(association + "/applications", plus(ASSOCIATION_READERS, PARTNER));
		matrix.allow(association + "/meetings", ASSOCIATION_READERS);
		matrix.allow(association + "/decisions", ASSOCIATION_READERS);
		matrix.allow("GET /api/interventions/{interventionId}", plus(ASSOCIATION_READERS, PROJECT_OWNER));
		matrix.allow(association + "/interventions", plus(ASSOCIATION_READERS, PROJECT_OWNER));
		matrix.allow(association + "/indicators/{year}", ASSOCIATION_READERS);
		matrix.allowLogged(association + "/aggregates/{aggregateId}/events",
				plus(ASSOCIATION_READERS, PARTNER, PROJECT_OWNER));
		matrix.allow(association + "/internal-control", AUDIT_READERS);
		matrix.allow(association + "/internal-control.csv", AUDIT_READERS);
		for (String logged : List.of("/audit", "/audit.csv", "/audit.pdf", "/auditor-report/{year}.html",
				"/auditor-report/{year}.pdf", "/exports/national-follow-up/{year}.csv",
				"/exports/follow-up-breakdown/{year}.csv")) {
			matrix.allowLogged(association + logged, AUDIT_READERS);
		}
		matrix.allow(association + "/personal-data/subjects", List.of(ADMIN));
		matrix.allow("GET /api/admin/projections", List.of(ADMIN));
		matrix.allow("POST /api/admin/projections/{name}/replay", List.of(ADMIN));
		matrix.allow("GET /api/admin/replays/{id}", List.of(ADMIN));
		return matrix;
	}

}
