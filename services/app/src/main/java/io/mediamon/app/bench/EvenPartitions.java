package io.mediamon.app.bench;

import io.mediamon.schema.RawArticle;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Spreads a bench's batch of articles over the raw topic's partitions so that each gets the same amount of text.
 * Hashed by id, the 1,200 articles of `bench extract` split 627 / 573 over two partitions, 2.20 against 2.01 million
 * characters: the stream thread of the larger partition had a tenth more text to analyze and ran on alone at the end,
 * an artifact of a short batch (over a long stream the hash evens out) that the in-process run, whose threads take
 * from one list, does not have. Each article goes to the partition with the least text so far; keys stay the ids.
 */
final class EvenPartitions {
  private final long[] characters;
  /** Groups of partitions that each get the same amount of text: one group of all, or each process's partitions. */
  private final List<int[]> owners;
  private final long[] ownerCharacters;

  EvenPartitions(int partitions) {
    this(partitions, List.of(IntStream.range(0, Math.max(partitions, 0)).boxed().collect(Collectors.toSet())));
  }

  /**
   * Each owner (the partitions one process holds) gets the same amount of text, and within it each partition. Kafka
   * Streams' assignor balances tasks, not partitions: with four raw partitions and the duplicate stage's one task,
   * one of two processes may hold one raw partition and the other three, and a batch spread by partitions alone then
   * measures the one with three while the other idles. Spread by owners, each process gets half of the text whatever
   * its share of the partitions; the bench prints the split.
   *
   * @param owners disjoint sets of partitions covering 0 to {@code partitions - 1}
   */
  EvenPartitions(int partitions, List<Set<Integer>> owners) {
    this(partitions, owners, true);
  }

  /**
   * Only the partitions one process holds, evenly: the bench's rounds measure each process alone by sending a batch
   * to its partitions only, while its partners (warm, in the same group) idle.
   *
   * @param held some of the partitions 0 to {@code partitions - 1}
   */
  static EvenPartitions within(int partitions, Set<Integer> held) {
    return new EvenPartitions(partitions, List.of(held), false);
  }

  private EvenPartitions(int partitions, List<Set<Integer>> owners, boolean allPartitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    Set<Integer> covered = new TreeSet<>();
    owners.forEach(covered::addAll);
    int held = owners.stream().mapToInt(Set::size).sum();
    if (owners.stream().anyMatch(Set::isEmpty) || covered.size() != held
        || (allPartitions && held != partitions) || covered.stream().anyMatch(p -> p < 0 || p >= partitions)) {
      throw new IllegalArgumentException("owners must " + (allPartitions ? "share" : "be disjoint sets of")
          + " the partitions 0 to " + (partitions - 1) + ": " + owners);
    }
    this.characters = new long[partitions];
    this.owners = owners.stream().map(o -> o.stream().mapToInt(Integer::intValue).sorted().toArray()).toList();
    this.ownerCharacters = new long[owners.size()];
  }

  int partitionFor(RawArticle article) {
    int owner = 0;
    for (int o = 1; o < ownerCharacters.length; o++) {
      if (ownerCharacters[o] < ownerCharacters[owner]) {
        owner = o;
      }
    }
    int[] held = owners.get(owner);
    int least = held[0];
    for (int p : held) {
      if (characters[p] < characters[least]) {
        least = p;
      }
    }
    long length = article.getBody() == null ? 0 : article.getBody().length();
    characters[least] += length;
    ownerCharacters[owner] += length;
    return least;
  }
}
