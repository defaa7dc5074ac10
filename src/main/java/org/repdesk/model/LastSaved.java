package org.repdesk.model;

/**
 * When a member or case was last saved, by whom, and its version then: what a second save of the
 * same record is checked against, so that one rep's save never silently replaces another's.
 *
 * @param version raised by every save
 * @param by the login that saved it (on a casebook, set by the server); null in a rep's own file
 * @param at the time of the save, as the store writes it (ISO, UTC)
 */
public record LastSaved(int version, String by, String at) {
}
