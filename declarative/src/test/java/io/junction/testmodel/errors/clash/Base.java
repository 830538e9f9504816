package io.junction.testmodel.errors.clash;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
