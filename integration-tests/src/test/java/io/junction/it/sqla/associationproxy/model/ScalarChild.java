package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

import java.util.function.Function;

/** SQLAlchemy's ScalarTest Child, with the creators of {@link ScalarParent}'s proxies ({@code lambda v: Child(bar=v)}). */
@Table("scalar_children")
public class ScalarChild extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("scalar_parent.id") public Integer parentId;
    @Column(length = 128) public String foo;
    @Column(length = 128) public String bar;
    @Column(length = 128) public String baz;
    public ScalarParent parent;

    public ScalarChild() {
    }

    public ScalarChild(String foo, String bar, String baz) {
        this.foo = foo;
        this.bar = bar;
        this.baz = baz;
    }

    /** {@code Child(foo=v)}. */
    public static final class WithFoo implements Function<String, ScalarChild> {
        @Override
        public ScalarChild apply(String foo) {
            return new ScalarChild(foo, null, null);
        }
    }

    /** {@code Child(bar=v)}. */
    public static final class WithBar implements Function<String, ScalarChild> {
        @Override
        public ScalarChild apply(String bar) {
            return new ScalarChild(null, bar, null);
        }
    }

    /** {@code Child(baz=v)}. */
    public static final class WithBaz implements Function<String, ScalarChild> {
        @Override
        public ScalarChild apply(String baz) {
            return new ScalarChild(null, null, baz);
        }
    }
}
