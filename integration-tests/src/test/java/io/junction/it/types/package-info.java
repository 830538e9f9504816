/** Column types, enums, converters and the refusals of a field its column cannot hold, in both mapping styles on H2 and PostgreSQL. */
package io.junction.it.types;
