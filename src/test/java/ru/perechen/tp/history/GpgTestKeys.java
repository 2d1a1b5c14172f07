package ru.perechen.tp.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;

/**
 * An OpenPGP signing key made with BouncyCastle for tests, in a GnuPG home of its own
 * ({@code pubring.gpg} and {@code secring.gpg}, the formats JGit's BouncyCastle module reads),
 * without a passphrase. JGit fixes its GnuPG home once per JVM (system property
 * {@code jgit.gpg.home}, read when its key locator is first used), so every test of this JVM
 * shares the one home made by {@link #home()}; a test that needs a key the keyring does not know
 * makes a {@link #standalone} one.
 */
public final class GpgTestKeys {

    public static final String USER = "Иванова Мария <ivanova@example.ru>";

    private static Path home;
    private static String fingerprint;

    private GpgTestKeys() {
    }

    /** The GnuPG home of this JVM's tests, made on first use and set as JGit's. */
    public static synchronized Path home() {
        if (home == null) {
            try {
                Path folder = Files.createTempDirectory("tp-gnupg-");
                folder.toFile().deleteOnExit();
                Generated key = generate(USER);
                Files.write(folder.resolve("pubring.gpg"), key.publicRing().getEncoded());
                Files.write(folder.resolve("secring.gpg"), key.secretRing().getEncoded());
                System.setProperty("jgit.gpg.home", folder.toString());
                fingerprint = key.fingerprint();
                home = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }

    /** The fingerprint of the key in {@link #home()}, in upper-case hex. */
    public static synchronized String fingerprint() {
        home();
        return fingerprint;
    }

    /** A key pair that is in no keyring: what a signature by someone unknown looks like. */
    public static Generated standalone(String user) {
        return generate(user);
    }

    /** A generated key: its rings and fingerprint. */
    public record Generated(PGPSecretKeyRing secretRing, PGPPublicKeyRing publicRing, String fingerprint) {

        /** An ASCII-armoured detached signature of {@code data}, as Git appends to a signed tag. */
        public String sign(byte[] data) {
            try {
                PGPSignatureGenerator generator = new PGPSignatureGenerator(new JcaPGPContentSignerBuilder(
                        PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), publicRing.getPublicKey());
                generator.init(PGPSignature.BINARY_DOCUMENT, secretRing.getSecretKey()
                        .extractPrivateKey(new JcePBESecretKeyDecryptorBuilder().build(new char[0])));
                generator.update(data);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
                    generator.generate().encode(armored);
                }
                return out.toString(StandardCharsets.US_ASCII);
            } catch (PGPException | IOException e) {
                throw new IllegalStateException("cannot sign", e);
            }
        }
    }

    private static Generated generate(String user) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            PGPKeyPair keyPair = new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, pair, new Date());
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
            PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, keyPair, user,
                    sha1, hashed.generate(), null,
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
                    null);
            PGPPublicKeyRing publicRing = rings.generatePublicKeyRing();
            return new Generated(rings.generateSecretKeyRing(), publicRing,
                    HexFormat.of().withUpperCase().formatHex(publicRing.getPublicKey().getFingerprint()));
        } catch (NoSuchAlgorithmException | PGPException e) {
            throw new IllegalStateException("cannot make a test key", e);
        }
    }
}
