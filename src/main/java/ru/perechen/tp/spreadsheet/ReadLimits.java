package ru.perechen.tp.spreadsheet;

/**
 * How much of a spreadsheet tp agrees to read. A register's list is at most some tens of thousands
 * of rows; the limits sit far above that and far below what would exhaust memory, so that a
 * hostile or broken file is refused with a message instead of taking the machine down.
 *
 * @param maxFileBytes        the largest file read at all (a CSV file is read whole)
 * @param maxZipEntries       the most parts an XLSX package may have (a workbook has a dozen or so)
 * @param maxUnzippedBytes    the most bytes all parts read may inflate to, together
 * @param maxCompressionRatio the most an XLSX part may have been compressed (zip bombs are compressed
 *                            hundreds of times; spreadsheet XML some ten to twenty times)
 * @param ratioFloorBytes     parts smaller than this when inflated are not held to the ratio
 * @param maxSharedStrings    the most entries of the shared-strings table, held in memory
 * @param maxSharedChars      the most characters of the shared-strings table, together
 * @param maxCellChars        the longest text of one cell (Excel's own limit for XLSX)
 * @param maxRows             the most rows of one sheet (Excel's own limit)
 * @param maxColumns          the most columns (Excel's own limit)
 */
public record ReadLimits(long maxFileBytes, int maxZipEntries, long maxUnzippedBytes, int maxCompressionRatio,
                         long ratioFloorBytes, int maxSharedStrings, long maxSharedChars, int maxCellChars,
                         int maxRows, int maxColumns) {

    /** The limits of {@code tp import}. */
    public static final ReadLimits DEFAULT = new ReadLimits(256L << 20, 1_000, 512L << 20, 100, 1L << 20,
            2_000_000, 64L << 20, 32_767, 1_048_576, 16_384);

    /** A CSV cell may be longer than an Excel cell: {@code tp publish} does not cut CSV cells. */
    int maxCsvCellChars() {
        return Math.max(maxCellChars, 1 << 20);
    }
}
