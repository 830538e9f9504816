package it.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.junction.engine.Engine;
import io.junction.orm.attribute.ClassManager;
import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs without -javaagent: the model was enhanced by junction-maven-plugin at build time. */
class EnhancedAtBuildTimeTest {

    @Test
    void noAgentRunsAndTheModelIsEnhanced() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertFalse(arguments.stream().anyMatch(argument -> argument.startsWith("-javaagent")), arguments::toString);
        assertTrue(ClassManager.isEnhanced(Parent.class), "Parent enhanced");
        assertTrue(ClassManager.isEnhanced(Child.class), "Child enhanced");
        assertFalse(ClassManager.isEnhanced(Family.class), "Family is not mapped");
    }

    @Test
    void backrefsFollowFieldWritesAndRelationshipsLoadLazily() {
        Engine engine = Engine.builder("jdbc:h2:mem:enhanced;DB_CLOSE_DELAY=-1").build();
        Family.METADATA.createAll(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Parent parent = new Parent();
            parent.name = "p";
            Child first = new Child();
            parent.children.add(first);           // this test class's field access, rewritten by enhance-test
            assertSame(parent, first.parent, "the backref set the child's parent");
            Child second = new Child();
            Family.adopt(parent, second);         // a main class's field write, rewritten by enhance
            assertEquals(List.of(first, second), parent.children);
            session.add(parent);
            session.commit();
            id = parent.id;
        }
        try (Session session = new Session(engine)) {
            Parent parent = session.get(Parent.class, id);
            assertFalse(Junction.inspect(parent).attribute("children").loaded(), "children not loaded yet");
            assertEquals(2, parent.children.size());
            assertTrue(Junction.inspect(parent).attribute("children").loaded(), "children loaded on first read");
            assertSame(parent, parent.children.get(0).parent);
            assertEquals("p", parent.name);
        }
    }
}
