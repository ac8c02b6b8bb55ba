package vn.hoctap.portal.search.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown file as a reader sees it, for the snippets: heading marks, emphasis,
 * code marks, quote marks, bullets, table rules and link targets go; the words stay where they
 * were in their lines, and the lines of a fenced code block stay as they are. Markdown arrives as a plain text (format TXT, extracted as it is), so this
 * is applied to every plain text, and it only removes what plain prose does not write: a bullet
 * "- " at the start of a line reads the same without it, a lone "*" or "a_b" is left alone, and
 * numbered items keep their numbers.
 */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_=])(\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(\\[[ xX]]\\s+)?");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*?)\\|?\\s*$");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*(?<!\\\\)\\|\\s*");

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("!?\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_\\\\])_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private MarkdownText() {
    }

    /** @return the text without Markdown's marks, line for line */
    static String plain(String markdown) {
        if (markdown.isEmpty()) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        boolean code = false;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (FENCE.matcher(lines[i]).matches()) {
                code = !code;
            } else {
                out.append(code ? lines[i] : line(lines[i]));
            }
        }
        return out.toString();
    }

    private static String line(String line) {
        if (RULE.matcher(line).matches() || TABLE_RULE.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
            return "";
        }
        String text = line;
        if (HEADING.matcher(text).find()) {
            text = CLOSING_HASHES.matcher(HEADING.matcher(text).replaceFirst("")).replaceFirst("");
        }
        text = QUOTE.matcher(text).replaceFirst("");
        text = BULLET.matcher(text).replaceFirst("");
        Matcher row = TABLE_ROW.matcher(text);
        if (row.matches()) {
            text = CELL_SEPARATOR.matcher(row.group(1).strip()).replaceAll(" · ");
        }
        text = replace(IMAGE_OR_LINK, text, 1);
        text = replace(REFERENCE_LINK, text, 1);
        text = replace(AUTOLINK, text, 1);
        text = replace(CODE, text, 2);
        text = replace(STRONG, text, 2);
        text = replace(EMPHASIS_STAR, text, 1);
        text = replace(EMPHASIS_UNDERSCORE, text, 1);
        text = replace(STRIKE, text, 1);
        return replace(ESCAPE, text, 1);
    }

    private static String replace(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(group)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
