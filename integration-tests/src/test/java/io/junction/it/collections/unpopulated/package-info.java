/** Models of Map relationships whose members may lack their key: refused, or skipped with ignoreUnpopulated. */
package io.junction.it.collections.unpopulated;
