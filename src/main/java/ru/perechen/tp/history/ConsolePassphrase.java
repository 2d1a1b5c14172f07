package ru.perechen.tp.history;

import java.io.Console;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Asks for the passphrase of a signing key on the console, as {@code git tag -s} would through
 * the GnuPG agent. Without a console (CI, a pipe) there is no one to ask, and signing fails with
 * JGit's message saying that the key is protected.
 */
final class ConsolePassphrase extends CredentialsProvider {

    @Override
    public boolean isInteractive() {
        return System.console() != null;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            if (!(item instanceof CredentialItem.Password) && !(item instanceof CredentialItem.InformationalMessage)
                    && !(item instanceof CredentialItem.CharArrayType)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.InformationalMessage message) {
                console.printf("%s%n", message.getPromptText());
            } else if (item instanceof CredentialItem.CharArrayType secret) {
                char[] typed = console.readPassword("%s: ", item.getPromptText());
                if (typed == null) {
                    return false;
                }
                secret.setValueNoCopy(typed);
            } else {
                throw new UnsupportedCredentialItem(uri, item.getPromptText());
            }
        }
        return true;
    }
}
