package se.finsam.query.replay;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A checksum of a projection's whole state: each of its tables (by the naming convention,
 * those whose names start with the processing group's name) reduced to an MD5 over its
 * rows in a fixed order. Rows hold only what events said, so a rebuild from the same
 * events must give the same checksum.
 */
@Component
class ProjectionChecksums {

	private final JdbcTemplate jdbc;

	ProjectionChecksums(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<String> tables(String processingGroup) {
		return this.jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name LIKE ?
				ORDER BY table_name""", String.class, processingGroup.toLowerCase(Locale.ROOT) + "%");
	}

	String checksum(String processingGroup) {
		StringBuilder all = new StringBuilder();
		for (String table : tables(processingGroup)) {
			// The name comes from the catalogue above, never from a request.
			String sum = this.jdbc.queryForObject(
					"SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM " + table + " t",
					String.class);
			all.append(table).append('=').append(sum).append(';');
		}
		return this.jdbc.queryForObject("SELECT md5(?)", String.class, all.toString());
	}

}
