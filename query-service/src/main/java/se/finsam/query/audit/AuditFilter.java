package se.finsam.query.audit;

import java.time.LocalDate;

/**
 * What an auditor narrows the trail to: days (both included, Swedish time), a user, an
 * aggregate, an event type; each null for all.
 */
record AuditFilter(LocalDate from, LocalDate to, String user, String aggregate, String type) {

}
