package io.junction.it.arguments.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the relationship-argument suites: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
