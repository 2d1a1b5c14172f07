package ru.perechen.tp.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tp " + version()};
    }
}
