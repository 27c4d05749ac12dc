package org.sikiza.classifier.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {

  @Test
  void collectsEveryStoredPrefixOfAWord() {
    PrefixTrie trie = new PrefixTrie();
    trie.add("hosp", "SDG3");
    trie.add("hospital", "health");
    trie.add("school", "SDG4");
    Set<String> found = new LinkedHashSet<>();
    trie.collect("hospitalini", found);
    assertEquals(Set.of("SDG3", "health"), found);
    found.clear();
    trie.collect("hos", found);
    assertEquals(Set.of(), found);
    trie.collect("school", found);
    assertEquals(Set.of("SDG4"), found);
  }
}
