package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output (a `serve` and a `build`, say) take turns, never overlap. */
class OutputLockTest {
  @TempDir Path dir;

  @Test
  void aBuildWaitsWhileAnotherProcessBuildsTheSameOutput() throws Exception {
    Path output = dir.resolve("out");
    Files.createDirectories(output.resolve(".edition-cache"));
    Process holder = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
            output.resolve(".edition-cache/lock").toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", said.readLine());
      CompletableFuture<Cli.Run> build = CompletableFuture.supplyAsync(
          () -> Cli.run("build", "--html", "-o", output.toString()));
      // waits until the build stands at the lock (however slow its start on a busy machine)
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!waitingForALock() && !build.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Thread.sleep(200);
      assertFalse(build.isDone(), "the build did not wait for the other one");
      holder.getOutputStream().close();
      Cli.Run run = build.get(120, TimeUnit.SECONDS);
      assertEquals(0, run.exitCode(), run.out() + run.err());
      assertTrue(run.err().contains("another build is writing"), "err: " + run.err() + " out: " + run.out());
      assertTrue(Files.isRegularFile(output.resolve("html/index.html")));
    } finally {
      holder.destroy();
    }
  }

  /** Whether a thread of this JVM is waiting for a file lock (the build, at the other's). */
  private static boolean waitingForALock() {
    return Thread.getAllStackTraces().values().stream().anyMatch(stack -> java.util.Arrays.stream(stack)
        .anyMatch(f -> f.getClassName().endsWith("FileChannelImpl") && f.getMethodName().equals("lock"))
        && java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(OutputLock.class.getName())));
  }
}
