package io.junction.it.collections.map;

import io.junction.declarative.Column;
import io.junction.declarative.MapKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** {@code tags = relationship(Tag, collection_class=keyfunc_mapping(lambda t: t.name.upper()), backref="bag")}. */
@Table("bags")
public class Bag extends Base {
    @Column(primaryKey = true) public Integer id;
    @Relationship(backPopulates = "bag", cascade = "all, delete-orphan") @MapKey(function = UpperName.class)
    public Map<String, Tag> tags = new HashMap<>();

    /** The key of a tag: its name in upper case. */
    public static final class UpperName implements Function<Tag, String> {
        @Override
        public String apply(Tag tag) {
            return tag.name.toUpperCase();
        }
    }
}
