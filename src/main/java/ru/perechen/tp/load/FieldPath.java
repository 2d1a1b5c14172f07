package ru.perechen.tp.load;

/**
 * Where a value sits in a file ({@code processes[1].needs[0]}), built as the structure check
 * descends and written out only when a problem is reported: the check visits every value of every
 * file, and nearly all of them are fine.
 */
final class FieldPath {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    private final FieldPath parent;
    private final String key;
    private final int index;

    private FieldPath(FieldPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    FieldPath child(String childKey) {
        return new FieldPath(this, childKey, -1);
    }

    FieldPath item(int itemIndex) {
        return new FieldPath(this, null, itemIndex);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String prefix = parent.toString();
        if (key == null) {
            return prefix + "[" + index + "]";
        }
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
