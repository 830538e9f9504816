/** The Java agent and Byte Buddy plugin that enhance mapped classes so that their field reads and writes go through {@code io.junction.orm.attribute.Bridge}. */
package io.junction.agent;
