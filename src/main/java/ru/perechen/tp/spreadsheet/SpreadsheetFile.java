package ru.perechen.tp.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A spreadsheet file as sheets of text, whichever form it has: an XLSX workbook (recognised by its
 * content, a zip) or a CSV file. Old binary Excel files and OpenDocument ones are named as such,
 * with what to save them as.
 */
final class SpreadsheetFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SpreadsheetFile() {
    }

    /** The sheets of a file, and whether it was a workbook (whose sheets have names) or a CSV file. */
    record Contents(List<Sheet> sheets, boolean workbook) {
    }

    /**
     * @param shown the file as messages name it
     */
    static Contents read(Path file, String shown, ReadLimits limits) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException("import.error.not-found", shown);
        }
        String extension = extension(file);
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ImportException("import.error.too-large", shown, limits.maxFileBytes() >> 20);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            if (startsWith(head, OLE2)) {
                throw new ImportException("import.error.old-excel", shown);
            }
            if (extension.equals("ods")) {
                throw new ImportException("import.error.ods", shown);
            }
            if (startsWith(head, ZIP)) {
                return new Contents(new XlsxReader(limits).read(shown, file), true);
            }
            if (extension.equals("xlsx") || extension.equals("xlsm")) {
                throw new ImportException("import.error.not-xlsx", shown, "no zip signature");
            }
            return new Contents(List.of(new CsvReader(limits).read(shown, Files.readAllBytes(file))), false);
        } catch (IOException e) {
            throw new ImportException(e, "import.error.read", shown, String.valueOf(e.getMessage()));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
