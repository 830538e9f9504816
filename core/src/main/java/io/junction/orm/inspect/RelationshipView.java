package io.junction.orm.inspect;

import io.junction.orm.relationship.Cascade;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.Table;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One relationship of a mapped class, SQLAlchemy's {@code mapper.relationships[name]}, as configured.
 *
 * @param name the attribute's name
 * @param parentClass the class that has the attribute
 * @param targetClass the class of the objects it refers to
 * @param direction which side holds the foreign key
 * @param localColumns the parent's columns in the join (SQLAlchemy's {@code local_columns})
 * @param remoteColumns the columns on the other side: the target's, or for a many-to-many the
 *        association table's (SQLAlchemy's {@code remote_side})
 * @param localRemotePairs the compared columns; for a many-to-many, parent key to association
 *        column and then target key to association column, as SQLAlchemy lists them
 * @param secondary the association table of a many-to-many, else {@code null}
 * @param backPopulates the name of the relationship on the target that is this one's other side
 *        (declared by {@code backref} or {@code backPopulates}), or {@code null}
 * @param backref whether this relationship was created by the other side's {@code backref}
 * @param uselist whether it holds a collection rather than one object
 * @param cascade the cascade options
 * @param lazy the loader strategy
 * @param viewonly whether it is read-only (never written by a flush)
 * @param info the user data given with {@code info(...)} (SQLAlchemy's {@code info}), empty when none
 * @param doc the description given with {@code doc(...)}, or {@code null}
 */
public record RelationshipView(String name, Class<?> parentClass, Class<?> targetClass, Direction direction,
                               List<Column> localColumns, List<Column> remoteColumns, List<ColumnPair> localRemotePairs,
                               Table secondary, String backPopulates, boolean backref, boolean uselist,
                               Set<Cascade.Option> cascade, Lazy lazy, boolean viewonly, Map<String, Object> info,
                               String doc) {

    public RelationshipView {
        localColumns = List.copyOf(localColumns);
        remoteColumns = List.copyOf(remoteColumns);
        localRemotePairs = List.copyOf(localRemotePairs);
        cascade = Set.copyOf(cascade);
        info = Map.copyOf(info);
    }
}
