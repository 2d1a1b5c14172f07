package ru.perechen.tp.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new register repository, by path from the repository's root: the register
 * (register.yaml, empty {@code points/} and {@code processes/}, the JSON Schemas for editors, a README
 * for the people who edit it)
 * in its folder, and at the root what the platforms read there ({@code .gitattributes}, a GitHub
 * Actions workflow and {@code .gitlab-ci.yml}, both running {@code tp ci} in the register's folder).
 * The texts are resources beside this class; only the register's folder and names are filled in.
 */
public final class RepositoryTemplate {

    /** Where the text of a workflow names the register's folder (relative to the repository root). */
    static final String REGISTER = "@@REGISTER@@";

    public static final String GITHUB_WORKFLOW = ".github/workflows/tp.yml";
    public static final String GITLAB_CI = ".gitlab-ci.yml";

    /**
     * The JSON Schemas of the format (this project's {@code schema/}, built into the jar), copied into
     * the register's folder: the first line of every record file names them, and editors with YAML
     * support then check and complete what the heads of units type.
     */
    static final String SCHEMA_FOLDER = "schema";
    static final List<String> SCHEMAS = List.of("register.schema.json", "point.schema.json", "process.schema.json");

    private RepositoryTemplate() {
    }

    /**
     * @param registerFolder the register's folder relative to the repository root, {@code .} when it is the root
     */
    public static Map<String, String> files(NewRegister register, String registerFolder) {
        String prefix = registerFolder.equals(".") ? "" : registerFolder + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(prefix + "register.yaml", register.registerYaml());
        files.put(prefix + "points/.gitkeep", "");
        files.put(prefix + "processes/.gitkeep", "");
        for (String schema : SCHEMAS) {
            files.put(prefix + SCHEMA_FOLDER + "/" + schema, resource(SCHEMA_FOLDER + "/" + schema));
        }
        files.put(prefix + "README.md", resource("README.md")
                .replace("@@TITLE@@", register.title())
                .replace("@@ORGANIZATION@@", register.organizationName()));
        files.put(".gitattributes", resource("gitattributes"));
        files.put(GITHUB_WORKFLOW, resource("github-workflow.yml").replace(REGISTER, registerFolder));
        files.put(GITLAB_CI, resource("gitlab-ci.yml").replace(REGISTER, registerFolder));
        return files;
    }

    static String resource(String name) {
        try (InputStream in = RepositoryTemplate.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template " + name + " is missing from tp's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
