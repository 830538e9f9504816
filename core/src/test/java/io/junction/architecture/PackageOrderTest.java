package io.junction.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Enforces DESIGN.md's package order: each package of core imports only the packages above it. */
class PackageOrderTest {

    /** Top to bottom; a package may depend on those before it in this list, never on those after. */
    static final List<String> ORDER = List.of(
            "io.junction.util",
            "io.junction.sql.expression",
            "io.junction.sql.schema",
            "io.junction.sql.compiler",
            "io.junction.sql.dialect",
            "io.junction.engine",
            "io.junction.orm.event",
            "io.junction.orm.collection",
            "io.junction.orm.attribute",
            "io.junction.orm.mapper",
            "io.junction.orm.relationship",
            "io.junction.orm.identity",
            "io.junction.orm.loading",
            "io.junction.orm.unitofwork",
            "io.junction.orm.session",
            "io.junction.orm.inspect");

    private static JavaClasses classes;

    @BeforeAll
    static void importCore() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.junction.util", "io.junction.sql", "io.junction.engine", "io.junction.orm");
    }

    @Test
    void everyPackageImportsOnlyThePackagesAboveIt() {
        for (int i = 0; i < ORDER.size(); i++) {
            String[] below = ORDER.subList(i + 1, ORDER.size()).stream().map(p -> p + "..").toArray(String[]::new);
            if (below.length == 0) {
                continue;
            }
            ArchRule rule = noClasses().that().resideInAPackage(ORDER.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(below)
                    .because("DESIGN.md orders core's packages; " + ORDER.get(i) + " may only import those above it")
                    .allowEmptyShould(true);
            rule.check(classes);
        }
    }

    @Test
    void loadingAndUnitOfWorkNeverImportEachOther() {
        noClasses().that().resideInAPackage("io.junction.orm.loading..")
                .should().dependOnClassesThat().resideInAPackage("io.junction.orm.unitofwork..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void everyMainPackageIsInTheOrder() {
        List<String> packages = classes.stream()
                .map(c -> c.getPackageName())
                .distinct()
                .filter(p -> p.startsWith("io.junction.") && !p.startsWith("io.junction.testing")
                        && !p.startsWith("io.junction.agent"))
                .toList();
        assertThat(packages).isNotEmpty();
        for (String pkg : packages) {
            assertThat(ORDER.stream().anyMatch(o -> pkg.equals(o) || pkg.startsWith(o + ".")))
                    .as("package %s is placed in DESIGN.md's order (PackageOrderTest.ORDER)", pkg)
                    .isTrue();
        }
    }
}
