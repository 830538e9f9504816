package io.junction.testmodel.errors.unknownclass;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
