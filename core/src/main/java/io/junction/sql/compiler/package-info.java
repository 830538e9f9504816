/** Turns expression trees into SQL text with ordered parameters ({@link io.junction.sql.compiler.SqlCompiler}) and tables into DDL ({@link io.junction.sql.compiler.DdlCompiler}), with one protected hook per construct for dialects to override. */
package io.junction.sql.compiler;
