package io.junction.it.patterns.manytomany;

import io.junction.declarative.DeclarativeBase;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/** The declarative base of the many-to-many, with the seed's plain association table in its metadata. */
public abstract class Base extends DeclarativeBase {
    /** {@code association_table = Table('association', Base.metadata, ...)}: no class is mapped to it. */
    public static final io.junction.sql.schema.Table ASSOCIATION = metadata(Base.class).table("association",
            column("left_id", INTEGER).foreignKey("left.id"),
            column("right_id", INTEGER).foreignKey("right.id"));
}
