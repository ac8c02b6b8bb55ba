package vn.hoctap.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The deployment every integration test uses: the real EAR the build just made. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "portal.ear")
                .importFrom(new File(System.getProperty("portal.ear")))
                .as(EnterpriseArchive.class);
    }
}
