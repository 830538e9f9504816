package io.junction.docs.declarative.writeonly;

import io.junction.declarative.DeclarativeBase;

/** The base of the {@code write-only} section's model: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
