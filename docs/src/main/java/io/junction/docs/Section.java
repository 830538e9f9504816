package io.junction.docs;

import io.junction.engine.Engine;

import java.io.PrintStream;

/** One runnable example of the guide, named after the part of the seed chapter it shows. */
public interface Section {

    /** The name given on the command line, such as {@code self-referential-query}. */
    String name();

    /** Runs the example against {@code engine}, printing what a reader should see to {@code out}. */
    void run(Engine engine, PrintStream out) throws Exception;
}
