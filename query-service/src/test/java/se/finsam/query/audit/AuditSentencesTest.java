package se.finsam.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSentencesTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final AuditSentences sentences = new AuditSentences();

	@Test
	void everyEventInTheContractHasASwedishSentence() {
		List<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("se.finsam.events")
			.stream()
			.filter((type) -> type.isAnnotatedWith(Revision.class))
			.map(JavaClass::getSimpleName)
			.toList();
		assertThat(events).hasSizeGreaterThan(40);
		assertThat(events).allSatisfy((type) -> assertThat(this.sentences.knows(type)).as(type).isTrue());
	}

	@Test
	void fillsInFieldsAmountsCountsCodesAndDecisions() throws Exception {
		JsonNode reserved = JSON.readTree("""
				{"amount": "250000.00", "budgetYear": 2026, "lineCode": "fria-medel",
				 "decision": {"meetingId": "%s", "meetingDate": "2026-03-19", "item": 7}}"""
			.formatted(UUID.randomUUID()));
		assertThat(this.sentences.sentence("FundsReserved", reserved))
			.isEqualTo("250 000 kr reserverades för 2026 på raden fria-medel (beslut 2026-03-19 § 7).");
		assertThat(this.sentences.sentence("AttendanceRecorded", JSON.readTree("""
				{"person": "Eva Ek", "presence": "REMOTE"}""")))
			.isEqualTo("Närvaro registrerades för Eva Ek: på distans.");
		assertThat(this.sentences.sentence("PlanDrafted", JSON.readTree("""
				{"year": 2015, "lines": [{}, {}, {}]}""")))
			.isEqualTo("Ett utkast till verksamhetsplan och budget för 2015 upprättades med 3 rader.");
		assertThat(this.sentences.sentence("DraftAmended", JSON.readTree("""
				{"year": 2015, "lines": [{}, {}]}""")))
			.isEqualTo("Utkastet till budget för 2015 ändrades före samrådet och har nu 2 rader.");
	}

	@Test
	void aMissingFieldIsADashAndAnUnknownTypeIsNamed() throws Exception {
		assertThat(this.sentences.sentence("CheckerAppointed", JSON.readTree("{}")))
			.isEqualTo("– utsågs att justera protokollet.");
		assertThat(this.sentences.sentence("SomethingNew", JSON.readTree("{}")))
			.isEqualTo("Händelsen SomethingNew registrerades.");
	}

	@Test
	void theFilesHoldEveryEntryAndAPdfIsAPdf() throws Exception {
		AuditEntry entry = new AuditEntry("e1", Instant.parse("2026-03-19T12:00:00Z"), "CheckerAppointed", "1",
				"Meeting", "m1", 4, "kansli", "Kansliet", "EXECUTIVE", "c1", "c0", null,
				"Eva Ek \"Ordf\" utsågs att justera protokollet.", JSON.readTree("{\"checker\":\"Eva Ek\"}"));
		String csv = new String(AuditDocuments.csv(List.of(entry)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFTidpunkt;Händelse;Beskrivning;");
		assertThat(csv).contains("\"2026-03-19 13:00:00\";\"CheckerAppointed\";\"Eva Ek \"\"Ordf\"\" utsågs");
		byte[] pdf = AuditDocuments.pdf("Händelselogg", "Period: hela", List.of(entry));
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

}
