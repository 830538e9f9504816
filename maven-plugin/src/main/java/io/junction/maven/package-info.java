/** The Maven goals {@code enhance} and {@code enhance-test}, which run the agent's enhancement at build time. */
package io.junction.maven;
