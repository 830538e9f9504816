package io.junction.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constant pool scan, and which classes it lets through to enhancement. */
class ClassFileScanTest {

    private static final String MODEL = "io/junction/agent/testmodel/";

    /** Constants of every width, so that the scan must step over two-slot entries. */
    static final class Constants {
        static final long BIG = 1_234_567_890_123L;
        static final double RATIO = 0.125;
        static final float HALF = 0.5f;
        static final int LARGE = 1_000_000;
        String text = "text";
        Runnable task = () -> text = "ran";

        long mix() {
            return BIG + (long) RATIO + (long) HALF + LARGE + text.length();
        }
    }

    private final MappedAncestry ancestry = new MappedAncestry(new Candidates(List.of(InstallAgentFirst.PACKAGES)));

    @Test
    void readsNameSuperclassMappedAndFieldOwners() {
        ClassFileScan parent = scan(MODEL + "Parent");
        ClassFileScan outsider = scan(MODEL + "Outsider");

        assertThat(parent.name()).isEqualTo(MODEL + "Parent");
        assertThat(parent.superName()).isEqualTo("java/lang/Object");
        assertThat(parent.mentionsMapped()).isTrue();
        assertThat(outsider.mentionsMapped()).isFalse();
        assertThat(outsider.fieldOwners()).contains(MODEL + "Parent");
    }

    @Test
    void stepsOverEveryKindOfConstant() {
        ClassFileScan constants = scan("io/junction/agent/ClassFileScanTest$Constants");

        assertThat(constants.name()).isEqualTo("io/junction/agent/ClassFileScanTest$Constants");
        assertThat(constants.superName()).isEqualTo("java/lang/Object");
        assertThat(constants.fieldOwners()).containsExactly("io/junction/agent/ClassFileScanTest$Constants");
    }

    @Test
    void rejectsWhatIsNoClassFile() {
        assertThatThrownBy(() -> ClassFileScan.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassFileScan.of(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesAndTheirAccessorsConcernEnhancement() {
        assertThat(concerns("Parent")).as("@Mapped").isTrue();
        assertThat(concerns("declarative/SubNode")).as("DeclarativeBase two levels up").isTrue();
        assertThat(concerns("packaged/sub/Widget")).as("named package").isTrue();
        assertThat(concerns("Outsider")).as("writes Parent's fields").isTrue();
        assertThat(concerns("Puppy")).as("a subclass of a mapped class may reach its fields").isTrue();
        assertThat(concerns("Labelled")).as("reads Parent.name in its super(...) argument").isTrue();
    }

    @Test
    void classesThatReachNoCandidateDoNot() {
        assertThat(concerns("Plain")).isFalse();
        assertThat(ancestry.concerns(scan("io/junction/agent/ClassFileScanTest$Constants"), loader())).isFalse();
        assertThat(ancestry.concerns(scan("io/junction/agent/ClassFileScanTest"), loader())).isFalse();
    }

    @Test
    void aFieldOwnerWithoutClassFileCountsAsNoCandidate() {
        ClassFileScan orphan = new ClassFileScan("com/example/Orphan", "com/example/Missing", false,
                java.util.Set.of("com/example/Missing"));

        assertThat(ancestry.concerns(orphan, loader())).isFalse();
    }

    private boolean concerns(String model) {
        return ancestry.concerns(scan(MODEL + model), loader());
    }

    private static ClassLoader loader() {
        return ClassFileScanTest.class.getClassLoader();
    }

    private static ClassFileScan scan(String internalName) {
        try (InputStream in = loader().getResourceAsStream(internalName + ".class")) {
            return ClassFileScan.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
