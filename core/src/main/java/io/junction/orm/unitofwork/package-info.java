/** The flush: save, delete and dependency-processing actions sorted by their edges, one {@link io.junction.orm.unitofwork.DependencyProcessor} per relationship direction, and batched row writes. */
package io.junction.orm.unitofwork;
