package io.junction.sql.schema;

import java.util.List;

/** Something that can create and drop a {@link MetaData}'s tables in a database; the engine is one. */
public interface SchemaExecutor {

    /**
     * Creates the metadata's tables; with {@code checkFirst}, only those the database does not have
     * yet (with their indexes), as SQLAlchemy's {@code create_all(checkfirst=True)}.
     */
    void createAll(MetaData metadata, boolean checkFirst);

    /**
     * Drops the metadata's tables; with {@code checkFirst}, only those the database has, so a missing
     * table is no error.
     */
    void dropAll(MetaData metadata, boolean checkFirst);

    /**
     * Declares in {@code metadata} the database's tables named in {@code only} (every table of the
     * current schema when empty), with the tables their foreign keys refer to, read from its catalog.
     */
    void reflect(MetaData metadata, List<String> only);
}
