/** The immutable SQL expression tree: columns, operators, bind parameters, FROM clauses, joins, aliases and the SELECT, INSERT, UPDATE and DELETE statements, with the {@link io.junction.sql.expression.Sql} factories. */
package io.junction.sql.expression;
