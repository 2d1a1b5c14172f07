package ru.perechen.tp.pipeline;

import java.util.Map;
import java.util.Optional;

/**
 * The CI platform a pipeline runs on, as its environment variables tell, and what follows from it:
 * the format findings must take to appear on the changed lines, where the change summary goes, and
 * which revision a pull (merge) request is compared with.
 *
 * <p>Gitea and Forgejo Actions run GitHub-style workflows and set {@code GITHUB_ACTIONS=true}, so
 * they are {@link #GITHUB} here; they show workflow commands and the step summary as far as they
 * support them.
 */
public enum Platform {

    /** GitHub Actions (and the Actions of Gitea and Forgejo): workflow commands, {@code $GITHUB_STEP_SUMMARY}. */
    GITHUB,
    /** GitLab CI: a Code Quality report file, a Markdown summary file for the merge request. */
    GITLAB,
    /** Anywhere else, a terminal included: the text report. */
    NONE;

    /** The Code Quality report GitLab reads, in the folder tp ci runs in (where {@code tp init}'s .gitlab-ci.yml expects it). */
    public static final String CODE_QUALITY_REPORT = "gl-code-quality-report.json";
    /** The summary file written on GitLab unless another is named. */
    public static final String GITLAB_SUMMARY = "tp-summary.md";
    /** The variable naming the file GitHub shows as the job's summary; content is appended to it. */
    public static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    /** The platform the variables describe: {@code GITHUB_ACTIONS=true}, {@code GITLAB_CI=true}, or neither. */
    public static Platform detect(Map<String, String> variables) {
        if ("true".equals(variables.get("GITHUB_ACTIONS"))) {
            return GITHUB;
        }
        if ("true".equals(variables.get("GITLAB_CI"))) {
            return GITLAB;
        }
        return NONE;
    }

    /**
     * The revision a pull (merge) request's changes are measured from, when the platform says
     * what it is: on GitHub the base branch as fetched ({@code origin/<GITHUB_BASE_REF>}, set only
     * for pull requests), on GitLab the merge base ({@code CI_MERGE_REQUEST_DIFF_BASE_SHA}, set only
     * in merge request pipelines). Empty on a push or a branch pipeline: then the whole register
     * is checked.
     */
    public Optional<String> changeBase(Map<String, String> variables) {
        return switch (this) {
            case GITHUB -> nonBlank(variables.get("GITHUB_BASE_REF")).map(branch -> "origin/" + branch);
            case GITLAB -> nonBlank(variables.get("CI_MERGE_REQUEST_DIFF_BASE_SHA"));
            case NONE -> Optional.empty();
        };
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
