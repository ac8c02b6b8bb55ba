package vn.hoctap.portal.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The deployment every integration test uses: the real EAR the build just made. Tests that run
 * inside the server (testable = true) get it with AssertJ added, since Arquillian adds only
 * itself and JUnit to the EAR.
 */
public final class Deployments {

    private static final String WEB_MODULE = "portal-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "portal.ear")
                .importFrom(new File(System.getProperty("portal.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The EAR for tests that run inside the server: Arquillian merges its servlet protocol into the
     * EAR's one web module, so the test classes go into that module too.
     */
    public static EnterpriseArchive portalForTestsInside(Class<?>... testClasses) {
        EnterpriseArchive ear = portal();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE).addClasses(testClasses);
        ear.delete(WEB_MODULE);
        return ear.addAsModule(web).addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
