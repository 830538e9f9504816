package io.junction.sql.schema;

/** Something that can create and drop a {@link MetaData}'s tables in a database; the engine is one. */
public interface SchemaExecutor {

    void createAll(MetaData metadata);

    void dropAll(MetaData metadata);
}
