package se.finsam.platform.personaldata;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.events.AssociationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key store on a real PostgreSQL: subjects, erasure and master key rotation. */
class SubjectKeyStoreIT {

	private static final String FIRST = base64(Aead.newKey());

	private static final String SECOND = base64(Aead.newKey());

	private static final String LOOKUP = base64(Aead.newKey());

	private static EmbeddedPostgresServer postgres;

	private DriverManagerDataSource dataSource;

	private final AssociationId association = AssociationId.random();

	@BeforeAll
	static void start() {
		postgres = EmbeddedPostgresServer.start(null, 0);
	}

	/** A key store of its own per test: a rotation must not meet another test's keys. */
	@BeforeEach
	void database() {
		this.dataSource = new DriverManagerDataSource(
				postgres.database("keys_" + UUID.randomUUID().toString().replace("-", "")), postgres.username(),
				postgres.password());
	}

	@AfterAll
	static void stop() {
		postgres.close();
	}

	@Test
	void aNameFindsItsSubjectAgainAndOnlyTheCommandSideCreatesOne() {
		SubjectKeyStore store = store(Map.of(1, FIRST), 1, true);
		SubjectKeys.SubjectKey key = store.keyFor(this.association, "Åsa Öberg");

		assertThat(store.keyFor(this.association, "Åsa Öberg").subject()).isEqualTo(key.subject());
		assertThat(store.key(key.subject(), key.version())).contains(key.key());
		assertThat(store.subjects(this.association))
			.containsExactly(new SubjectKeyStore.Subject(key.subject(), "Åsa Öberg"));
		SubjectKeyStore reader = store(Map.of(1, FIRST), 1, false);
		assertThat(reader.key(key.subject(), key.version())).contains(key.key());
		assertThatThrownBy(() -> reader.keyFor(this.association, "Ny Person"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT count(*) FROM data_subject WHERE position(convert_to('Öberg', 'UTF8') in sealed_name) > 0",
				Long.class))
			.isZero();
	}

	@Test
	void erasureDeletesTheKeyKeepsTheSubjectAndTheNameThenBelongsToANewSubject() {
		SubjectKeyStore store = store(Map.of(1, FIRST), 1, true);
		SubjectKeys.SubjectKey key = store.keyFor(this.association, "Bo Berg");

		assertThat(store.erase(AssociationId.random(), key.subject())).as("another association's").isFalse();
		assertThat(store.erase(this.association, key.subject())).isTrue();

		assertThat(store.key(key.subject(), key.version())).isEmpty();
		assertThat(store.subjects(this.association)).isEmpty();
		assertThat(new JdbcTemplate(this.dataSource).queryForObject(
				"SELECT count(*) FROM data_subject WHERE subject_id = ? AND erased_at IS NOT NULL AND wrapped_key IS NULL",
				Long.class, key.subject()))
			.isOne();
		assertThat(store.erase(this.association, key.subject())).as("erased before").isTrue();
		assertThat(store.keyFor(this.association, "Bo Berg").subject()).isNotEqualTo(key.subject());
	}

	@Test
	void theCommandSideRewrapsEveryKeyUnderTheNewMasterKeyWhenItStarts() {
		SubjectKeys.SubjectKey key = store(Map.of(1, FIRST), 1, true).keyFor(this.association, "Cecilia Dahl");

		store(Map.of(1, FIRST, 2, SECOND), 2, true);

		SubjectKeyStore afterRotation = store(Map.of(2, SECOND), 2, false);
		assertThat(afterRotation.key(key.subject(), key.version())).contains(key.key());
		assertThat(afterRotation.subjects(this.association)).extracting(SubjectKeyStore.Subject::name)
			.containsExactly("Cecilia Dahl");
	}

	@Test
	void anUnknownSubjectHasNoKey() {
		assertThat(store(Map.of(1, FIRST), 1, true).key(UUID.randomUUID(), 1)).isEmpty();
	}

	private SubjectKeyStore store(Map<Integer, String> masterKeys, int current, boolean manage) {
		return new SubjectKeyStore(this.dataSource, new MasterKeys(masterKeys, current), LOOKUP, manage);
	}

	private static String base64(SecretKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

}
