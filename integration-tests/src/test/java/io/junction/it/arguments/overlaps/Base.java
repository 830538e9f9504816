package io.junction.it.arguments.overlaps;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the overlap-warning suite, apart so that its warnings are its own. */
public abstract class Base extends DeclarativeBase {
}
