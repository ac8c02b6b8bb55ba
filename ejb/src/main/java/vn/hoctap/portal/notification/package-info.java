/**
 * Mail to residents and staff through the server's mail session {@code java:jboss/mail/Portal}.
 * Texts live in the {@code mail} resource bundles (Vietnamese by default, English on request).
 * Other features never send mail themselves: they fire events that this feature observes.
 */
package vn.hoctap.portal.notification;
