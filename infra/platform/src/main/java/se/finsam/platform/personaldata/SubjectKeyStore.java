package se.finsam.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.events.AssociationId;

/**
 * The data subjects' keys in their own database, reached by both services: the command
 * side creates and erases keys ({@code manage}), the query side only reads them.
 */
public class SubjectKeyStore implements SubjectKeys, SubjectErasure, AutoCloseable {

	private static final byte[] NAME = "name".getBytes(StandardCharsets.UTF_8);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final MasterKeys masterKeys;

	private final SecretKeySpec lookupKey;

	private final boolean manage;

	SubjectKeyStore(DataSource dataSource, MasterKeys masterKeys, String base64LookupKey, boolean manage) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.masterKeys = masterKeys;
		if (base64LookupKey == null || base64LookupKey.isBlank()) {
			throw new IllegalStateException("No lookup key is configured: set finsam.personal-data.lookup-key"
					+ " from the secret store (docs/personal-data.md)");
		}
		this.lookupKey = new SecretKeySpec(Base64.getDecoder().decode(base64LookupKey), "HmacSHA256");
		this.manage = manage;
		if (manage) {
			Flyway.configure().dataSource(dataSource).locations("classpath:db/keys").load().migrate();
			rewrap();
		}
	}

	@Override
	public SubjectKey keyFor(AssociationId association, String name) {
		if (!this.manage) {
			throw new IllegalStateException("This service only reads the data subjects' keys");
		}
		byte[] lookup = lookup(association, name);
		return existing(lookup).orElseGet(() -> {
			UUID subject = UUID.randomUUID();
			SecretKey key = Aead.newKey();
			this.jdbc.update("""
					INSERT INTO data_subject (subject_id, association_id, key_version, lookup, master_key_version,
						wrapped_key, sealed_name)
					VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (lookup) DO NOTHING""", subject, association.value(),
					lookup, this.masterKeys.current(), this.masterKeys.wrap(key, subject),
					Aead.seal(key, name.getBytes(StandardCharsets.UTF_8), NAME));
			// Another writer may have created the subject at the same moment: theirs
			// wins.
			return existing(lookup).orElseThrow();
		});
	}

	@Override
	public Optional<SecretKey> key(UUID subject, int keyVersion) {
		return this.jdbc
			.query("""
					SELECT master_key_version, wrapped_key FROM data_subject
					WHERE subject_id = ? AND key_version = ? AND erased_at IS NULL""",
					(row, i) -> this.masterKeys.unwrap(row.getInt(1), row.getBytes(2), subject), subject, keyVersion)
			.stream()
			.findFirst();
	}

	/** The association's subjects that are not erased, with their names. */
	public List<Subject> subjects(AssociationId association) {
		return this.jdbc.query("""
				SELECT subject_id, master_key_version, wrapped_key, sealed_name FROM data_subject
				WHERE association_id = ? AND erased_at IS NULL""", (row, i) -> {
			UUID subject = row.getObject(1, UUID.class);
			SecretKey key = this.masterKeys.unwrap(row.getInt(2), row.getBytes(3), subject);
			return new Subject(subject, new String(Aead.open(key, row.getBytes(4), NAME), StandardCharsets.UTF_8));
		}, association.value());
	}

	/** Also rewrites the table, so that no dead row version keeps the key. */
	@Override
	public boolean erase(AssociationId association, UUID subject) {
		int rows = this.jdbc.update("""
				UPDATE data_subject SET lookup = NULL, master_key_version = NULL, wrapped_key = NULL,
					sealed_name = NULL, erased_at = coalesce(erased_at, now())
				WHERE subject_id = ? AND association_id = ?""", subject, association.value());
		this.jdbc.execute("VACUUM FULL data_subject");
		return rows > 0;
	}

	/** Wraps every data key still under an older master key with the current one. */
	private void rewrap() {
		this.jdbc.query("""
				SELECT subject_id, master_key_version, wrapped_key FROM data_subject
				WHERE erased_at IS NULL AND master_key_version <> ?""", (ResultSet row) -> {
			UUID subject = row.getObject(1, UUID.class);
			SecretKey key = this.masterKeys.unwrap(row.getInt(2), row.getBytes(3), subject);
			this.jdbc.update("UPDATE data_subject SET master_key_version = ?, wrapped_key = ? WHERE subject_id = ?",
					this.masterKeys.current(), this.masterKeys.wrap(key, subject), subject);
		}, this.masterKeys.current());
	}

	private Optional<SubjectKey> existing(byte[] lookup) {
		return this.jdbc.query("""
				SELECT subject_id, key_version, master_key_version, wrapped_key FROM data_subject
				WHERE lookup = ?""", (row, i) -> subjectKey(row), lookup).stream().findFirst();
	}

	private SubjectKey subjectKey(ResultSet row) throws SQLException {
		UUID subject = row.getObject(1, UUID.class);
		return new SubjectKey(subject, row.getInt(2), this.masterKeys.unwrap(row.getInt(3), row.getBytes(4), subject));
	}

	private byte[] lookup(AssociationId association, String name) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.lookupKey);
			mac.update(association.value().toString().getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	@Override
	public void close() throws Exception {
		if (this.dataSource instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	/** A data subject and their name, for an administrator choosing whom to erase. */
	public record Subject(UUID subject, String name) {
	}

}
