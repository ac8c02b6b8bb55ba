package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexableField;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.MaterialHit;

/**
 * Turns a {@link MaterialDocument} into the Lucene document of {@link MaterialSchema} and a stored
 * document back into the fields of a {@link MaterialHit}. Texts are composed to NFC before they are
 * stored, so snippets come out composed whatever form the extraction delivered, and a plain text
 * (Markdown among them) loses its Markdown marks ({@link MarkdownText}), so snippets read as prose.
 */
public final class MaterialDocuments {

    /** Extracted text beyond this is neither indexed nor stored (a 500-page scan says enough before). */
    static final int MAX_TEXT_CHARS = 1_000_000;
    /** The format of plain texts, Markdown included: their text is stored and indexed without Markdown's marks. */
    static final String PLAIN_TEXT = "TXT";
    /** Title tails indexed for suggestions: a match may start at any of the first syllables. */
    private static final int SUGGEST_TAILS = 8;
    private static final int SUGGEST_MAX_CHARS = 120;
    /** Separates a centre's id from its name in the facet label (never in a name). */
    static final char LABEL_SEPARATOR = '\u001e';
    /** Facet value of materials published by a city or district rather than a centre. */
    static final String UNIT_PREFIX = "unit:";

    /** Stored fields a hit needs (not the long text, which only the highlighter reads). */
    static final Set<String> HIT_FIELDS = Set.of(MaterialSchema.ID, MaterialSchema.VERSION_STORED, MaterialSchema.TITLE,
            MaterialSchema.DESCRIPTION, MaterialSchema.SUBJECT, MaterialSchema.AUDIENCES, MaterialSchema.LEVEL,
            MaterialSchema.LANGUAGE, MaterialSchema.LICENCE, MaterialSchema.FORMAT, MaterialSchema.AUTHOR,
            MaterialSchema.CENTRE_ID, MaterialSchema.CENTRE_NAME, MaterialSchema.PUBLISHED);

    private final MaterialSchema schema;
    private final Map<String, String> subjectNames;

    /** Without subject names: the subject is only a facet. */
    public MaterialDocuments(MaterialSchema schema) {
        this(schema, Map.of());
    }

    /** @param subjectNames subject code → name as residents know it (Vietnamese), indexed as metadata */
    public MaterialDocuments(MaterialSchema schema, Map<String, String> subjectNames) {
        this.schema = schema;
        this.subjectNames = Map.copyOf(subjectNames);
    }

    /** The term that names a material's one document, for replacing or deleting it. */
    public static Term idTerm(long id) {
        return new Term(MaterialSchema.ID, Long.toString(id));
    }

    /** @return the document to index, facets built */
    public Document toLucene(MaterialDocument material) {
        String title = nfc(material.title());
        String description = nfc(material.description());
        String text = nfc(material.text());
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        if (PLAIN_TEXT.equals(material.format())) {
            // indexed as stored: the highlighter's offsets point into the text without the marks
            text = MarkdownText.plain(text);
        }
        Document doc = new Document();
        doc.add(new StringField(MaterialSchema.ID, Long.toString(material.id()), Field.Store.YES));
        doc.add(new StoredField(MaterialSchema.VERSION_STORED, material.version()));
        doc.add(new Field(MaterialSchema.TITLE, title, MaterialSchema.TEXT_TYPE));
        doc.add(new Field(MaterialSchema.DESCRIPTION, description, MaterialSchema.TEXT_TYPE));
        doc.add(new Field(MaterialSchema.TEXT, text, MaterialSchema.TEXT_TYPE));
        doc.add(new Field(MaterialSchema.TITLE_EXACT, title, MaterialSchema.EXACT_TYPE));
        doc.add(new Field(MaterialSchema.BODY_EXACT, description, MaterialSchema.EXACT_TYPE));
        doc.add(new Field(MaterialSchema.BODY_EXACT, text, MaterialSchema.EXACT_TYPE));
        String metadata = String.join("\n", subjectNames.getOrDefault(material.subject(), ""), nfc(material.author()),
                nfc(material.centreName()));
        doc.add(new Field(MaterialSchema.METADATA, metadata, MaterialSchema.METADATA_TYPE));
        addSuggestions(doc, title);

        long day = material.published().toEpochDay();
        doc.add(new NumericDocValuesField(MaterialSchema.PUBLISHED, day));
        doc.add(new StoredField(MaterialSchema.PUBLISHED, day));
        store(doc, MaterialSchema.SUBJECT, material.subject());
        material.audiences().forEach(audience -> store(doc, MaterialSchema.AUDIENCES, audience));
        store(doc, MaterialSchema.LEVEL, material.level());
        store(doc, MaterialSchema.LANGUAGE, material.language());
        store(doc, MaterialSchema.LICENCE, material.licence());
        store(doc, MaterialSchema.FORMAT, material.format());
        store(doc, MaterialSchema.AUTHOR, nfc(material.author()));
        if (material.centreId() != null) {
            doc.add(new StoredField(MaterialSchema.CENTRE_ID, material.centreId()));
        }
        store(doc, MaterialSchema.CENTRE_NAME, nfc(material.centreName()));

        facet(doc, FacetDimension.SUBJECT, material.subject(), material.subject());
        material.audiences().forEach(audience -> facet(doc, FacetDimension.AUDIENCE, audience, audience));
        facet(doc, FacetDimension.FORMAT, material.format(), material.format());
        facet(doc, FacetDimension.LICENCE, material.licence(), material.licence());
        facet(doc, FacetDimension.CENTRE, centreValue(material), nfc(material.centreName()));
        try {
            return schema.facetsConfig().build(doc);
        } catch (IOException e) {
            // only a taxonomy writer does I/O here; sorted-set facets never do
            throw new UncheckedIOException(e);
        }
    }

    /** The centre facet's value of a material: its centre's id, or the publishing unit's name. */
    static String centreValue(MaterialDocument material) {
        return material.centreId() != null ? material.centreId().toString() : UNIT_PREFIX + nfc(material.centreName());
    }

    /** Reads a hit's stored fields (loaded with {@link #HIT_FIELDS}). */
    public static MaterialHit toHit(Document doc, String titleHtml, String snippetHtml, float score) {
        IndexableField centre = doc.getField(MaterialSchema.CENTRE_ID);
        List<String> audiences = new ArrayList<>();
        for (IndexableField audience : doc.getFields(MaterialSchema.AUDIENCES)) {
            audiences.add(audience.stringValue());
        }
        return new MaterialHit(Long.parseLong(doc.get(MaterialSchema.ID)),
                doc.getField(MaterialSchema.VERSION_STORED).numericValue().intValue(), doc.get(MaterialSchema.TITLE),
                titleHtml, snippetHtml, doc.get(MaterialSchema.SUBJECT), audiences, doc.get(MaterialSchema.LEVEL),
                doc.get(MaterialSchema.LANGUAGE), doc.get(MaterialSchema.LICENCE), doc.get(MaterialSchema.FORMAT),
                doc.get(MaterialSchema.AUTHOR), centre == null ? null : centre.numericValue().longValue(),
                doc.get(MaterialSchema.CENTRE_NAME),
                LocalDate.ofEpochDay(doc.getField(MaterialSchema.PUBLISHED).numericValue().longValue()), score);
    }

    /** The folded syllables of a text without OCR repair: "Kỹ năng sống" → "ky nang song". */
    public String foldForSuggestions(String text) {
        return String.join(" ", TokenStreams.terms(schema.foldedPlainAnalyzer(), MaterialSchema.SUGGEST, text));
    }

    private void addSuggestions(Document doc, String title) {
        List<String> syllables = TokenStreams.terms(schema.foldedPlainAnalyzer(), MaterialSchema.SUGGEST, title);
        if (syllables.isEmpty()) {
            return;
        }
        String whole = limit(String.join(" ", syllables));
        doc.add(new StringField(MaterialSchema.SUGGEST_START, whole, Field.Store.NO));
        for (int i = 0; i < Math.min(SUGGEST_TAILS, syllables.size()); i++) {
            doc.add(new StringField(MaterialSchema.SUGGEST, limit(String.join(" ", syllables.subList(i, syllables.size()))),
                    Field.Store.NO));
        }
    }

    private static String limit(String s) {
        return s.length() > SUGGEST_MAX_CHARS ? s.substring(0, SUGGEST_MAX_CHARS) : s;
    }

    private static void facet(Document doc, FacetDimension dimension, String value, String name) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new StringField(MaterialSchema.filterField(dimension), value, Field.Store.NO));
        String label = dimension == FacetDimension.CENTRE ? value + LABEL_SEPARATOR + name : value;
        doc.add(new SortedSetDocValuesFacetField(MaterialSchema.facetDim(dimension), label));
    }

    private static void store(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StoredField(field, value));
        }
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
