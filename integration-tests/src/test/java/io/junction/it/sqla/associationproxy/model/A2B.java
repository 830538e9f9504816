package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.function.Function;

/** SQLAlchemy's test_empty_scalars A2B; its one-argument constructors are the creators of {@link EmptyA}'s proxies. */
@Table("a2b")
public class A2B extends ScalarBase {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("a.id") public Integer idA;
    @Column @ForeignKey("b.id") public Integer idB;
    @Column(length = 50) public String name;
    @Relationship public EmptyB b;

    public A2B() {
    }

    public A2B(String name) {
        this.name = name;
    }

    public A2B(EmptyB b) {
        this.b = b;
    }

    /** The creator of {@code EmptyA.bName}: an A2B with a new B of that name. */
    public static final class WithBNamed implements Function<String, A2B> {
        @Override
        public A2B apply(String name) {
            EmptyB b = new EmptyB();
            b.name = name;
            return new A2B(b);
        }
    }
}
