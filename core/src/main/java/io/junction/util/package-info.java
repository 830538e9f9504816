/** Small JDK-only helpers shared by every layer: the topological sort the flush and the DDL use, and the conversions between number classes. */
package io.junction.util;
