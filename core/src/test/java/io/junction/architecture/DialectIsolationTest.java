package io.junction.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.dialect.PostgresDialect;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** What differs between databases lives in {@code sql.dialect}: no other main class names a concrete dialect. */
class DialectIsolationTest {

    @Test
    void onlyTheDialectPackageNamesAConcreteDialect() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.junction");
        assertThat(classes.stream().filter(c -> c.getPackageName().equals("io.junction.engine"))).isNotEmpty();
        noClasses().that().resideOutsideOfPackage("io.junction.sql.dialect..")
                .should().dependOnClassesThat().belongToAnyOf(H2Dialect.class, PostgresDialect.class)
                .because("database differences are Dialect hooks, overridden by H2Dialect and PostgresDialect; "
                        + "code outside io.junction.sql.dialect calls the hooks instead of asking which database it is")
                .check(classes);
    }
}
