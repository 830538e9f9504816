package io.junction.testmodel.errors.unknowntable;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
