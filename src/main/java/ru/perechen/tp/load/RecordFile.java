package ru.perechen.tp.load;

/**
 * A file of the register that holds one record.
 *
 * @param path path inside the register folder, with {@code /} separators ({@code points/minkult/TP-001.yaml})
 * @param size size in bytes, known before reading so that oversized files are refused unread
 * @param key  how the source finds the bytes again (a real path, a Git object id)
 */
public record RecordFile(String path, RecordType type, long size, Object key) {

    /** What a record file holds, decided by the top folder it lies in. */
    public enum RecordType {
        POINT("points"),
        PROCESS("processes");

        private final String folder;

        RecordType(String folder) {
            this.folder = folder;
        }

        /** The top folder of the register that holds records of this type. */
        public String folder() {
            return folder;
        }
    }
}
