/** Many threads using fresh mappings for the first time together: configuration neither deadlocks nor shows a half-configured registry. */
package io.junction.it.concurrency;
