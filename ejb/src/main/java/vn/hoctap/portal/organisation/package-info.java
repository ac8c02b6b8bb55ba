/**
 * The organisation the portal serves: city/province, district, ward (administrative units), one
 * community learning centre (TTHTCĐ) per ward, and the residential groups (tổ dân phố / thôn) of
 * each ward. Other features refer to centres and groups; only this feature changes them.
 */
package vn.hoctap.portal.organisation;
