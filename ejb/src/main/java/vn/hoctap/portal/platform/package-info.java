/**
 * What every feature shares and nothing more: the clock and time zone, settings read from the
 * environment, the schema migrations, and the exceptions that carry a message key to the user.
 * No feature logic lives here.
 */
package vn.hoctap.portal.platform;
