/** The session's weak identity map: objects the application dropped leave it, changed ones stay until written, and streams keep nothing, on H2 and PostgreSQL. */
package io.junction.it.identity;
