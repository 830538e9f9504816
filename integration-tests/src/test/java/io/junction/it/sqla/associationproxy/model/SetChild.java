package io.junction.it.sqla.associationproxy.model;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

import java.util.function.Function;

/** SQLAlchemy's _CollectionOperations Child for the set; the set proxy makes it with {@link Creator}. */
@Table("set_children")
public class SetChild extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("set_parent.id") public Integer parentId;
    @Column(length = 128) public String foo;
    @Column(length = 128) public String name;
    public SetParent parent;

    public SetChild() {
    }

    /** The set proxy's creator: a child named by the value. */
    public static final class Creator implements Function<String, SetChild> {
        @Override
        public SetChild apply(String name) {
            SetChild child = new SetChild();
            child.name = name;
            return child;
        }
    }
}
