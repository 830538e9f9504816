package io.junction.declarative;

/** A yes/no option that may also be left to Junction's default ({@link #DEFAULT}). */
public enum Flag {
    DEFAULT, TRUE, FALSE
}
