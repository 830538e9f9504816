package io.junction.agent.testmodel;

import io.junction.orm.mapper.Mapped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

@Mapped
public class Parent {

    public static int instances;

    public int id;
    public String name;
    public long version;
    public boolean active;
    public double score;
    public List<Child> children = new ArrayList<>();
    public final List<String> tags = new ArrayList<>();
    public transient String scratch;
    private String motto;

    public Parent() {
        instances++;
    }

    public Parent(String name) {
        this();
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        name = newName;
    }

    public long bumpVersion() {
        version += 1;
        return version;
    }

    public Runnable renameLater(String newName) {
        return () -> name = newName;
    }

    public Supplier<String> nameLater() {
        return () -> name;
    }

    public String motto() {
        return motto;
    }

    public Renamer renamer() {
        return new Renamer();
    }

    /** An inner class: reaches the outer object's fields through its synthetic this$0. */
    public class Renamer {

        public void rename(String newName) {
            name = newName;
        }

        public String read() {
            return name;
        }

        public void setMotto(String newMotto) {
            motto = newMotto;
        }
    }

    /** A mapped nested class whose private field another nestmate reads. */
    @Mapped
    public static class Secret {

        private String code = "none";

        public static String codeOf(Secret secret) {
            return new Peek().peek(secret);
        }

        static final class Peek {
            String peek(Secret secret) {
                return secret.code;
            }
        }
    }
}
