package io.junction.testmodel.errors.badversion;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
