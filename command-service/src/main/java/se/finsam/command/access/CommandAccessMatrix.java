package se.finsam.command.access;

import java.util.List;

import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.Role;

import static se.finsam.platform.security.Role.ADMIN;
import static se.finsam.platform.security.Role.AUDITOR;
import static se.finsam.platform.security.Role.BOARD_MEMBER;
import static se.finsam.platform.security.Role.CHAIR;
import static se.finsam.platform.security.Role.EXECUTIVE;
import static se.finsam.platform.security.Role.PARTNER;
import static se.finsam.platform.security.Role.PREPARATION_GROUP;
import static se.finsam.platform.security.Role.PROJECT_OWNER;

/**
 * The command side's rows of the access matrix (docs/security.md). Every role acts only
 * in its own associations; a partner only on its own organisation's applications, a
 * project owner only on its own organisation's interventions. The auditor changes
 * nothing.
 */
public final class CommandAccessMatrix {

	private static final List<Role> EXECUTIVE_ONLY = List.of(EXECUTIVE);

	private CommandAccessMatrix() {
	}

	public static AccessMatrix create() {
		AccessMatrix matrix = new AccessMatrix();
		matrix.allow("POST /api/associations", List.of(ADMIN, EXECUTIVE));
		for (String change : List.of("POST /api/associations/{associationId}/members",
				"PUT /api/associations/{associationId}/board/{memberOrganisation}",
				"PUT /api/associations/{associationId}/charter", "POST /api/associations/{associationId}/plans/import",
				"PUT /api/associations/{associationId}/indicators/{year}")) {
			matrix.allow(change, EXECUTIVE_ONLY);
		}
		// Erasing a person's data (docs/personal-data.md) is the administrator's alone.
		matrix.allow("POST /api/associations/{associationId}/personal-data/erasures", List.of(ADMIN));
		matrix.allow("POST /api/plans", EXECUTIVE_ONLY);
		for (String change : List.of("PUT /draft", "POST /consultation", "POST /adoption", "POST /revisions",
				"PUT /goals", "PUT /stated-figures", "PUT /opening-equity", "PUT /pledges/{budgetYear}",
				"POST /payments", "POST /outcomes", "POST /closing")) {
			matrix.allow(under("/api/plans/{planId}", change), EXECUTIVE_ONLY);
		}
		matrix.allow("POST /api/applications", List.of(PARTNER));
		matrix.allow("PUT /api/applications/{applicationId}", List.of(PARTNER));
		matrix.allow("POST /api/applications/{applicationId}/withdrawal", List.of(PARTNER));
		matrix.allow("POST /api/applications/{applicationId}/registration", EXECUTIVE_ONLY);
		matrix.allow("POST /api/applications/{applicationId}/assessment", List.of(PREPARATION_GROUP, EXECUTIVE));
		matrix.allow("POST /api/applications/{applicationId}/proposal", EXECUTIVE_ONLY);
		matrix.allow("POST /api/meetings", EXECUTIVE_ONLY);
		for (String change : List.of("POST /attendance", "PUT /checker", "POST /agenda", "POST /items/{item}/decision",
				"POST /items/{item}/deferral")) {
			matrix.allow(under("/api/meetings/{meetingId}", change), EXECUTIVE_ONLY);
		}
		// A board member declares their own conflict of interest and signs as checker;
		// the executive records what was said or signed at the meeting.
		matrix.allow("POST /api/meetings/{meetingId}/items/{item}/conflicts", List.of(EXECUTIVE, BOARD_MEMBER, CHAIR));
		matrix.allow("POST /api/meetings/{meetingId}/minutes/signatures", List.of(EXECUTIVE, BOARD_MEMBER, CHAIR));
		matrix.allow("POST /api/interventions", EXECUTIVE_ONLY);
		for (String change : List.of("PUT /goals", "POST /extension", "PUT /budget", "POST /closing",
				"PUT /report-schedule", "POST /disbursements")) {
			matrix.allow(under("/api/interventions/{interventionId}", change), EXECUTIVE_ONLY);
		}
		// The executive files a report handed in on paper.
		matrix.allow("POST /api/interventions/{interventionId}/reports", List.of(PROJECT_OWNER, EXECUTIVE));
		// The history covers every association and holds only hashes and counts.
		matrix.open("GET /api/history/checkpoints");
		matrix.open("GET /api/history/verification");
		matrix.allow("POST /api/history/checkpoints", List.of(ADMIN, EXECUTIVE));
		matrix.allow("GET /api/history/inclusion/{eventIdentifier}", List.of(ADMIN, EXECUTIVE, AUDITOR));
		matrix.allow("GET /api/history/consistency", List.of(ADMIN, EXECUTIVE, AUDITOR));
		return matrix;
	}

	private static String under(String prefix, String methodAndPath) {
		int space = methodAndPath.indexOf(' ');
		return methodAndPath.substring(0, space) + " " + prefix + methodAndPath.substring(space + 1);
	}

}
