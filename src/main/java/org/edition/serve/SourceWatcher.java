package org.edition.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches the edition's sources (the TEI folders, xslt/, schemas/, the settings file) and calls
 * back once a burst of changes has settled: an editor's save often writes a file in several
 * steps, and one rebuild should follow, not three.
 */
final class SourceWatcher implements AutoCloseable {
  private final WatchService service;
  private final Predicate<Path> relevant;
  private final long settleMillis;

  private final List<Path> trees;

  /**
   * @param trees folders watched with their subfolders (those that do not exist are skipped)
   * @param flat folders watched without their subfolders
   * @param relevant which changed files call for a rebuild
   */
  SourceWatcher(List<Path> trees, List<Path> flat, Predicate<Path> relevant, long settleMillis) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.relevant = relevant;
    this.settleMillis = settleMillis;
    this.trees = trees;
    for (Path folder : trees) {
      register(folder);
    }
    for (Path folder : flat) {
      if (Files.isDirectory(folder)) {
        folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void register(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        if (!dir.getFileName().toString().startsWith(".")) {
          dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
      }
    }
  }

  /** Waits for the next relevant change and returns once changes have stopped for a moment. */
  List<Path> next() throws InterruptedException {
    java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
    try {
      while (changed.isEmpty()) {
        collect(service.take(), changed);
      }
      WatchKey key;
      while ((key = service.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
        collect(key, changed);
      }
    } catch (ClosedWatchServiceException e) {
      throw new InterruptedException("the watcher was closed");
    }
    return List.copyOf(changed);
  }

  private void collect(WatchKey key, java.util.Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        changed.add(dir);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && trees.stream().anyMatch(path::startsWith)) {
        try {
          register(path);
        } catch (IOException e) {
          // a folder that vanished as it was made
        }
      }
      if (relevant.test(path)) {
        changed.add(path);
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
