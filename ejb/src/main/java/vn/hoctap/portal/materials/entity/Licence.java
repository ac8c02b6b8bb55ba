package vn.hoctap.portal.materials.entity;

/** The terms a material is shared under (Dublin Core "rights"). */
public enum Licence {
    CC_BY, CC_BY_SA, PUBLIC_DOMAIN, ALL_RIGHTS_RESERVED
}
