/**
 * Figures for managers and administrators: a centre's dashboard now, the ward's figures against
 * the plan's targets later. Reads other features' data; changes none of it.
 */
package vn.hoctap.portal.reporting;
