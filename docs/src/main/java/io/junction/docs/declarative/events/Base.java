package io.junction.docs.declarative.events;

import io.junction.declarative.DeclarativeBase;

/** The base of the {@code events} section's model: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
