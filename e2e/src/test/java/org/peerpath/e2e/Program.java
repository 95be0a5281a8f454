package org.peerpath.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program the end-to-end tests run (node, bash, java) with settings in its environment, output to a log. */
final class Program {

    /** How it ended: {@code exitCode} -1 when it was killed for running past its time. */
    record Result(int exitCode, String output) {
    }

    private Program() {
    }

    static Result run(List<String> command, Path directory, Map<String, String> environment, String logName,
            Duration timeout) throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("peerpath.e2e.logs")).resolve(logName);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("---- " + String.join(" ", command) + " (" + log + ")\n" + output);
        return new Result(finished ? process.exitValue() : -1, output);
    }

    /** The repository's root: e2e's parent directory. */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("peerpath.e2e.typescript")).resolve("../..").normalize();
    }
}
