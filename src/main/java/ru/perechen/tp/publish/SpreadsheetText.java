package ru.perechen.tp.publish;

/**
 * Keeps spreadsheets from evaluating text from the register (OWASP, "CSV injection"): a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be read
 * as a formula by Excel or LibreOffice. In CSV such a cell gets a leading {@code '}; in XLSX it is
 * written as a string with Excel's quote-prefix style, so its text stays exactly as written.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text of a CSV cell: as written, or with a leading {@code '} when it could be a formula. */
    static String forCsv(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }
}
