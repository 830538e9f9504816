/** Column options: NOT NULL, UNIQUE, indexes, server defaults, and the client-side defaults and update values a flush applies. */
package io.junction.it.types.options;
