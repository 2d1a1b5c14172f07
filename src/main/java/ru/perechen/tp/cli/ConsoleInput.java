package ru.perechen.tp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * What the person at the terminal types, a line at a time; {@code null} when there is no more.
 * Commands that ask questions read their answers from here, so a test can answer them.
 */
@FunctionalInterface
public interface ConsoleInput {

    /** No input at all: what scripts and tests that ask nothing get. */
    ConsoleInput NONE = () -> null;

    String readLine() throws IOException;

    /** The standard input, read in the terminal's charset. */
    static ConsoleInput of(InputStream in, Charset charset) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
        return reader::readLine;
    }

    /** Fixed answers, one per line, then the end of input: for tests. */
    static ConsoleInput of(String... lines) {
        Deque<String> answers = new ArrayDeque<>(Arrays.asList(lines));
        return answers::poll;
    }
}
