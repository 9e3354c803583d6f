package se.finsam.local;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries, checked where every module is on the class path. */
class ArchitectureTest {

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("se.finsam");

	@Test
	void theReadSideNeverUsesTheWriteSide() {
		noClasses().that()
			.resideInAPackage("se.finsam.query..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("se.finsam.command..")
			.check(PRODUCT);
	}

	@Test
	void theWriteSideNeverUsesTheReadSide() {
		noClasses().that()
			.resideInAPackage("se.finsam.command..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("se.finsam.query..")
			.check(PRODUCT);
	}

	@Test
	void theContractAndThePlatformKnowNeitherSide() {
		noClasses().that()
			.resideInAnyPackage("se.finsam.events..", "se.finsam.platform..", "se.finsam.embedded..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("se.finsam.command..", "se.finsam.query..", "se.finsam.local..")
			.check(PRODUCT);
	}

	@Test
	void theWebUiUsesOnlyThePublicApis() {
		noClasses().that()
			.resideInAPackage("se.finsam.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("se.finsam.command..", "se.finsam.query..", "se.finsam.local..", "org.axonframework..",
					"org.apache.kafka..", "org.springframework.jdbc..", "java.sql..")
			.check(PRODUCT);
	}

	@Test
	void neitherSideKnowsTheWebUi() {
		noClasses().that()
			.resideInAnyPackage("se.finsam.command..", "se.finsam.query..", "se.finsam.events..",
					"se.finsam.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("se.finsam.web..")
			.check(PRODUCT);
	}

	@Test
	void aggregatesStayInsideTheCommandSide() {
		noClasses().that()
			.resideOutsideOfPackage("se.finsam.command..")
			.should()
			.beAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
			.check(PRODUCT);
	}

}
