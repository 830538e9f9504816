package io.junction.it.types;

/** Stored in a native enum type named {@code mood}. */
public enum Mood { HAPPY, SAD }
