package vn.hoctap.portal.search.control;

/** Plain text as HTML, for the snippets that have no match to mark. */
final class HtmlText {

    private HtmlText() {
    }

    /** Escapes the characters that HTML gives a meaning to. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The beginning of a text, cut at a space near {@code max} characters, with an ellipsis when cut. */
    static String beginning(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}
