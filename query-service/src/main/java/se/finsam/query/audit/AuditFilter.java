package se.finsam.query.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an auditor narrows the trail to: days (both included, Swedish time), a moment
 * (events up to and including it), a user, an aggregate, an event type; each null for
 * all.
 */
record AuditFilter(LocalDate from, LocalDate to, Instant until, String user, String aggregate, String type) {

}
