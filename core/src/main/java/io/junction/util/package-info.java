/** Small JDK-only helpers shared by every layer: argument checks and the topological sort the flush and the DDL use. */
package io.junction.util;
