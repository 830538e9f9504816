package io.junction.it.types;

/** Stored by name (the default): a VARCHAR as long as SUSPENDED. */
public enum Status { ACTIVE, SUSPENDED, DONE }
