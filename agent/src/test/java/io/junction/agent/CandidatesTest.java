package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;

/** Candidacy decided from class files through a type pool, without loading the classes. */
class CandidatesTest {

    private static final String MODEL = "io.junction.agent.testmodel.";

    private final TypePool pool = TypePool.Default.ofSystemLoader();
    private final Candidates candidates = new Candidates(List.of(InstallAgentFirst.PACKAGES));

    @Test
    void mappedDeclarativeAndPackagedClassesAreCandidates() {
        assertThat(candidate("late.LateEntity")).isTrue();
        assertThat(candidate("Parent")).isTrue();
        assertThat(candidate("Parent$Secret")).isTrue();
        assertThat(candidate("declarative.Base")).isTrue();
        assertThat(candidate("declarative.Node")).isTrue();
        assertThat(candidate("declarative.SubNode")).isTrue();
        assertThat(candidate("packaged.Gadget")).isTrue();
        assertThat(candidate("packaged.sub.Widget")).isTrue();
    }

    @Test
    void otherTypesAreNot() {
        assertThat(candidate("Plain")).isFalse();
        assertThat(candidate("Outsider")).isFalse();
        assertThat(candidate("Puppy")).as("@Mapped is not inherited").isFalse();
        assertThat(candidate("Parent$Renamer")).isFalse();
        assertThat(candidate("packaged.Kind")).isFalse();
        assertThat(candidate("packaged.Point")).isFalse();
        assertThat(candidate("packaged.Shape")).isFalse();
        assertThat(candidate("packaged.Gadget$1")).as("anonymous").isFalse();
        assertThat(candidates.isCandidate(describe("io.junction.declarative.DeclarativeBase"))).isFalse();
        assertThat(candidates.isCandidate(describe("io.junction.orm.mapper.Mapped"))).isFalse();
        assertThat(new Candidates(List.of()).isCandidate(describe(MODEL + "packaged.Gadget"))).isFalse();
    }

    @Test
    void stateFieldOnlyAtTheRootOfAnEnhancedHierarchy() {
        assertThat(candidates.needsStateField(describe(MODEL + "Parent"))).isTrue();
        assertThat(candidates.needsStateField(describe(MODEL + "Animal"))).isTrue();
        assertThat(candidates.needsStateField(describe(MODEL + "Dog"))).isFalse();
        assertThat(candidates.needsStateField(describe(MODEL + "declarative.Node"))).isFalse();
        assertThat(candidates.needsStateField(describe(MODEL + "packaged.Gadget"))).isTrue();
    }

    @Test
    void planListsMappedFieldsAndRejectsHiddenOnes() {
        ClassPlan plan = ClassPlan.of(describe(MODEL + "Parent"), candidates);
        assertThat(plan.candidate()).isTrue();
        assertThat(plan.stateField()).isTrue();
        assertThat(plan.mappedFields()).containsOnlyKeys(
                "id", "name", "version", "active", "score", "children", "tags", "motto");
        assertThat(plan.mappedFields()).containsEntry("children", "Ljava/util/List;");

        assertThat(ClassPlan.of(describe(MODEL + "Plain"), candidates)).isSameAs(ClassPlan.REWRITE_ONLY);
        assertThatThrownBy(() -> ClassPlan.of(describe(MODEL + "broken.Hiding"), candidates))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Field " + MODEL + "broken.Hiding.name hides the mapped field "
                        + MODEL + "broken.Root.name");
    }

    @Test
    void ignoredTypes() {
        for (String name : List.of("java.lang.String", "jdk.internal.Foo", "net.bytebuddy.ByteBuddy",
                "org.hibernate.Session", "org.junit.jupiter.api.Test", "io.junction.orm.session.Session",
                "io.junction.sql.Table", "io.junction.declarative.DeclarativeBase",
                "io.junction.agent.JunctionAgent", "io.junction.agent.shaded.bytebuddy.ByteBuddy",
                "org.apache.maven.surefire.booter.ForkedBooter", "jakarta.persistence.Entity",
                "com.zaxxer.hikari.HikariDataSource", "org.jboss.logging.Logger",
                "com.example.model.User$HibernateProxy$a1b2", "com.example.Foo$ByteBuddy$Bar")) {
            assertThat(IgnoredTypes.isIgnored(name)).as(name).isTrue();
        }
        for (String name : List.of("io.junction.it.model.Parent", "io.junction.docs.Node",
                "io.junction.agent.testmodel.Parent", "com.example.model.User", "io.junctionx.Foo")) {
            assertThat(IgnoredTypes.isIgnored(name)).as(name).isFalse();
        }
    }

    @Test
    void aNamedPackageUnderALibraryPrefixIsEnhancedButJunctionsOwnNever() {
        Candidates named = new Candidates(List.of("org.apache.myapp.model", "io.junction.orm", "java.util"));
        assertThat(named.isIgnored("org.apache.myapp.model.User")).isFalse();
        assertThat(named.isIgnored("org.apache.myapp.model.sub.User$Inner")).isFalse();
        assertThat(named.isIgnored("org.apache.myapp.other.User")).isTrue();
        assertThat(named.isIgnored("io.junction.orm.session.Session")).isTrue();
        assertThat(named.isIgnored("java.util.ArrayList")).isTrue();
        assertThat(named.isIgnored("com.example.model.User")).isFalse();
    }

    @Test
    void agentArgumentNamesPackages() {
        assertThat(Candidates.parsePackages("com.example.model, com.example.other;x.y"))
                .containsExactly("com.example.model", "com.example.other", "x.y");
        assertThat(Candidates.parsePackages(null)).isEmpty();
        assertThat(Candidates.parsePackages("")).isEmpty();
    }

    private boolean candidate(String name) {
        return candidates.isCandidate(describe(MODEL + name));
    }

    private TypeDescription describe(String name) {
        return pool.describe(name).resolve();
    }
}
