/** SQLAlchemy's passive-delete tests ported: members left to the database's ON DELETE action, in both mapping styles where Junction spells them twice. */
package io.junction.it.sqla.passivedeletes;
