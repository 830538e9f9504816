package io.junction.sql.expression;

/** A complete statement that an engine can execute: SELECT, INSERT, UPDATE or DELETE. */
public interface Statement extends SqlNode {
}
