package io.junction.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent names junction-core's contract by string ({@code BridgeContract}) and links against no
 * class of core or of declarative, so it builds first and every module's tests can run with it attached.
 */
class AgentPackageOrderTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAgent() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.junction.agent");
    }

    @Test
    void theAgentImportsNoOtherJunctionClass() {
        noClasses().that().resideInAPackage("io.junction.agent..")
                .should().dependOnClassesThat(resideInAPackage("io.junction..").and(not(resideInAPackage("io.junction.agent.."))))
                .because("the agent names core's classes by string (BridgeContract), never by import")
                .check(classes);
    }

    @Test
    void everyClassIsTheAgents() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("io.junction.agent"));
    }
}
