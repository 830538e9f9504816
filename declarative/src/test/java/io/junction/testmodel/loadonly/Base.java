package io.junction.testmodel.loadonly;

import io.junction.declarative.DeclarativeBase;

/** A base nothing touches before a session asks for one of its classes. */
public abstract class Base extends DeclarativeBase {
}
