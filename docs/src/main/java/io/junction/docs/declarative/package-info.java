/** The declarative variants of the examples' sections ({@code --style declarative}), one model package per section. */
package io.junction.docs.declarative;
