package io.junction.agent.testmodel.declarative;

import io.junction.declarative.DeclarativeBase;

public abstract class Base extends DeclarativeBase {
}
