package vn.hoctap.portal.platform.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.catalog.boundary.CatalogImport;
import vn.hoctap.portal.identity.boundary.AccountImport;
import vn.hoctap.portal.materials.boundary.MaterialContent;
import vn.hoctap.portal.materials.boundary.MaterialImport;
import vn.hoctap.portal.organisation.boundary.OrganisationImport;
import vn.hoctap.portal.platform.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, loads the demo content from the folder named by {@code PORTAL_CONTENT_DIR}, once:
 * what is already in the database stays as it is. Broken content is reported in the log and
 * the portal starts anyway.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

    @Inject
    OrganisationImport organisation;

    @Inject
    AccountImport accounts;

    @Inject
    CatalogImport catalog;

    @Inject
    MaterialImport materials;

    @Inject
    vn.hoctap.portal.events.boundary.EventImport events;

    @Inject
    vn.hoctap.portal.assessment.boundary.CriteriaSets criteriaSets;

    @Inject
    vn.hoctap.portal.assessment.boundary.TitleCoverage titleCoverage;

    @PostConstruct
    void load() {
        Path folder = Settings.CONTENT_DIR.path().orElse(null);
        if (folder == null) {
            LOG.info("No demo content: " + Settings.CONTENT_DIR.environmentVariable() + " is not set");
            return;
        }
        if (!Files.isDirectory(folder)) {
            LOG.warning("No demo content: " + folder + " is not a folder");
            return;
        }
        try {
            var files = new DemoContentFiles(folder);
            organisation.importIfAbsent(files.organisation());
            int added = accounts.importIfAbsent(files.accounts());
            LOG.info("Demo content from " + folder + ": " + added + " new accounts");
            var report = catalog.importIfAbsent(new CatalogContentFiles(folder).catalog());
            report.problems().forEach(problem -> LOG.warning("Demo catalog: left out " + problem));
            loadEvents(folder);
            loadMaterials(new MaterialContentFiles(folder));
            loadCriteria(new CriteriaContentFiles(folder));
            loadTitlePlan(folder);
        } catch (IllegalArgumentException | EJBException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.SEVERE, "The demo content in " + folder + " was not loaded: " + cause.getMessage());
        }
    }

    /** Subjects, then one material per transaction: a broken one is reported and left out. */
    private void loadMaterials(MaterialContentFiles files) {
        if (!files.present()) {
            return;
        }
        MaterialContent content = files.materials();
        materials.importSubjects(content.subjects());
        int added = 0;
        for (var item : content.materials()) {
            try {
                if (materials.importIfAbsent(item)) {
                    added++;
                }
            } catch (IllegalArgumentException | vn.hoctap.portal.platform.BusinessException | EJBException e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                LOG.warning("Demo materials: left out " + item.key() + ": " + cause.getMessage());
            }
        }
        int loaded = added;
        LOG.info(() -> "Demo materials: " + loaded + " new of " + content.materials().size()
                + " (their text is extracted in the background)");
    }

    /** Campaigns, then one event per transaction (content/events, after the catalog: events may be at its venues). */
    private void loadEvents(Path folder) {
        var content = EventContentFiles.read(folder);
        int campaigns = events.importCampaigns(content);
        int added = 0;
        for (var event : content.events()) {
            try {
                if (events.importIfAbsent(event)) {
                    added++;
                }
            } catch (IllegalArgumentException | vn.hoctap.portal.platform.BusinessException | EJBException e) {
                Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
                LOG.warning("Demo events: left out " + event.code() + ": " + cause.getMessage());
            }
        }
        int loaded = added;
        LOG.info(() -> "Demo events: " + campaigns + " new campaigns, " + loaded + " new of " + content.events().size() + " events");
    }

    /** The learning titles' criteria sets, each a first version unless its code is known. */
    private void loadCriteria(CriteriaContentFiles files) {
        int added = 0;
        var sets = files.sets();
        for (var set : sets) {
            if (criteriaSets.importIfAbsent(set)) {
                added++;
            }
        }
        int loaded = added;
        LOG.info(() -> "Demo criteria sets: " + loaded + " new of " + sets.size());
    }

    /** The learning titles' demo plan: eligible population and targets (content/titles/*.csv), once. */
    private void loadTitlePlan(Path folder) {
        Path population = folder.resolve("titles/population.csv");
        Path targets = folder.resolve("titles/targets.csv");
        if (!Files.isRegularFile(population)) {
            return;
        }
        try {
            boolean loaded = titleCoverage.importPlanIfAbsent(Files.readString(population),
                    Files.isRegularFile(targets) ? Files.readString(targets) : "");
            LOG.info(() -> "Demo population and targets of the learning titles: " + (loaded ? "loaded" : "kept as they are"));
        } catch (java.io.IOException e) {
            LOG.warning("Demo population of the learning titles not read: " + e.getMessage());
        }
    }
}
