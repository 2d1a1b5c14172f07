package ru.perechen.tp.load;

import java.io.IOException;

/** The source holds no register.yaml: there is no register to read. */
public final class RegisterNotFoundException extends IOException {

    private static final long serialVersionUID = 1L;

    public RegisterNotFoundException() {
        super("register.yaml not found");
    }
}
