package se.finsam.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules every event of the published contract follows. */
class EventContractTest {

	private static final JavaClasses CONTRACT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.finsam.events");

	static List<JavaClass> events() {
		return CONTRACT.stream()
			.filter((type) -> type.isAssignableTo(AssociationEvent.class) && !type.isInterface())
			.toList();
	}

	@Test
	void everyEventIsARevisionedRecordScopedByAssociation() {
		assertThat(events()).isNotEmpty();
		classes().that()
			.implement(AssociationEvent.class)
			.should()
			.beRecords()
			.andShould()
			.beAnnotatedWith(Revision.class)
			.check(CONTRACT);
	}

	@Test
	void everythingWithARevisionIsAnEventOfAnAssociation() {
		classes().that().areAnnotatedWith(Revision.class).should().implement(AssociationEvent.class).check(CONTRACT);
	}

	@Test
	void eventsArePlacedInThePackageOfTheirAggregate() {
		classes().that()
			.implement(AssociationEvent.class)
			.should()
			.resideInAPackage("se.finsam.events.*")
			.check(CONTRACT);
	}

	@Test
	void theContractKnowsNothingOfSpringOrPersistence() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..")
			.check(CONTRACT);
	}

	@Test
	void everyEventIsInTheCatalogue() throws IOException {
		String catalogue = Files.readString(Path.of("..", "docs", "events.md"));
		for (JavaClass event : events()) {
			assertThat(catalogue).as("docs/events.md describes %s", event.getSimpleName())
				.containsPattern("(?m)^### " + event.getSimpleName() + "\\s*$");
		}
	}

}
