/** Tables and columns declared once: {@link io.junction.sql.schema.MetaData}, {@link io.junction.sql.schema.Table}, {@link io.junction.sql.schema.Column}, foreign keys and SQL types. */
package io.junction.sql.schema;
