package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.List;
import org.newsmetrics.model.RemovedBlock;
import org.newsmetrics.text.Simplifier;
import org.newsmetrics.text.TextNorm;

/**
 * Drops text printed twice on a page: a paragraph contained in another (a cut-off copy of a whole
 * one), a paragraph printed twice (the later copy is kept), and the tail of a paragraph that repeats
 * another paragraph (a block of one story spliced into another). Comparison uses
 * {@link TextNorm#match}, which keeps digits. A cut-off fragment that sat between dropped copies
 * moves behind the kept copy it belongs to.
 */
final class Dedup {
  private Dedup() {}

  private static final int SHORT = 30;
  /** Paragraph forms shorter than this are never taken for copies. */
  private static final int PREFIX = 8;
  private static final int MIN_TAIL = 20;
  /**
   * Character comparisons the substring searches may cost per page. Each search scans the page, so
   * their cost is searches × page length: news pages stay far below this, while a pathological page
   * (thousands of short lines, one huge paragraph) falls back to exact-copy detection, keeping the
   * cleaner linear in the page's size.
   */
  static final long SEARCH_BUDGET = 40_000_000L;

  static void run(List<PageCleaner.Para> paras, String docId, List<RemovedBlock> removed, Simplifier simplifier) {
    int n = paras.size();
    String[] m = new String[n];
    for (int i = 0; i < n; i++) m[i] = simplifier.match(paras.get(i).str());
    PageCleaner.Para[] keeper = keepers(paras, m);
    List<PageCleaner.Para> out = new ArrayList<>();
    List<String> outForms = new ArrayList<>(); // the kept paragraphs' forms: their text is unchanged
    List<PageCleaner.Para[]> moves = dropCopies(paras, m, keeper, docId, removed, out, outForms);
    cutRepeatedTails(out, outForms.toArray(new String[0]), docId, removed, simplifier);
    moveFragments(out, moves);
    paras.clear();
    paras.addAll(out);
  }

  /** For each paragraph printed again elsewhere on the page, the copy that is kept; else null. */
  private static PageCleaner.Para[] keepers(List<PageCleaner.Para> paras, String[] m) {
    int n = m.length;
    PageCleaner.Para[] keeper = new PageCleaner.Para[n];
    Index idx = new Index(m);
    boolean searchable = (long) n * idx.all.length() <= SEARCH_BUDGET;
    java.util.Map<String, List<Integer>> exact = new java.util.HashMap<>();
    if (!searchable) {
      for (int i = 0; i < n; i++) exact.computeIfAbsent(m[i], k -> new ArrayList<>()).add(i);
    }
    // most paragraphs are printed once: their first chars occur nowhere else, so no search is needed
    boolean[] mayRepeat = searchable ? idx.prefixesSeenElsewhere(PREFIX) : null;
    for (int i = 0; i < n; i++) {
      String mi = m[i];
      if (mi.length() < PREFIX) continue;
      if (searchable && !mayRepeat[i]) continue;
      // over budget, only exact copies are found: the last copy of a paragraph is kept
      List<Integer> holders = searchable ? idx.holders(mi, i) : laterCopies(exact.get(mi), i);
      for (int j : holders) {
        if (keeper[j] != null) continue;
        boolean dup;
        if (mi.length() < SHORT) dup = m[j].equals(mi) && j > i;
        else dup = m[j].length() > mi.length() || (m[j].equals(mi) && j > i);
        if (dup) {
          keeper[i] = paras.get(j);
          break;
        }
      }
    }
    return keeper;
  }

  /**
   * Moves the paragraphs that are kept (and their forms) to {@code out}, the others to
   * {@code removed}. Returns the fragments right after dropped copies, each with the kept copy it
   * may belong behind and the paragraph before it: {fragment, keeper, previous}.
   */
  private static List<PageCleaner.Para[]> dropCopies(List<PageCleaner.Para> paras, String[] m,
      PageCleaner.Para[] keeper, String docId, List<RemovedBlock> removed, List<PageCleaner.Para> out,
      List<String> outForms) {
    List<PageCleaner.Para[]> moves = new ArrayList<>();
    PageCleaner.Para lastKeeper = null;
    for (int i = 0; i < m.length; i++) {
      PageCleaner.Para p = paras.get(i);
      if (keeper[i] != null) {
        int[] r = p.lineRange(0, p.text.length());
        removed.add(new RemovedBlock(docId, "duplicate", p.str(), r[0], r[1]));
        lastKeeper = keeper[i];
        continue;
      }
      if (lastKeeper != null && !p.contStart && !out.isEmpty()) {
        moves.add(new PageCleaner.Para[] {p, lastKeeper, out.get(out.size() - 1)});
      }
      lastKeeper = null;
      out.add(p);
      outForms.add(m[i]);
    }
    return moves;
  }

  /** Cuts the tail of a paragraph that another paragraph repeats (a block spliced into a story). */
  private static void cutRepeatedTails(List<PageCleaner.Para> out, String[] mo, String docId,
      List<RemovedBlock> removed, Simplifier simplifier) {
    Index tails = new Index(mo);
    long tailSearches = 0;
    for (String f : mo) tailSearches += f.length() / MIN_TAIL;
    if (tailSearches * tails.all.length() > SEARCH_BUDGET) return;
    for (int pi = 0; pi < out.size(); pi++) {
      PageCleaner.Para p = out.get(pi);
      String t = p.str();
      if (TextNorm.visibleLength(t) < MIN_TAIL * 2) continue;
      // every tail searched below ends with the form's last MIN_TAIL chars: when those are held
      // nowhere else (or the form is shorter), no tail is, and the searches can be skipped
      String end = TextNorm.matchFormEnd(t, MIN_TAIL, simplifier);
      if (end.length() < MIN_TAIL || !tails.heldElsewhere(end, pi)) continue;
      StringBuilder form = new StringBuilder();
      int[] off = TextNorm.matchOffsets(t, form, simplifier);
      for (int k = 1; k < t.length() - MIN_TAIL; k++) {
        if ("，,、；;。！？!?".indexOf(t.charAt(k - 1)) < 0) continue;
        String tail = form.substring(off[k]);
        if (tail.length() < MIN_TAIL) break;
        if (tails.heldElsewhere(tail, pi)) {
          int[] r = p.lineRange(k, t.length());
          removed.add(new RemovedBlock(docId, "duplicate", t.substring(k), r[0], r[1]));
          p.truncate(k);
          tails.shorten(pi, off[k]);
          break;
        }
      }
    }
  }

  /**
   * A fragment right after dropped copies moves behind the kept copy when the text before the
   * dropped run and the fragment are both cut off (checked once tails are cut).
   */
  private static void moveFragments(List<PageCleaner.Para> out, List<PageCleaner.Para[]> moves) {
    for (PageCleaner.Para[] mv : moves) {
      PageCleaner.Para f = mv[0];
      if (TextNorm.endsSentence(f.str()) || TextNorm.endsSentence(mv[2].str())) continue;
      if (indexOf(out, mv[1]) < 0) continue;
      out.remove(f);
      out.add(indexOf(out, mv[1]) + 1, f);
    }
  }

  /** All paragraphs' comparison forms in one string, to find which paragraphs hold a text. */
  static final class Index {
    private final String all;
    private final int[] starts;
    private final int[] lengths;

    Index(String[] forms) {
      int total = 0;
      for (String f : forms) total += f.length() + 1;
      StringBuilder sb = new StringBuilder(total);
      starts = new int[forms.length];
      lengths = new int[forms.length];
      for (int i = 0; i < forms.length; i++) {
        starts[i] = sb.length();
        lengths[i] = forms[i].length();
        sb.append(forms[i]).append('\u0001');
      }
      all = sb.toString();
    }

    /**
     * For each paragraph, whether the first {@code k} chars of its form occur anywhere else in the
     * page's forms (false for a form shorter than that): a paragraph held by another must be. One
     * pass over the page looks up the key of the three chars at each position in a bitmap of the
     * paragraphs' opening keys, and compares openings only where a key is set; searching each
     * paragraph's form read the page once per paragraph.
     */
    boolean[] prefixesSeenElsewhere(int k) {
      int n = starts.length;
      boolean[] seen = new boolean[n];
      int w = Math.min(k, KEY_CHARS);
      char[] a = all.toCharArray();
      long[] bitmap = new long[(1 << KEY_BITS) / 64];
      // the paragraphs by opening key: first[key] heads a chain through next[]
      int[] first = new int[1 << KEY_BITS];
      java.util.Arrays.fill(first, -1);
      int[] next = new int[n];
      for (int p = n - 1; p >= 0; p--) {
        if (lengths[p] < k) continue;
        int key = key(a, starts[p], w);
        bitmap[key >>> 6] |= 1L << key;
        next[p] = first[key];
        first[key] = p;
      }
      for (int at = 0; at + k <= a.length; at++) {
        int key = key(a, at, w);
        if ((bitmap[key >>> 6] & (1L << key)) == 0) continue;
        for (int p = first[key]; p >= 0; p = next[p]) {
          if (!seen[p] && at != starts[p] && all.regionMatches(at, all, starts[p], k)) seen[p] = true;
        }
      }
      return seen;
    }

    /** Chars in a key, and its bits: the tables stay small, filled anew for each page, and a page has few paragraphs. */
    private static final int KEY_CHARS = 3, KEY_BITS = 12;

    private static int key(char[] a, int at, int w) {
      int h = 0;
      for (int i = 0; i < w; i++) h = h * 0x9E3779B1 + a[at + i];
      return (h * 0x9E3779B1) >>> (32 - KEY_BITS);
    }

    /** Paragraph {@code pi} now ends at {@code len} chars of its form. */
    void shorten(int pi, int len) {
      lengths[pi] = Math.min(lengths[pi], len);
    }

    /** Whether a paragraph other than {@code self} contains {@code s}: {@code !holders(s, self).isEmpty()}. */
    boolean heldElsewhere(String s, int self) {
      if (s.isEmpty()) return false;
      for (int at = all.indexOf(s); at >= 0; at = all.indexOf(s, at + 1)) {
        int pi = java.util.Arrays.binarySearch(starts, at);
        if (pi < 0) pi = -pi - 2;
        if (at + s.length() > starts[pi] + lengths[pi]) continue; // in a part since cut away
        if (pi != self) return true;
      }
      return false;
    }

    /** Paragraphs other than {@code self} whose form contains {@code s}, in page order. */
    List<Integer> holders(String s, int self) {
      List<Integer> out = new ArrayList<>();
      if (s.isEmpty()) return out;
      for (int at = all.indexOf(s); at >= 0; at = all.indexOf(s, at + 1)) {
        int pi = java.util.Arrays.binarySearch(starts, at);
        if (pi < 0) pi = -pi - 2;
        if (at + s.length() > starts[pi] + lengths[pi]) continue; // in a part since cut away
        // occurrences come in page order: a paragraph's repeats are consecutive
        if (pi != self && (out.isEmpty() || out.get(out.size() - 1) != pi)) out.add(pi);
      }
      return out;
    }
  }

  /** The copies after {@code i} among the paragraphs with the same form. */
  private static List<Integer> laterCopies(List<Integer> same, int i) {
    List<Integer> out = new ArrayList<>();
    if (same == null) return out;
    int at = java.util.Collections.binarySearch(same, i);
    if (at >= 0 && at + 1 < same.size()) out.add(same.get(at + 1));
    return out;
  }

  private static int indexOf(List<PageCleaner.Para> list, PageCleaner.Para p) {
    for (int i = 0; i < list.size(); i++) if (list.get(i) == p) return i;
    return -1;
  }
}
