package io.junction.it.keys.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the generated-key suites: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
