package org.sikiza.classifier.features;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds every stored prefix of a word in one pass over its letters, without building substrings:
 * the prefix lookup runs for every word of every message, so it must not allocate.
 */
final class PrefixTrie {

  private static final class Node {
    char[] letters = new char[0];
    Node[] children = new Node[0];
    Set<String> keys;

    Node child(char c) {
      for (int i = 0; i < letters.length; i++) {
        if (letters[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node addChild(char c) {
      Node existing = child(c);
      if (existing != null) {
        return existing;
      }
      letters = Arrays.copyOf(letters, letters.length + 1);
      children = Arrays.copyOf(children, children.length + 1);
      letters[letters.length - 1] = c;
      Node node = new Node();
      children[children.length - 1] = node;
      return node;
    }
  }

  private final Node root = new Node();

  void add(String prefix, String key) {
    Node node = root;
    for (int i = 0; i < prefix.length(); i++) {
      node = node.addChild(prefix.charAt(i));
    }
    if (node.keys == null) {
      node.keys = new LinkedHashSet<>();
    }
    node.keys.add(key);
  }

  /** Adds the keys of every stored prefix of {@code word} (including the whole word) to {@code out}. */
  void collect(String word, Set<String> out) {
    Node node = root;
    for (int i = 0; i < word.length() && node != null; i++) {
      node = node.child(word.charAt(i));
      if (node != null && node.keys != null) {
        out.addAll(node.keys);
      }
    }
  }
}
