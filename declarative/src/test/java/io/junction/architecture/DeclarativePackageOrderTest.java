package io.junction.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md's arrows for the declarative module: it uses core's packages and nothing else of
 * Junction, and its annotation processor, which runs inside javac, uses no Junction class at all.
 */
class DeclarativePackageOrderTest {

    private static final String DECLARATIVE = "io.junction.declarative";
    private static final String PROCESSOR = "io.junction.declarative.processor";

    private static JavaClasses classes;

    @BeforeAll
    static void importDeclarative() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(DECLARATIVE);
    }

    @Test
    void declarativeImportsOnlyCoresPackagesAndItself() {
        List<String> allowed = new ArrayList<>(PackageOrderTest.ORDER.stream().map(p -> p + "..").toList());
        allowed.add(DECLARATIVE + "..");
        noClasses().that().resideInAPackage(DECLARATIVE + "..")
                .should().dependOnClassesThat(resideInAPackage("io.junction..")
                        .and(not(resideInAnyPackage(allowed.toArray(String[]::new)))))
                .because("DESIGN.md: declarative depends on core only")
                .check(classes);
    }

    @Test
    void theRuntimeNeverImportsTheProcessor() {
        noClasses().that().resideInAPackage(DECLARATIVE).should().dependOnClassesThat().resideInAPackage(PROCESSOR + "..")
                .because("the annotation processor is a build-time tool")
                .check(classes);
    }

    @Test
    void theProcessorNamesJunctionTypesByStringOnly() {
        noClasses().that().resideInAPackage(PROCESSOR + "..")
                .should().dependOnClassesThat(resideInAPackage("io.junction..").and(not(resideInAPackage(PROCESSOR + ".."))))
                .because("javac runs the processor where junction-core need not be on the processor path")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void everyPackageIsPlaced() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).as("package %s of junction-declarative is placed in this test", p)
                        .isIn(DECLARATIVE, PROCESSOR));
    }
}
