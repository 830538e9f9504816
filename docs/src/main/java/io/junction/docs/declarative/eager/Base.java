package io.junction.docs.declarative.eager;

import io.junction.declarative.DeclarativeBase;

/** The base of the {@code eager-loading} section's model: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
