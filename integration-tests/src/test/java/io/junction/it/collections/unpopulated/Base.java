package io.junction.it.collections.unpopulated;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the unpopulated-key models. */
public abstract class Base extends DeclarativeBase {
}
