package ru.perechen.tp.history;

/**
 * What the OpenPGP signature of an approval tag says, checked with the public keys of the user's
 * GnuPG keyring (JGit's BouncyCastle module): that the tag's name, target and message are exactly
 * as the key's owner signed them.
 *
 * @param signer the signer as the signature or the key names them; empty when unknown
 * @param key    the signing key's fingerprint (or id) as far as known; empty when unknown
 * @param detail the verifier's own words when the signature could not be checked or is bad
 */
public record TagSignature(Status status, String signer, String key, String detail) {

    /** The outcome of checking a tag's signature. */
    public enum Status {
        /** The tag carries no signature: not an error unless signatures are required. */
        NOT_SIGNED,
        /** The signature verifies with a key of the keyring. */
        VERIFIED,
        /** The signature does not verify: the tag was changed after signing, or signed wrongly. */
        BAD,
        /** The key that made the signature is not in the keyring, so it cannot be checked. */
        UNKNOWN_KEY,
        /** A signature of a kind tp cannot check (X.509, SSH). */
        UNSUPPORTED
    }

    static TagSignature notSigned() {
        return new TagSignature(Status.NOT_SIGNED, "", "", "");
    }

    /** Whether the tag is signed and the signature checks out. */
    public boolean verified() {
        return status == Status.VERIFIED;
    }
}
