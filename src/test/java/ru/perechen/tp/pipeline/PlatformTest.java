package ru.perechen.tp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void isToldByTheVariablesEachPlatformSets() {
        assertThat(Platform.detect(Map.of("GITHUB_ACTIONS", "true"))).isEqualTo(Platform.GITHUB);
        // Gitea and Forgejo Actions set GITHUB_ACTIONS too, beside their own variable.
        assertThat(Platform.detect(Map.of("GITHUB_ACTIONS", "true", "GITEA_ACTIONS", "true"))).isEqualTo(Platform.GITHUB);
        assertThat(Platform.detect(Map.of("GITLAB_CI", "true"))).isEqualTo(Platform.GITLAB);
        assertThat(Platform.detect(Map.of("CI", "true"))).isEqualTo(Platform.NONE);
        assertThat(Platform.detect(Map.of("GITHUB_ACTIONS", "false"))).isEqualTo(Platform.NONE);
    }

    @Test
    void aPullRequestIsComparedWithWhatThePlatformNamesAsItsBase() {
        assertThat(Platform.GITHUB.changeBase(Map.of("GITHUB_BASE_REF", "main"))).contains("origin/main");
        assertThat(Platform.GITLAB.changeBase(Map.of("CI_MERGE_REQUEST_DIFF_BASE_SHA", "0123abc")))
                .contains("0123abc");
    }

    @Test
    void aPushOrABranchPipelineHasNoBase() {
        // GitHub sets GITHUB_BASE_REF empty outside pull requests.
        assertThat(Platform.GITHUB.changeBase(Map.of("GITHUB_BASE_REF", ""))).isEmpty();
        assertThat(Platform.GITHUB.changeBase(Map.of())).isEmpty();
        assertThat(Platform.GITLAB.changeBase(Map.of("CI_COMMIT_BRANCH", "main"))).isEmpty();
        assertThat(Platform.NONE.changeBase(Map.of("GITHUB_BASE_REF", "main"))).isEmpty();
    }
}
