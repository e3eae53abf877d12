package org.newsmetrics.layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.newsmetrics.text.TextNorm;

/**
 * A cheap necessary condition for a regular expression to {@code find} a match, derived once from
 * the expression's text: sets of chars a match must contain one of each ({@link #required}), for
 * an expression anchored at {@code ^} the chars the input must start with ({@link #start}), and
 * for one anchored at {@code $} the chars it must end with ({@link #end}).
 *
 * <p>Only a plain subset of {@link java.util.regex.Pattern} syntax is understood (literals, classes
 * with ranges, {@code \d \w \s \p{..}}, groups, alternation, greedy/lazy/possessive quantifiers,
 * {@code ^ $ \b}, look-around). Anything else (flags, back references, {@code \Q}) makes the
 * prefilter {@link #ALWAYS}, so the condition is never wrong, only sometimes useless. Every set
 * computed is a superset of what the expression can match: a char class too large to list counts
 * as "any char".
 */
final class RegexPrefilter {

  /** Sets larger than this are treated as "any char": they would filter nothing. */
  private static final int MAX_SET = 256;

  /** At most this many required sets are kept (the smallest): more would cost more than they save. */
  private static final int MAX_REQUIRED = 4;
  /** Sets of at most this many chars are searched char by char with the (vectorised) indexOf. */
  private static final int FEW = 3;

  /** No condition: the expression may match anything. */
  static final RegexPrefilter ALWAYS = new RegexPrefilter(List.of(), null, false, null, null);

  /** A match contains at least one char of each of these sets; empty when none is known. */
  final List<BitSet> required;
  /** For each required set: its chars when there are few (searched with indexOf), else null. */
  private final char[][] fewChars;
  private final BitSet[] sets;
  /** Every match starts at index 0 with one of these chars; null when unknown or unanchored. */
  final BitSet start;
  /**
   * Every match starts at index 0 ({@code ^}): a search need only try there, which
   * {@link java.util.regex.Matcher#lookingAt} does, where {@code find} would try every index.
   */
  final boolean anchored;
  /**
   * Every match ends at the input's end ({@code $}) with one of these chars; null when unknown or
   * not anchored there. Many rules are whole-line shapes ({@code ^…(日报|晚报)$}) whose last char
   * rules out almost every line that holds their other chars.
   */
  final BitSet end;
  /**
   * The chars every match starts with, anchored or not; null when unknown. A search need only try
   * the positions holding one of them, where {@link Matcher#find} would try every position.
   */
  final BitSet first;

  private RegexPrefilter(List<BitSet> required, BitSet start, boolean anchored, BitSet end, BitSet first) {
    this.anchored = anchored;
    this.end = end;
    this.first = first;
    this.required = required;
    this.sets = required.toArray(new BitSet[0]);
    this.fewChars = new char[sets.length][];
    for (int k = 0; k < sets.length; k++) {
      if (sets[k].cardinality() > FEW) continue;
      char[] cs = new char[sets[k].cardinality()];
      int i = 0;
      for (int c = sets[k].nextSetBit(0); c >= 0; c = sets[k].nextSetBit(c + 1)) cs[i++] = (char) c;
      fewChars[k] = cs;
    }
    this.start = start;
  }

  /** The prefilter of a regex, or {@link #ALWAYS} when its syntax is outside the subset. */
  static RegexPrefilter of(String regex) {
    try {
      Parser p = new Parser(regex);
      Info top = p.alternation();
      if (p.pos != regex.length()) return ALWAYS;
      if (top.nullable) return ALWAYS; // the empty match is found in any input
      BitSet start = top.anchored ? top.first : null;
      BitSet end = top.endAnchored ? top.last : null;
      List<BitSet> required = top.required.stream()
          .sorted(Comparator.comparingInt(BitSet::cardinality)).limit(MAX_REQUIRED).toList();
      return new RegexPrefilter(required, start, top.anchored, end, top.first);
    } catch (Unsupported e) {
      return ALWAYS;
    }
  }

  /** False only when the expression certainly finds no match in {@code s}. */
  boolean mayMatch(String s) {
    return startOk(s) && endOk(s) && containsRequired(s);
  }

  /**
   * {@link Matcher#find} on a fresh matcher of {@code s}, with the same result (the leftmost
   * match, and at that position the same match), but trying only the positions where a match can
   * start: at the start for an anchored expression, else where a char of {@link #first} stands.
   * The bounds are transparent and not anchoring, so look-behind and {@code ^ $} still see the
   * whole input.
   */
  boolean find(Matcher m, String s) {
    return findFrom(m, s, 0);
  }

  /**
   * The next match at or after {@code from}, as a loop of {@link Matcher#find()} on {@code m}
   * (a matcher of {@code s}) finds it when its last match ended at {@code from}: the same
   * matches, trying only the positions where one can start. For expressions that cannot match the
   * empty string, which are the only ones with {@link #first}.
   */
  boolean findFrom(Matcher m, String s, int from) {
    if (anchored) return from == 0 && m.lookingAt(); // after a match at 0 there is no other
    if (first == null) return from <= s.length() && m.find(from);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = from; i < s.length(); i++) {
      if (!first.get(s.charAt(i))) continue;
      m.region(i, s.length());
      if (m.lookingAt()) return true;
    }
    return false;
  }

  /** Whether the ends of {@code s} allow a match: its first and last chars. */
  boolean endsOk(String s) {
    return startOk(s) && endOk(s);
  }

  boolean startOk(String s) {
    return start == null || (!s.isEmpty() && start.get(s.charAt(0)));
  }

  private boolean endOk(String s) {
    if (end == null) return true;
    if (s.isEmpty()) return false;
    char c = s.charAt(s.length() - 1);
    // $ also matches before a final line terminator: the char before it is not checked
    return end.get(c) || TextNorm.isLineTerminator(c);
  }

  private boolean containsRequired(String s) {
    for (int k = 0; k < sets.length; k++) {
      if (!(fewChars[k] != null ? containsAny(s, fewChars[k]) : containsAny(s, sets[k]))) return false;
    }
    return true;
  }

  private static boolean containsAny(String s, char[] chars) {
    for (char c : chars) if (s.indexOf(c) >= 0) return true;
    return false;
  }

  private static boolean containsAny(String s, BitSet set) {
    for (int i = 0; i < s.length(); i++) if (set.get(s.charAt(i))) return true;
    return false;
  }

  /** What a piece of the expression can match. Sets are never modified once built. */
  private static final class Info {
    /** Matches the empty string. */
    final boolean nullable;
    /** Chars a non-empty match can start with; null = any char. */
    final BitSet first;
    /** Sets of chars every match contains one char of each of; empty = none known. */
    final List<BitSet> required;
    /** Every match starts at the input's start ({@code ^}). */
    final boolean anchored;
    /** Chars a non-empty match can end with; null = any char. */
    final BitSet last;
    /** Every match ends at the input's end ({@code $}). */
    final boolean endAnchored;

    Info(boolean nullable, BitSet first, List<BitSet> required, boolean anchored, BitSet last,
        boolean endAnchored) {
      this.nullable = nullable;
      this.first = first;
      this.required = required;
      this.anchored = anchored;
      this.last = last;
      this.endAnchored = endAnchored;
    }

    /** One char out of {@code set} (null = any char). */
    static Info chars(BitSet set) {
      return new Info(false, set, set == null ? List.of() : List.of(set), false, set, false);
    }

    /** A zero-width assertion: {@code ^} (start), {@code $} (end), or another. */
    static Info zeroWidth(boolean start, boolean end) {
      return new Info(true, new BitSet(), List.of(), start, new BitSet(), end);
    }

    /** The smallest of the required sets, or null when there is none. */
    BitSet smallestRequired() {
      return required.stream().min(Comparator.comparingInt(BitSet::cardinality)).orElse(null);
    }
  }

  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Recursive descent over the supported subset; throws {@link Unsupported} on anything else. */
  private static final class Parser {
    private final String re;
    int pos;

    Parser(String re) {
      this.re = re;
    }

    private boolean more() {
      return pos < re.length();
    }

    private char peek() {
      return re.charAt(pos);
    }

    Info alternation() throws Unsupported {
      Info acc = sequence();
      while (more() && peek() == '|') {
        pos++;
        Info b = sequence();
        acc = new Info(acc.nullable || b.nullable, union(acc.first, b.first),
            eitherRequired(acc, b),
            acc.anchored && b.anchored, union(acc.last, b.last), acc.endAnchored && b.endAnchored);
      }
      return acc;
    }

    private Info sequence() throws Unsupported {
      boolean nullable = true;
      BitSet first = new BitSet();
      boolean firstOpen = true; // still collecting first chars (all elements so far nullable)
      List<BitSet> required = new ArrayList<>();
      boolean anchored = false;
      boolean atStart = true;
      List<Info> elements = new ArrayList<>();
      while (more() && peek() != '|' && peek() != ')') {
        Info e = quantified(atom());
        elements.add(e);
        if (atStart) anchored = e.anchored;
        atStart = false;
        if (firstOpen) {
          first = union(first, e.first);
          if (!e.nullable) firstOpen = false;
        }
        nullable &= e.nullable;
        // what each element requires, the whole sequence requires
        for (BitSet r : e.required) if (!required.contains(r)) required.add(r);
      }
      // the last chars, mirroring the first: the trailing elements up to the last that is not nullable
      BitSet last = new BitSet();
      for (int i = elements.size() - 1; i >= 0; i--) {
        last = union(last, elements.get(i).last);
        if (!elements.get(i).nullable) break;
      }
      boolean endAnchored = !elements.isEmpty() && elements.get(elements.size() - 1).endAnchored;
      return new Info(nullable, first, required, anchored, last, endAnchored);
    }

    private Info quantified(Info a) throws Unsupported {
      if (!more()) return a;
      int min;
      char c = peek();
      if (c == '?' || c == '*') {
        min = 0;
        pos++;
      } else if (c == '+') {
        min = 1;
        pos++;
      } else if (c == '{') {
        min = bounds();
      } else {
        return a;
      }
      if (more() && (peek() == '?' || peek() == '+')) pos++; // lazy or possessive: same matches
      if (more() && "?*+{".indexOf(peek()) >= 0) throw new Unsupported();
      if (min > 0) return a;
      return new Info(true, a.first, List.of(), false, a.last, false);
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}; returns n. */
    private int bounds() throws Unsupported {
      int end = re.indexOf('}', pos);
      if (end < 0) throw new Unsupported();
      String body = re.substring(pos + 1, end);
      if (!body.matches("\\d{1,6}(,\\d{0,6})?")) throw new Unsupported();
      pos = end + 1;
      int comma = body.indexOf(',');
      return Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
    }

    private Info atom() throws Unsupported {
      char c = re.charAt(pos++);
      switch (c) {
        case '(' -> {
          if (more() && peek() == '?') {
            if (re.startsWith("?:", pos)) {
              pos += 2;
            } else if (re.startsWith("?<", pos) && pos + 2 < re.length() && Character.isLetter(re.charAt(pos + 2))) {
              int close = re.indexOf('>', pos);
              if (close < 0) throw new Unsupported();
              pos = close + 1; // named group
            } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)
                || re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
              // look-around consumes nothing: whatever it asks of the context, the match's own
              // chars are those of the rest of the sequence
              pos += re.charAt(pos + 1) == '<' ? 3 : 2;
              alternation();
              if (!more() || peek() != ')') throw new Unsupported();
              pos++;
              return Info.zeroWidth(false, false);
            } else {
              throw new Unsupported(); // flags, atomic groups
            }
          }
          Info inner = alternation();
          if (!more() || peek() != ')') throw new Unsupported();
          pos++;
          return inner;
        }
        case '^' -> {
          return Info.zeroWidth(true, false);
        }
        case '$' -> {
          return Info.zeroWidth(false, true);
        }
        case '.' -> {
          return Info.chars(null);
        }
        case '[' -> {
          return Info.chars(capped(charClass()));
        }
        case '\\' -> {
          return escape();
        }
        case ')', ']', '{', '}', '*', '+', '?', '|' -> throw new Unsupported();
        default -> {
          if (Character.isSurrogate(c)) throw new Unsupported();
          return Info.chars(single(c));
        }
      }
    }

    private Info escape() throws Unsupported {
      if (!more()) throw new Unsupported();
      char c = re.charAt(pos++);
      if (c == 'b' || c == 'B') return Info.zeroWidth(false, false);
      BitSet set = escapedSet(c);
      return Info.chars(capped(set));
    }

    /** The chars an escape (after the backslash) stands for inside or outside a class; null = any. */
    private BitSet escapedSet(char c) throws Unsupported {
      switch (c) {
        case 'd' -> {
          return range('0', '9');
        }
        case 'w' -> {
          BitSet s = range('a', 'z');
          s.or(range('A', 'Z'));
          s.or(range('0', '9'));
          s.set('_');
          return s;
        }
        case 's' -> {
          BitSet s = new BitSet();
          for (char w : " \t\n\u000B\f\r".toCharArray()) s.set(w);
          return s;
        }
        case 'D', 'W', 'S' -> {
          return null;
        }
        case 'p', 'P' -> {
          if (!more() || peek() != '{') throw new Unsupported();
          int close = re.indexOf('}', pos);
          if (close < 0) throw new Unsupported();
          pos = close + 1;
          return null; // a Unicode property: too large to list
        }
        case 't' -> {
          return single('\t');
        }
        case 'n' -> {
          return single('\n');
        }
        case 'r' -> {
          return single('\r');
        }
        case 'f' -> {
          return single('\f');
        }
        case 'u' -> {
          if (pos + 4 > re.length()) throw new Unsupported();
          String hex = re.substring(pos, pos + 4);
          if (!hex.matches("[0-9a-fA-F]{4}")) throw new Unsupported();
          pos += 4;
          char u = (char) Integer.parseInt(hex, 16);
          if (Character.isSurrogate(u)) throw new Unsupported();
          return single(u);
        }
        default -> {
          // an escaped punctuation char stands for itself; letters and digits have meanings
          // (back references, \Q, \A, \R, ...) this subset does not model
          if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || c > 0x7F) throw new Unsupported();
          return single(c);
        }
      }
    }

    /** A class after its '['; returns the chars it matches (null = too many to list). */
    private BitSet charClass() throws Unsupported {
      boolean negated = false;
      if (more() && peek() == '^') {
        negated = true;
        pos++;
      }
      if (more() && peek() == ']') throw new Unsupported();
      BitSet set = new BitSet();
      boolean unbounded = false;
      while (true) {
        if (!more()) throw new Unsupported();
        char c = re.charAt(pos++);
        if (c == ']') break;
        if (c == '&' && more() && peek() == '&') throw new Unsupported();
        if (c == '[') {
          BitSet nested = charClass();
          if (nested == null) unbounded = true;
          else set.or(nested);
          continue;
        }
        BitSet item;
        char lo;
        if (c == '\\') {
          if (!more()) throw new Unsupported();
          char e = re.charAt(pos++);
          item = escapedSet(e);
          if (item == null) {
            unbounded = true;
            continue;
          }
          if (item.cardinality() != 1 || e == 'd' || e == 'w' || e == 's') {
            set.or(item);
            continue;
          }
          lo = (char) item.nextSetBit(0);
        } else {
          if (Character.isSurrogate(c)) throw new Unsupported();
          lo = c;
        }
        // a range lo-hi (a '-' before ']' is a literal)
        if (pos + 1 < re.length() && peek() == '-' && re.charAt(pos + 1) != ']') {
          pos++;
          char hi = re.charAt(pos++);
          if (hi == '\\' || hi == '[' || Character.isSurrogate(hi) || hi < lo) throw new Unsupported();
          set.or(range(lo, hi));
        } else {
          set.set(lo);
        }
      }
      return negated || unbounded ? null : set;
    }
  }

  private static BitSet single(char c) {
    BitSet s = new BitSet();
    s.set(c);
    return s;
  }

  private static BitSet range(char lo, char hi) {
    BitSet s = new BitSet();
    s.set(lo, hi + 1);
    return s;
  }

  /** A match of a|b holds a char of a's smallest required set or one of b's: one of their union. */
  private static List<BitSet> eitherRequired(Info a, Info b) {
    BitSet ra = a.smallestRequired();
    BitSet rb = b.smallestRequired();
    if (ra == null || rb == null) return List.of();
    BitSet u = capped(union(ra, rb));
    return u == null ? List.of() : List.of(u);
  }

  /** Union of two sets where null means "any char". */
  private static BitSet union(BitSet a, BitSet b) {
    if (a == null || b == null) return null;
    BitSet u = (BitSet) a.clone();
    u.or(b);
    return u;
  }

  private static BitSet capped(BitSet s) {
    return s == null || s.cardinality() > MAX_SET ? null : s;
  }
}
