package io.junction.it.types;

/** Stored by ordinal: an INTEGER. */
public enum Priority { LOW, MEDIUM, HIGH }
