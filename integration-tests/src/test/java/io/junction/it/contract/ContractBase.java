package io.junction.it.contract;

import io.junction.declarative.DeclarativeBase;

/** A declarative base: the agent enhances its subclasses. */
public abstract class ContractBase extends DeclarativeBase {
}
