package io.junction.it.declarative.relops;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the relationship-operator test: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
