package org.newsmetrics.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsmetrics.amounts.Amount;
import org.newsmetrics.amounts.AmountKind;
import org.newsmetrics.amounts.Qualifier;
import org.newsmetrics.amounts.Words;
import org.newsmetrics.metrics.PeriodResolver.TimeExpr;
import org.newsmetrics.metrics.Spans.Span;
import org.newsmetrics.model.Article;
import org.newsmetrics.model.Metric;

/**
 * Extracts the economic figures an article states: types each amount by the cue words of its
 * clause (lexicon {@code metric-cues.tsv}), then reads its modality, period, subject and industry
 * from the clause and sentence around it.
 *
 * <p>One instance per worker; not thread-safe (it caches the last page's home city), reusable.
 * Lexicons and HanLP are loaded once per JVM.
 */
public final class MetricExtractor {

  static final Set<String> COUNT_METRICS = Set.of("project_count", "enterprise_count");

  /** How far back a list's lead (the words before its colon) is looked for: a couple of sentences. */
  static final int MAX_LIST_LOOKBACK = 2000;
  private static final String[] FORECAST_CUES = {"预计", "有望", "可撬动", "撬动", "建成后", "达产后", "投产后",
      "满产后", "运营后", "可实现", "可达", "预期", "预测", "将"};
  private static final String[] TARGET_CUES = {"力争", "目标", "剑指", "确保", "争取", "早日", "计划到", "冲刺",
      "努力实现", "奋力"};
  private static final Pattern TO_YEAR = Pattern.compile("(?<!截)(?<!截止)(?:到|至)\\s*(?:19|20)\\d{2}\\s*年");
  private static final Pattern LEADING_JUNK = Pattern.compile(
      "^(?:比如|例如|譬如|其中|包括|此外|同时|另外|以及|还有|总投资|计划|全市|全区|我市|本市|今年以来|今年|去年|目前|当前|如今|近年来|近日|日前|年内|该|本|此|共|如|而|及|与|和|[\\s\\d]+年度?)+");
  private static final Pattern GENERIC_WORDS = Pattern.compile(
      "该|本|此|这|省|市|区|县|镇|级|重大|重点|年度|产业|优质|民生|实事|签约|开工|在建|新建|续建|竣工|一批|等|批次|共|各类|"
          + "全部|工业|制造业|服务业|领域|招引|引进|落地|亿元以上|以上|类|好|大|新|一个个|个|批|次|期|二|三|一|首|"
          // classes of project by who invests (注册外资项目 is no project's name)
          + "注册|外商投资|民间投资|[德日韩美欧法英意荷瑞以台港澳侨外内民国]资|企业|"
          // how many (两个新材料项目 is no project's name either)
          + "两|四|五|六|七|八|九|十|几|多|[\\s\\d]");
  private static final Pattern VERB_START = Pattern.compile(
      "^(?:持续|加大|加快|推进|推动|做好|抓好|招引|服务|保障|围绕|聚焦|强化|深化|加强|实施|引进|落实|谋划|储备|建设|开展|争取|"
          + "支持|鼓励|引导|优化|完善|提升|促进|确保|力争|全力|积极|主动|重点|大力|一批|各类|相关|有关|部分|所有|全部|多个|这些|那些)");
  private static final Pattern NOT_A_COMPANY = Pattern.compile("共有|拥有|已有|还有|上市公司|全市|全区|全县|各类|相关|分公司$");
  private static final Pattern DESTINATION = Pattern.compile("(?:落户|落地|入驻|前往|走进|来到|赴|到)$");
  private static final Pattern CLASS_LABEL = Pattern.compile(
      "^(?:以上|及以上)?(?:的)?[^，,。；;]{0,8}?(?:项目|企业)\\s*(?:\\d+|[一二三四五六七八九十两]+)\\s*[个家项]|^级");
  private static final Pattern PHRASE_VERB = Pattern.compile(
      ".*(?:举行|举办|召开|实施|计划|推进|开工|签约|引进|共有|完成|实现|启动|集中|新增|打造|加快|持续|参加|出席|见证)");
  private static final Pattern PARTICIPATION = Pattern.compile("参展|参会|参加|参与|出席|发言|齐聚|亮相|负责人|代表");
  /** Verbs that show the words after a count are no longer its noun (5个工作日完成项目审批). */
  private static final Pattern CLAUSE_VERB = Pattern.compile(
      "完成|实现|达到|开工|签约|建成|投产|推进|落户|提前|超过|进行|开展|通过|审批|办理|用于|获得|获批|参与|服务|引进|办结|工作日|小时");
  private static final Pattern COUNT_INSIDE = Pattern.compile("\\d+\\s*个");
  private static final String PHRASE_STOPS = "，,。；;：:、！？“”\"《》【】!?与为是在对将由把的了从向于被让使";
  private static final String[] HOME_MARKS = {"我市", "全市", "本市", "市域", "全县", "我县", "本县"};
  private static final String[] PROVINCE_MARKS = {"全省", "我省", "本省"};
  private static final String[] DISTRICT_MARKS = {"全区", "该区", "本区", "我区", "区内"};
  private static final String[] OTHER_WORDS = {"创新中心", "投资基金", "产业基金", "基金"};
  /** The four lists above, found in one pass: {@link #MARK_KIND} tells a word's list (0 to 3). */
  private static final Words MARK_WORDS;
  private static final Map<String, Integer> MARK_KIND;

  static {
    Map<String, Integer> kind = new HashMap<>();
    String[][] lists = {HOME_MARKS, PROVINCE_MARKS, DISTRICT_MARKS, OTHER_WORDS};
    List<String> all = new ArrayList<>();
    for (int k = 0; k < lists.length; k++) {
      for (String w : lists[k]) {
        kind.put(w, k);
        all.add(w);
      }
    }
    MARK_WORDS = new Words(all.toArray(String[]::new));
    MARK_KIND = Map.copyOf(kind);
  }
  // the patterns below were compiled at each use; compiled once here they match the same
  private static final Pattern NOT_TEXT = Pattern.compile("[\\s\\p{Punct}，。、；：“”（）！？]");
  private static final Pattern AFTER_QUALIFIER = Pattern.compile("^(?:以上|左右|上下|多|余)");
  private static final Pattern MEASURE_FOLLOWS = Pattern.compile(
      "^\\s*(平方|亩|吨|人|名|件|套|片|千瓦|度|辆|台|张|个|家|项|户|公里|米|次|场|册|株|头|只|元|美元).*");
  private static final Pattern LIST_GAP = Pattern.compile("[、,，和及与以及\\s]{1,3}");
  /** What joins the items of one list of counts: a comma could start the next clause's own count. */
  private static final Pattern COUNT_LIST_GAP = Pattern.compile("\\s*(?:、|和|及|与)\\s*");
  private static final Pattern ONE_COUNT = Pattern.compile("[一]\\s*[个家项户]");
  private static final Pattern ONE_OF = Pattern.compile("之一$");
  private static final Pattern LIST_OPENER = Pattern.compile(".*(?:其中|各有|均有|共有|分别有|分别为)$");
  private static final Pattern VERB_HEAD = Pattern.compile(
      "^(?:获|落|参|入|被|已|在|于|通过|成为|实现|完成|进入|达到|位|均|都|分别|共同|作|为).*");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[\\s\u3000]+$");
  private static final Pattern COMPANY_WORD = Pattern.compile("有限公司|股份公司|公司|集团");
  private static final Pattern NAMED_COMPANY_WORD = Pattern.compile("有限公司|股份公司|集团");
  private static final Pattern PROJECT_AFTER = Pattern.compile("^(?:以上|左右|多|余)?的([^，,。；;]{2,40}?项目)");
  private static final Pattern FUND_WORD = Pattern.compile("基金");
  private static final Pattern SPACE_BY_HAN = Pattern.compile("(?<=[\\p{IsHan}（(）)])\\s+|\\s+(?=[\\p{IsHan}（(）)])");

  /**
   * Segment every subject's whole sentence with HanLP, as the extractor did before it learned when
   * HanLP cannot change a subject and where it may stop reading: only the test that checks those
   * rules turns it on.
   */
  private final boolean alwaysSegment;
  private PageContext cachedContext;
  private String cachedHome;
  /** Figures already reported on the current page (a paragraph the page prints twice counts once). */
  private final Map<String, String> pageSeen = new HashMap<>();

  public MetricExtractor() {
    this(false);
  }

  /** An extractor that segments every subject's sentence (the reference for the lazy rule), if asked. */
  MetricExtractor(boolean alwaysSegment) {
    this.alwaysSegment = alwaysSegment;
  }

  /** The figures the article states, numbered {@code <articleId>/m<k>} in reading order. */
  public List<Metric> extract(Article article, PageContext context) {
    List<Metric> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (context != cachedContext) pageSeen.clear();
    String home = homeCity(context);
    LocalDate pub = context.publicationDate() != null ? context.publicationDate() : article.publicationDate();
    String deck = join(article.kicker(), article.headline(), article.subheadline());
    Map<String, Integer> deckCounts = new LinkedHashMap<>();
    count(deckCounts, deck, 1);
    Map<String, Integer> counts = new LinkedHashMap<>(deckCounts);
    // an industry named in a list (聚焦数字经济、现代金融等) is not what the article is about
    bodyCounts(article.body());
    unlistedCounts.forEach((word, n) -> counts.merge(word, n, Integer::sum));
    List<Map.Entry<String, Integer>> top = new ArrayList<>(counts.entrySet());
    top.sort((p, q) -> Integer.compare(q.getValue(), p.getValue()));
    // the same for every field of the article
    LocalDate eventDate = eventDate(article, pub);
    String topIndustry = top.isEmpty() ? null : top.get(0).getKey();
    int topCount = top.isEmpty() ? 0 : top.get(0).getValue();
    boolean topInDeck = topIndustry != null && deckCounts.containsKey(topIndustry);
    String[][] fields = {{"kicker", article.kicker()}, {"headline", article.headline()},
        {"subheadline", article.subheadline()}, {"body", article.body()}};
    for (String[] f : fields) {
      if (f[1] == null || f[1].isBlank()) continue;
      Field field = new Field(f[0], f[1], deck, home, pub);
      field.alwaysSegment = alwaysSegment;
      field.eventDate = eventDate;
      field.topIndustry = topIndustry;
      field.topCount = topCount;
      field.topInDeck = topInDeck;
      for (Found x : field.extract()) {
        String key = x.metric + "|" + x.amount.value().stripTrailingZeros().toPlainString() + "|" + x.amount.unit()
            + "|" + normalise(x.statement);
        if (!seen.add(key)) continue;
        String firstArticle = pageSeen.putIfAbsent(key, article.articleId());
        if (firstArticle != null && !firstArticle.equals(article.articleId())) continue;
        int k = out.size() + 1;
        out.add(new Metric(article.articleId() + "/m" + k, article.articleId(), article.docId(), x.metric,
            x.amount.value().doubleValue(), x.amount.valueMax() == null ? null : x.amount.valueMax().doubleValue(),
            x.unit, x.rawText, x.qualifier.code(), x.modality, x.period == null ? null : x.period.label(),
            x.period == null ? null : x.period.start(), x.period == null ? null : x.period.end(), x.subject,
            x.subjectType, x.industry, x.evidence, x.start, x.end, pub, f[0]));
      }
    }
    return out;
  }

  /** Industries the article is about, most prominent first (deck words count double). */
  public List<String> industries(Article article) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    count(counts, join(article.kicker(), article.headline(), article.subheadline()), 2);
    addBodyCounts(counts, article.body());
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : list) out.add(e.getKey());
    return out;
  }

  private String countedBody;
  private Map<String, Integer> bodyCounts;

  /**
   * Adds the body's industry words, once each occurrence, in the order they first occur. The body
   * is counted once for {@link #industries} and {@link #extract} of the same article.
   */
  private void addBodyCounts(Map<String, Integer> counts, String body) {
    if (body == null) return;
    bodyCounts(body);
    bodyCounts.forEach((word, n) -> counts.merge(word, n, Integer::sum));
  }

  /** Counts the body's industry words, all and outside lists, in one pass, once per body. */
  private void bodyCounts(String body) {
    if (body == null) {
      unlistedCounts = Map.of();
      return;
    }
    if (body == countedBody) return;
    Map<String, Integer> all = new LinkedHashMap<>();
    Map<String, Integer> unlisted = new LinkedHashMap<>();
    Lexicon lex = Lexicon.get();
    for (int i = 0; i < body.length(); i++) {
      String w = lex.industryAt(body, i);
      if (w == null) continue;
      String canon = industryOf(w);
      all.merge(canon, 1, Integer::sum);
      if (!listed(body, i, i + w.length())) unlisted.merge(canon, 1, Integer::sum);
      i += w.length() - 1;
    }
    countedBody = body;
    bodyCounts = all;
    unlistedCounts = unlisted;
  }

  private static void count(Map<String, Integer> counts, String text, int weight) {
    if (text == null) return;
    Lexicon lex = Lexicon.get();
    for (int i = 0; i < text.length(); i++) {
      String w = lex.industryAt(text, i);
      if (w == null) continue;
      counts.merge(industryOf(w), weight, Integer::sum);
      i += w.length() - 1;
    }
  }

  /** Whether the word at [start, end) of {@code text} is an item of a list: a 、 touches it. */
  private static boolean listed(String text, int start, int end) {
    return (start > 0 && text.charAt(start - 1) == '、') || (end < text.length() && text.charAt(end) == '、');
  }

  /** {@link #bodyCounts}'s industry words outside lists. */
  private Map<String, Integer> unlistedCounts = Map.of();

  private static String industryOf(String word) {
    return Lexicon.get().industryOf(word);
  }

  private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

  /** The event's day: a month and day in the dateline or the body's first sentence, or 昨日 there. */
  static LocalDate eventDate(Article article, LocalDate pub) {
    if (pub == null) return null;
    String body = article.body() == null ? "" : article.body();
    int end = body.length();
    for (int i = 0; i < body.length(); i++) {
      if (Spans.isSentenceEnd(body.charAt(i))) {
        end = i;
        break;
      }
    }
    String first = (article.dateline() == null ? "" : article.dateline()) + "\n" + body.substring(0, Math.min(end, 80));
    Matcher m = MONTH_DAY.matcher(first);
    if (m.find()) {
      int mo = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (mo >= 1 && mo <= 12 && day >= 1 && day <= 31) {
        int y = mo > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear();
        try {
          return LocalDate.of(y, mo, day);
        } catch (java.time.DateTimeException e) {
          return pub;
        }
      }
    }
    if (first.contains("昨日") || first.contains("昨天")) return pub.minusDays(1);
    return pub;
  }

  /** The place 我市/全市 refer to on this page. */
  String homeCity(PageContext context) {
    if (context == cachedContext && cachedContext != null) return cachedHome;
    String home = null;
    Lexicon lex = Lexicon.get();
    if (context.publication() != null) {
      for (Map.Entry<String, String> e : lex.papers.entrySet()) {
        if (context.publication().contains(e.getKey())) home = e.getValue();
      }
    }
    if (home == null && context.pageArticles() != null) {
      Map<String, Integer> counts = new HashMap<>();
      // a site names its owner in its masthead or copyright line (苏州市人民政府办公室主办)
      for (String line : context.siteLines()) countCities(counts, line, 3);
      for (Article a : context.pageArticles()) {
        // the dateline too: 苏报讯 names its paper where 本报讯 does not
        String t = join(a.kicker(), a.headline(), a.subheadline(), a.dateline()) + "\n" + (a.body() == null ? "" : a.body());
        for (Map.Entry<String, String> e : lex.papers.entrySet()) {
          if (t.contains(e.getKey())) counts.merge(e.getValue(), 3, Integer::sum);
        }
        countCities(counts, t, 1);
      }
      int best = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > best) {
          best = e.getValue();
          home = e.getKey();
        }
      }
    }
    cachedContext = context;
    cachedHome = home;
    return home;
  }

  /** Adds {@code weight} for each place of {@code text} that could be a home city (not a province or zone). */
  private static void countCities(Map<String, Integer> counts, String text, int weight) {
    Lexicon lex = Lexicon.get();
    for (int i = 0; i < text.length(); i++) {
      String p = lex.placeAt(text, i);
      if (p == null) continue;
      String level = lex.placeLevels.get(p);
      if (!"province".equals(level) && !"zone".equals(level)) counts.merge(p, weight, Integer::sum);
      i += p.length() - 1;
    }
  }

  static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isBlank()) continue;
      if (sb.length() > 0) sb.append('\n');
      sb.append(p);
    }
    return sb.toString();
  }

  static String normalise(String s) {
    return s == null ? "" : NOT_TEXT.matcher(s).replaceAll("");
  }

  /** A typed figure before it becomes a row. */
  private static final class Found {
    Amount amount;
    String metric;
    String unit;
    Qualifier qualifier;
    String modality;
    Period period;
    String subject;
    String subjectType;
    String industry;
    String evidence;
    /** The clause up to the figure's end: the same for a paragraph printed whole and cut off after it. */
    String statement;
    int sentence;
    boolean periodExplicit;
    String rawText;
    int start;
    int end;
    int subjectStart = -1;
    int subjectEnd = -1;
  }

  /** One field (kicker, headline, subheadline or body) of an article. */
  private static final class Field {
    final String name;
    final String text;
    final String deck;
    final String home;
    final LocalDate pub;
    /** The day of the event the article reports (dateline, 昨日), for counts signed or started at it. */
    LocalDate eventDate;
    /** See {@link MetricExtractor#alwaysSegment}. */
    boolean alwaysSegment;
    /** The text's sentences and clauses, split once it is known to hold a figure. */
    List<Span> sentences;
    List<Span> clauses;
    /** The text's figures, found once. */
    List<Amount> amounts;
    final Lexicon lex = Lexicon.get();
    String topIndustry;
    int topCount;
    boolean topInDeck;

    /** The field as written; {@link #text} is the same with soft line breaks taken out. */
    final String orig;
    /** Offset in {@link #orig} of each char of {@link #text}; null when the two are the same. */
    final int[] map;

    Field(String name, String original, String deck, String home, LocalDate pub) {
      this.name = name;
      this.orig = original;
      this.deck = deck;
      this.home = home;
      this.pub = pub;
      if (!needsRewrite(original)) {
        // most fields: no soft break, no full-width digit, so no copy and no offset table
        this.text = original;
        this.map = null;
        return;
      }
      StringBuilder sb = new StringBuilder(original.length());
      int[] m = new int[original.length() + 1];
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (c == '\n' && Spans.softBreak(original, i)) continue;
        m[sb.length()] = i;
        // full-width digits read as ASCII ones (one char for one, so offsets stay put)
        if (c >= '\uFF10' && c <= '\uFF19') c = (char) ('0' + (c - '\uFF10'));
        else if (c == '\uFF0E' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))) c = '.';
        sb.append(c);
      }
      m[sb.length()] = original.length();
      this.map = m;
      this.text = sb.toString();
    }

    /** Whether the loop above would change {@code original}: a soft break or a full-width digit. */
    private static boolean needsRewrite(String original) {
      for (int i = 0; i < original.length(); i++) {
        char c = original.charAt(i);
        if (c == '\n' && Spans.softBreak(original, i)) return true;
        if (c >= '\uFF10' && c <= '\uFF19') return true;
        if (c == '\uFF0E' && i > 0 && Character.isDigit(original.charAt(i - 1))) return true;
      }
      return false;
    }

    /** The offset in {@link #orig} of char {@code i} of {@link #text}. */
    private int origOffset(int i) {
      return map == null ? i : map[i];
    }

    List<Found> extract() {
      List<Found> out = new ArrayList<>();
      amounts = Amounts.findAll(text);
      if (amounts.isEmpty()) return out;
      Spans.Parts parts = Spans.split(text);
      sentences = parts.sentences();
      clauses = parts.clauses();
      Found prev = null;
      for (Amount a : amounts) {
        if (a.end() <= a.start() || a.end() > text.length()) continue;
        try {
          prev = one(a, prev, out);
        } catch (RuntimeException e) {
          // one figure the rules cannot read never costs the article its other figures
        }
      }
      return out;
    }

    /** Reads one amount; returns the figure it makes (added to {@code out}) or {@code prev} when none. */
    private Found one(Amount a, Found prev, List<Found> out) {
      int si = Spans.indexAt(sentences, a.start());
      int ci = Spans.indexAt(clauses, a.start());
      if (si < 0 || ci < 0) return prev;
      Span sentence = sentences.get(si);
      Span clause = clauses.get(ci);
      Found p = prev != null && prev.sentence == si ? prev : null;
      String metric;
      String unit = a.unit();
      if (a.kind() == AmountKind.COUNT) {
        metric = countMetric(a, clause, sentence);
        if (metric == null) metric = listedCount(a, p);
      } else {
        metric = moneyMetric(a, clause, sentence, p);
        if (a.kind() == AmountKind.NUMBER) {
          if (metric != null && measureFollows(a)) metric = null;
          unit = "CNY";
        }
      }
      if (metric == null) return prev;
      Found x = new Found();
      x.amount = a;
      x.metric = metric;
      x.unit = unit;
      x.sentence = si;
      x.qualifier = a.qualifier();
      if (x.qualifier == Qualifier.EXACT && p != null && isListGap(p.amount.end(), a.start())) {
        x.qualifier = p.qualifier;
      }
      x.evidence = clause.of(text).strip();
      // a statement that is little more than the figure itself (43个…) is told apart by its whole clause
      x.statement = a.start() - clause.start() >= 4 ? text.substring(clause.start(), a.end()) : x.evidence;
      x.start = origOffset(a.start());
      x.end = origOffset(a.end() - 1) + 1;
      x.rawText = orig.substring(x.start, x.end);
      Found cont = continued(prev, si, sentence, clause, a);
      x.modality = modality(a, clause, ci, sentence, p, cont);
      if (x.modality.equals("forecast") && x.metric.equals("investment")
          && onlyWillCue(text.substring(clause.start(), a.start()))) {
        x.modality = "reported"; // 该项目将投资50亿元: a project's stated figure
      }
      subject(x, a, sentence, clause);
      x.period = period(x, a, clause, ci, sentence, p, cont);
      x.industry = industry(x, a, clause, sentence);
      out.add(x);
      return x;
    }

    // ---------------------------------------------------------------- typing

    private String moneyMetric(Amount a, Span clause, Span sentence, Found prev) {
      String prefix = text.substring(clause.start(), a.start());
      Lexicon.Cue before = null;
      int bestEnd = -1;
      for (Lexicon.Cue c : lex.beforeCues) {
        int idx = prefix.lastIndexOf(c.word());
        if (idx < 0) continue;
        int end = idx + c.word().length();
        if (end > bestEnd || (end == bestEnd && c.word().length() > before.word().length())) {
          before = c;
          bestEnd = end;
        }
      }
      if (before != null && before.metric().equals("-")) return null;
      String paired = pairedByRespectively(prefix, a, clause);
      if (paired != null) return paired;
      if (before != null && before.weak()) {
        // a generic cue (规模, 收入) yields to a specific one earlier in the clause (该基金首期规模),
        // and is no metric at all next to a non-metric word (一般公共预算收入)
        Lexicon.Cue strong = null;
        int strongEnd = -1;
        for (Lexicon.Cue c : lex.beforeCues) {
          int idx = prefix.lastIndexOf(c.word());
          if (idx < 0) continue;
          if (c.metric().equals("-")) return null;
          if (!c.weak() && idx + c.word().length() > strongEnd) {
            strong = c;
            strongEnd = idx + c.word().length();
          }
        }
        if (strong != null) {
          before = strong;
          bestEnd = strongEnd;
        } else if (FUND_WORD.matcher(text.substring(sentence.start(), clause.start())).find()) {
          // …母基金正式设立，首期规模50亿元: the size is the fund's, named earlier in the sentence
          return "fund";
        }
      }
      if (before != null && before.metric().equals("investment")) {
        int cueStart = bestEnd - before.word().length();
        String lead = prefix.substring(Math.max(0, cueStart - 6), cueStart);
        // …完成固定资产投资1680亿元，其中工业投资532亿元: a part of the investment made is made too
        boolean partOfCompleted = prev != null && prev.metric.equals("investment_completed")
            && prefix.stripLeading().startsWith("其中");
        if (lead.contains("完成") || partOfCompleted) {
          before = new Lexicon.Cue(before.word(), "investment_completed", false, false);
        }
      }
      String suffix = text.substring(a.end(), Math.min(clause.end(), a.end() + 16));
      String s2 = AFTER_QUALIFIER.matcher(suffix).replaceFirst("");
      Lexicon.Cue after = null;
      for (Lexicon.Cue c : lex.afterCues) {
        if (s2.startsWith(c.word())) {
          after = c;
          break;
        }
      }
      if (after == null && s2.startsWith("的")) {
        int fund = s2.indexOf("基金");
        if (fund > 0 && fund < 14) {
          after = new Lexicon.Cue("基金", "fund", true, false);
        }
      }
      // 总投资超百亿元的重大项目3个: a size class of the counted projects, not a figure
      if (CLASS_LABEL.matcher(text.substring(a.end(), clause.end())).find()) return null;
      if (before != null && !before.weak()) return before.metric();
      if (after != null) return after.metric().equals("-") ? null : after.metric();
      if (before != null) return before.metric();
      if (prev != null && !COUNT_METRICS.contains(prev.metric)) {
        String gap = text.substring(prev.amount.end(), a.start());
        if (gap.length() <= 16 && noNegative(gap)) return prev.metric;
      }
      return paymentNamedBefore(clause, sentence) ? "subsidy" : null;
    }

    /**
     * The index of the field's first amount starting at or after {@code pos} ({@code amounts.size()}
     * when none does): the amounts are in text order, so a binary search, not a scan per figure.
     */
    private int firstAmountFrom(int pos) {
      int lo = 0;
      int hi = amounts.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (amounts.get(mid).start() < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    /**
     * Whether the clause before {@code clause}, in the same sentence, ends by naming a payment and
     * holds no money of its own (按设备投资额的10%给予补助，单个项目最高500万元): the figure that
     * follows is that payment's amount.
     */
    private boolean paymentNamedBefore(Span clause, Span sentence) {
      int ci = Spans.indexAt(clauses, clause.start());
      if (ci <= 0) return false;
      Span before = clauses.get(ci - 1);
      if (before.start() < sentence.start()) return false;
      String t = before.of(text).strip();
      boolean names = false;
      for (Lexicon.Cue c : lex.beforeCues) {
        if (c.metric().equals("subsidy") && c.word().length() >= 2 && t.endsWith(c.word())) names = true;
      }
      if (!names) return false;
      for (int k = firstAmountFrom(before.start()); k < amounts.size() && amounts.get(k).start() < before.end(); k++) {
        Amount m = amounts.get(k);
        if (m.kind() != AmountKind.COUNT && !m.text().contains("%")) return false;
      }
      return true;
    }

    /**
     * 营业收入、利润总额分别为50亿元、8亿元: the k-th figure after 分别 takes the k-th metric word listed
     * before it. Null when the clause is no such list.
     */
    private String pairedByRespectively(String prefix, Amount a, Span clause) {
      int resp = prefix.lastIndexOf("分别");
      if (resp < 0) return null;
      String list = prefix.substring(0, resp);
      List<Lexicon.Cue> cues = new ArrayList<>();
      for (int i = 0; i < list.length(); i++) {
        Lexicon.Cue best = null;
        for (Lexicon.Cue c : lex.beforeCues) {
          if (list.startsWith(c.word(), i) && (best == null || c.word().length() > best.word().length())) best = c;
        }
        if (best != null) {
          cues.add(best);
          i += best.word().length() - 1;
        }
      }
      if (cues.size() < 2) return null;
      int k = 0;
      for (Amount o : Amounts.findAll(text.substring(clause.start() + resp, a.start()))) {
        if (o.kind() != AmountKind.COUNT) k++;
      }
      if (k >= cues.size()) return null;
      String m = cues.get(k).metric();
      return m.equals("-") ? null : m;
    }

    private boolean noNegative(String s) {
      for (Lexicon.Cue c : lex.beforeCues) {
        if (c.metric().equals("-") && s.contains(c.word())) return false;
      }
      return true;
    }

    private boolean measureFollows(Amount a) {
      String after = text.substring(a.end(), Math.min(text.length(), a.end() + 4));
      return MEASURE_FOLLOWS.matcher(after).matches();
    }

    private boolean isListGap(int from, int to) {
      return LIST_GAP.matcher(text.substring(from, to)).matches();
    }

    /**
     * The type of a count listed right after a count of the same kind (签约项目32个、18个; 企业12家和8家):
     * the items of a list share the noun the first names, which only it stands next to. A count
     * that goes on with words of its own (320家、180家已上市) says something else about them.
     */
    private String listedCount(Amount a, Found p) {
      if (p == null || p.amount.kind() != AmountKind.COUNT || !COUNT_METRICS.contains(p.metric)) return null;
      if (!COUNT_LIST_GAP.matcher(text.substring(p.amount.end(), a.start())).matches()) return null;
      if (!headAfter(a.end()).isEmpty()) return null;
      String mw = a.measureWord();
      return mw != null && mw.equals(p.amount.measureWord()) && !ONE_COUNT.matcher(a.text().strip()).matches()
          ? p.metric : null;
    }

    private String countMetric(Amount a, Span clause, Span sentence) {
      String raw = a.text().strip();
      String mw = a.measureWord() != null ? a.measureWord() : raw.substring(raw.length() - 1);
      if (a.start() > 0 && text.charAt(a.start() - 1) == '第') return null;
      // 一个/一家 is an article ("a project"), 一个个 a reduplication, not a count
      if (ONE_COUNT.matcher(raw).matches()) return null;
      if (a.end() < text.length() && text.startsWith(mw, a.end())) return null;
      String after = headAfter(a.end());
      String beforeTail = stripFillers(text.substring(clause.start(), a.start()));
      String sent = sentence.of(text);
      if (mw.equals("个") || mw.equals("项")) {
        if (beforeTail.endsWith("项目")) return "project_count";
        int idx = after.indexOf("项目");
        if (idx >= 0 && idx <= 12 && !CLAUSE_VERB.matcher(after.substring(0, idx)).find()) return "project_count";
        if (after.isEmpty() && sent.contains("项目")) {
          for (String v : lex.projectVerbs) {
            if (beforeTail.endsWith(v)) return "project_count";
          }
        }
        return null;
      }
      if (mw.equals("家") || mw.equals("户")) {
        // firms taking part in an event (120余家企业参展) are no stock of the place's firms
        if (PARTICIPATION.matcher(text.substring(a.end(), clause.end())).find()) return null;
        String head = ONE_OF.matcher(after).replaceFirst("");
        int firstEnt = -1;
        String entWord = null;
        for (String n : lex.enterpriseNouns) {
          int i = head.indexOf(n);
          if (i >= 0 && (firstEnt < 0 || i < firstEnt)) {
            firstEnt = i;
            entWord = n;
          }
        }
        if (firstEnt >= 0) {
          String rest = head.substring(firstEnt + entWord.length());
          String pre = head.substring(0, firstEnt);
          if (!containsAny(rest, lex.nonFirm) && !containsAny(pre, lex.nonFirm)) return "enterprise_count";
          return null;
        }
        if (containsAny(head, lex.nonFirm)) return null;
        for (String n : lex.enterpriseNouns) {
          if (beforeTail.endsWith(n)) return "enterprise_count";
        }
        if (LIST_OPENER.matcher(beforeTail).matches() || beforeTail.isEmpty()) {
          String sentBefore = text.substring(sentence.start(), a.start());
          if (head.isEmpty() || !startsWithNoun(head)) {
            for (String n : lex.enterpriseNouns) {
              if (sentBefore.contains(n)) return "enterprise_count";
            }
          }
        }
        return null;
      }
      return null;
    }

    private static boolean startsWithNoun(String head) {
      // a head that goes on with a verb (获评, 落户, 参加) names no new noun
      return !VERB_HEAD.matcher(head).matches();
    }

    private static boolean containsAny(String s, List<String> words) {
      for (String w : words) if (s.contains(w)) return true;
      return false;
    }

    /** The words after a count up to the next break (punctuation, 及/和/与/等). */
    private String headAfter(int from) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < text.length() && sb.length() < 16; i++) {
        char c = text.charAt(i);
        if (Spans.isClauseEnd(c) || "、及和与等（(“”\"".indexOf(c) >= 0) break;
        if (!Character.isWhitespace(c)) sb.append(c);
      }
      return sb.toString();
    }

    private String stripFillers(String s) {
      String t = TRAILING_SPACE.matcher(s).replaceAll("");
      boolean changed = true;
      while (changed) {
        changed = false;
        t = TRAILING_SPACE.matcher(t).replaceAll("");
        for (String f : lex.fillers) {
          if (t.endsWith(f)) {
            t = t.substring(0, t.length() - f.length());
            changed = true;
            break;
          }
        }
      }
      return t;
    }

    // ---------------------------------------------------------------- modality

    private String modality(Amount a, Span clause, int ci, Span sentence, Found prev, Found cont) {
      String own = text.substring(clause.start(), a.start());
      String m = cueModality(own, true);
      if (onlyWillCue(own) && targetBefore(ci, sentence)) {
        return "target"; // 根据规划，到2026年，产业规模将突破5000亿元: 将 under a deadline is the goal's
      }
      if (m != null) return m;
      if (cont != null) return cont.modality;
      boolean shortOwn = own.strip().length() <= 8;
      if (shortOwn && prev != null) return prev.modality;
      for (int k = ci - 1; k >= 0; k--) {
        Span c = clauses.get(k);
        if (c.start() < sentence.start()) break;
        String ct = c.of(text).strip();
        boolean colon = c.end() < text.length() && (text.charAt(c.end()) == '：' || text.charAt(c.end()) == ':');
        if (!shortOwn && ct.length() > 10 && !colon) {
          // 力争地区生产总值增长6%左右，新引进重大产业项目不少于50个: a goal's items share it
          if (GOAL_WORDS.matcher(ct).find() && "target".equals(cueModality(ct, false))) return "target";
          continue;
        }
        String mm = cueModality(ct, colon);
        if (mm != null) return mm;
        if (!shortOwn) break;
      }
      String lead = listLead(sentence);
      if (lead != null) {
        String mm = cueModality(lead, true);
        if (mm != null) return mm;
      }
      return "reported";
    }

    /** Words that set a goal for what follows them in the sentence, not only for their own clause. */
    private static final Pattern GOAL_WORDS = Pattern.compile("力争|确保|目标是|目标为|奋斗目标");

    /** Whether a clause before clause {@code ci} in its sentence sets a goal (力争, 到2026年). */
    private boolean targetBefore(int ci, Span sentence) {
      for (int k = ci - 1; k >= 0; k--) {
        Span c = clauses.get(k);
        if (c.start() < sentence.start()) break;
        if ("target".equals(cueModality(c.of(text), false))) return true;
      }
      return false;
    }

    /** Whether 将 is the only cue of {@code own} (the words of a clause before its figure). */
    private static boolean onlyWillCue(String own) {
      return own.contains("将") && "forecast".equals(cueModality(own, true))
          && cueModality(own.replace("将", ""), true) == null;
    }

    /**
     * The figure whose statement this one continues, sharing its time and modality, or null:
     * <ul>
     *   <li>a clause that goes on with the same subject's next verb (高新区今年力争签约项目40个，
     *       实现产值2000亿元: 实现 is still 今年 and still 力争);
     *   <li>其中 (among them), in the same sentence or opening the next one in the same paragraph
     *       (签约项目27个；其中10亿元以上项目9个).
     * </ul>
     * A clause with a time or a cue of its own keeps it: those are read before this is asked.
     */
    private Found continued(Found prev, int si, Span sentence, Span clause, Amount a) {
      if (prev == null) return null;
      String own = text.substring(clause.start(), a.start()).strip();
      boolean among = own.startsWith("其中") || sentence.of(text).strip().startsWith("其中");
      if (prev.sentence == si) {
        if (among) return prev;
        for (String verb : CONTINUING_VERBS) if (own.startsWith(verb)) return prev;
        return null;
      }
      if (!among || prev.sentence != si - 1) return null;
      // no line break between the two figures (read only between them, never back to the field's start)
      for (int i = prev.amount.start(); i < sentence.start(); i++) if (text.charAt(i) == '\n') return null;
      return prev;
    }

    /**
     * Where the sentence starts once parts joined to it by a semicolon are counted in, looking no
     * further back than {@link #MAX_LIST_LOOKBACK}: a page of parts joined by semicolons alone would
     * otherwise make every figure read back to its start.
     */
    private int semicolonSentenceStart(Span sentence) {
      int floor = sentence.start() - MAX_LIST_LOOKBACK;
      int si = Spans.indexAt(sentences, sentence.start());
      while (si > 0) {
        Span before = sentences.get(si - 1);
        int gap = sentences.get(si).start() - 1;
        char c = text.charAt(gap);
        // joined only by the semicolon itself, with nothing but the break between the parts
        if ((c != '；' && c != ';') || before.end() != gap || before.start() < floor) break;
        si--;
      }
      return sentences.get(si).start();
    }

    /** Whether clause {@code c} is the first clause of the sentence that starts at {@code from}. */
    private boolean opensSentence(Span c, int from) {
      return text.substring(from, c.start()).isBlank();
    }

    /** Verbs that open a clause going on with the previous clause's subject (…，实现产值…). */
    private static final List<String> CONTINUING_VERBS = List.of("实现", "达到", "突破", "带动", "形成");

    /**
     * The lead of a list the sentence belongs to: in 预计到2024年，…将有新成效：A；B；C。 the items B and C
     * are sentences of their own, and the words before the colon scope them. Null when none.
     */
    private String listLead(Span sentence) {
      int from = sentence.start() - 1;
      if (from < 0) return null;
      // within a bounded stretch: in a run of text without sentence ends (a page of one endless
      // paragraph) every sentence would otherwise search back to the paragraph's start
      int floor = Math.max(0, from - MAX_LIST_LOOKBACK);
      int p = Math.max(floor, Math.max(lastIndexOf(text, '\n', from, floor), lastIndexOf(text, '。', from, floor)) + 1);
      String seg = text.substring(p, sentence.start());
      int colon = Math.max(seg.lastIndexOf('：'), seg.lastIndexOf(':'));
      if (colon < 0) return null;
      return seg.substring(0, colon);
    }

    /** {@code text.lastIndexOf(c, from)}, looking no further back than {@code floor}; -1 if absent. */
    private static int lastIndexOf(String text, char c, int from, int floor) {
      for (int i = from; i >= floor; i--) if (text.charAt(i) == c) return i;
      return -1;
    }

    /** The modality the nearest cue of {@code s} gives, or null. */
    private static String cueModality(String s, boolean own) {
      int best = -1;
      String m = null;
      for (String c : FORECAST_CUES) {
        if (!own && c.equals("将")) continue;
        int i = s.lastIndexOf(c);
        if (c.equals("将") && i >= 0 && s.startsWith("将来", i)) i = -1;
        if (i >= 0 && i + c.length() > best) {
          best = i + c.length();
          m = "forecast";
        }
      }
      for (String c : TARGET_CUES) {
        if (!own && c.equals("目标")) continue;
        int i = s.lastIndexOf(c);
        if (i >= 0 && i + c.length() > best) {
          best = i + c.length();
          m = "target";
        }
      }
      if (m == null && TO_YEAR.matcher(s).find()) m = "target";
      return m;
    }

    // ---------------------------------------------------------------- period

    private Period period(Found x, Amount a, Span clause, int ci, Span sentence, Found prev, Found cont) {
      String own = text.substring(clause.start(), a.start());
      String sent = sentence.of(text);
      TimeExpr best = null;
      for (TimeExpr e : PeriodResolver.find(own, pub)) {
        if (best == null || e.end() >= best.end()) best = e;
      }
      x.periodExplicit = true;
      if (best != null) {
        Period p = inFocus(best, own, clause.start());
        if (best.until() && p.start().getDayOfMonth() == 1 && p.start().getMonthValue() > 1
            && (sent.contains("今年以来") || sent.contains("年初以来") || sent.contains("今年累计"))) {
          p = Period.months(p.start().getYear(), 1, p.start().getMonthValue());
        }
        return p;
      }
      boolean projectOwn = "project".equals(x.subjectType) && !COUNT_METRICS.contains(x.metric);
      if (!projectOwn) {
        if (prev != null && prev.periodExplicit && prev.period != null && own.strip().length() <= 8) {
          return prev.period;
        }
        if (cont != null && cont.periodExplicit && cont.period != null) return cont.period;
        // back through the sentence's clauses, and through parts before it that a semicolon joins
        // to it (今年上半年，A实现…；B实现…: the time opens the whole sentence)
        int from = semicolonSentenceStart(sentence);
        for (int k = ci - 1; k >= 0; k--) {
          Span c = clauses.get(k);
          if (c.start() < from) break;
          String ct = c.of(text);
          List<TimeExpr> es = PeriodResolver.find(ct, pub);
          String lead = ct.stripLeading();
          int offset = ct.length() - lead.length();
          for (TimeExpr e : es) {
            // a clause that opens with a time (今年以来，…) or a short lead-in (力争到2026年，)
            boolean opens = e.start() <= offset + 1 || lead.length() <= 12;
            if (opens && (c.start() >= sentence.start() || opensSentence(c, from))) return inFocus(e, ct, c.start());
          }
        }
      }
      if (!projectOwn) {
        String lead = listLead(sentence);
        if (lead != null) {
          List<TimeExpr> es = PeriodResolver.find(lead, pub);
          if (!es.isEmpty()) return es.get(0).period();
        }
        Period scope = paragraphPeriod(sentence);
        if (scope != null) return scope;
      }
      x.periodExplicit = false;
      if (COUNT_METRICS.contains(x.metric) && pub != null) {
        LocalDate d = sent.contains("昨日") || sent.contains("昨天") ? pub.minusDays(1)
            : eventDate != null ? eventDate : pub;
        return Period.month(d.getYear(), d.getMonthValue());
      }
      return null;
    }

    /**
     * The period of {@code e}, found in {@code src} (which starts at {@code srcStart} of the text):
     * 全年 is the whole of the year the text is about ({@link #yearInFocus}), else the
     * publication's year.
     */
    private Period inFocus(TimeExpr e, String src, int srcStart) {
      if (!src.startsWith("全年", e.start())) return e.period();
      Integer focus = yearInFocus(srcStart + e.start());
      return focus == null ? e.period() : Period.year(focus);
    }

    /** 全年, 年内, 年底: words that take their year from the text, not years it names. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("全年|年内|年底");

    /** How far back {@link #yearInFocus} reads. */
    private static final int FOCUS_LOOK_BACK = 1500;

    /**
     * The year the text before {@code pos} last names (2023年，我市…。…全年新增…): what its 全年
     * means, rather than the publication's year; null when it names none, or a year after it.
     */
    private Integer yearInFocus(int pos) {
      String before = text.substring(Math.max(0, pos - FOCUS_LOOK_BACK), pos);
      Integer year = null;
      for (TimeExpr e : PeriodResolver.find(before, pub)) {
        if (e.until() || e.current() || RELATIVE_YEAR.matcher(before).region(e.start(), e.end()).lookingAt()) continue;
        int y = e.period().start().getYear();
        if (y == e.period().end().getYear() && (pub == null || y <= pub.getYear())) year = y;
      }
      return year;
    }

    /**
     * The period a paragraph opens with, for a later sentence of it that names no time of its own
     * (一季度，全市经济运行稳中向好。全市规上工业总产值1.02万亿元…): a bulletin's time frame is set
     * once, by a short lead-in clause at the paragraph's start. Null when the paragraph opens
     * otherwise, or this sentence or one between names a time of its own.
     */
    private Period paragraphPeriod(Span sentence) {
      if (timeFrames == null) timeFrames = new TimeFrames();
      int here = Spans.indexAt(sentences, sentence.start());
      if (here < 0) return null;
      int first = timeFrames.paragraphFirst[here];
      if (first == here) return null;
      Period lead = timeFrames.lead(first);
      // a sentence in between, or this one, with a time of its own (今年1~5月，…) starts another frame
      return lead != null && !timeFrames.timedBetween(first, here) ? lead : null;
    }

    private TimeFrames timeFrames;

    /**
     * What {@link #paragraphPeriod} reads, worked out at most once per sentence of a field: reading
     * back to the paragraph's start for each figure made a page-long paragraph quadratic.
     */
    private final class TimeFrames {
      /** For each sentence, the first sentence of its paragraph. */
      final int[] paragraphFirst = new int[sentences.size()];
      /** For a paragraph's first sentence: the last sentence after it checked for a time. */
      private final int[] checkedUpTo = new int[sentences.size()];
      /** For a paragraph's first sentence: the first sentence after it that names a time, or -1. */
      private final int[] firstTimed = new int[sentences.size()];
      private final Map<Integer, Period> leads = new HashMap<>();

      TimeFrames() {
        for (int k = 0; k < sentences.size(); k++) {
          boolean starts = k == 0 || text.substring(sentences.get(k - 1).end(), sentences.get(k).start()).indexOf('\n') >= 0;
          paragraphFirst[k] = starts ? k : paragraphFirst[k - 1];
          checkedUpTo[k] = k;
          firstTimed[k] = -1;
        }
      }

      /** Whether a sentence after {@code first}, up to {@code here}, names a time. */
      boolean timedBetween(int first, int here) {
        while (firstTimed[first] < 0 && checkedUpTo[first] < here) {
          int k = ++checkedUpTo[first];
          if (!PeriodResolver.find(sentences.get(k).of(text), pub).isEmpty()) firstTimed[first] = k;
        }
        return firstTimed[first] >= 0 && firstTimed[first] <= here;
      }

      /** The period sentence {@code si}'s last clause that is only a time sets (4月22日，记者…获悉，一季度，…); null if none. */
      Period lead(int si) {
        if (leads.containsKey(si)) return leads.get(si);
        Span first = sentences.get(si);
        Period found = null;
        for (int ci = Math.max(0, Spans.indexAt(clauses, first.start())); ci < clauses.size(); ci++) {
          Span c = clauses.get(ci);
          if (c.start() >= first.end()) break;
          String ct = c.of(text);
          String lead = ct.stripLeading();
          if (lead.length() > 8) continue;
          int offset = ct.length() - lead.length();
          for (TimeExpr e : PeriodResolver.find(ct, pub)) {
            // a single day is when it happened (4月22日), not the time the figures cover
            if (e.start() <= offset + 1 && e.period().end().isAfter(e.period().start())) found = e.period();
          }
        }
        leads.put(si, found);
        return found;
      }
    }

    // ---------------------------------------------------------------- subject

    private record Cand(int end, String name, String type, int start) {}

    private void subject(Found x, Amount a, Span sentence, Span clause) {
      // the words right after the figure name its project or fund: nothing before it can override
      // them, so they are read first (and HanLP is spared)
      if (subjectAfterFigure(x, a, clause)) return;
      String window = text.substring(sentence.start(), a.start());
      // first without HanLP: often its words cannot change the subject, and when they can, the
      // candidate found without them tells from which clause on they are worth reading
      Named named = inSentence(sentence).named().before(window.length());
      Choice choice = choose(x, a, sentence, clause, window, named, NO_TOKENS);
      if (choice.wantsTokens()) {
        int from = alwaysSegment ? 0 : tokensFrom(x.metric, sentence, window, choice.best());
        choice = choose(x, a, sentence, clause, window, named, from);
        if (from > 0 && !settledAfter(choice.best(), from)) choice = choose(x, a, sentence, clause, window, named, 0);
      }
      Cand best = choice.best();
      if (best == null && (window.contains("项目建成") || window.contains("项目达产") || window.contains("项目投产"))) {
        String last = lastNamedProject(sentence.start());
        if (last != null) best = new Cand(0, last, "project", 0);
      }
      if (best == null && !name.equals("body") && !COUNT_METRICS.contains(x.metric)) {
        // a deck's figure with no subject of its own is the project the headline names
        // (华虹无锡二期项目加快建设 / 总投资67亿美元，预计明年全面达产)
        String project = deckProject();
        if (project != null) best = new Cand(0, project, "project", 0);
      }
      if (best == null) {
        // the place the headline deck names (锡山打造精准医疗产业名片), else the page's home city
        for (Places.Place p : Places.find(deck, false)) {
          if (insideQuotes(deck, p.start()) || "province".equals(lex.placeLevels.get(p.name()))) continue;
          best = new Cand(0, p.name(), "region", 0);
          break;
        }
      }
      if (best == null && home != null) best = new Cand(0, home, "region", 0);
      if (best != null) {
        x.subject = tidy(best.name());
        x.subjectType = best.type();
        boolean located = best.end() > 0 && (best.type().equals("company") || best.type().equals("project"));
        x.subjectStart = located ? sentence.start() + best.start() : -1;
        x.subjectEnd = located ? sentence.start() + best.end() : -1;
      }
    }

    /** The subject the window names, and whether HanLP's tokens could have changed it. */
    private record Choice(Cand best, boolean wantsTokens) {}

    /** For {@link #choose}: read no HanLP tokens, only report whether they could matter. */
    private static final int NO_TOKENS = -1;

    /**
     * The projects and firms a text names without HanLP, as candidates, and the spans of those with
     * a name of their own (nothing inside them is a place).
     */
    private record Named(List<Cand> cands, List<int[]> spans) {
      /** Those that end by {@code end}: what the text's first {@code end} characters name. */
      Named before(int end) {
        List<Cand> c = new ArrayList<>();
        for (Cand x : cands) if (x.end() <= end) c.add(x);
        List<int[]> n = new ArrayList<>();
        for (int[] x : spans) if (x[1] <= end) n.add(x);
        return new Named(c, n);
      }
    }

    /**
     * What a sentence names without HanLP, found once per sentence: every window is a prefix of its
     * sentence, and each of these words and names reads only the text before its end, so a window's
     * are those of its sentence that end inside it. Read again for each figure (and each pass of
     * {@link #choose}), a sentence of many figures cost its length for every one of them.
     */
    private record SentenceWords(Named named, List<int[]> home, List<int[]> province, List<int[]> district,
        List<int[]> other) {}

    private final Map<Integer, SentenceWords> sentenceWords = new HashMap<>();

    private SentenceWords inSentence(Span sentence) {
      SentenceWords w = sentenceWords.get(sentence.start());
      if (w == null) {
        String s = text.substring(sentence.start(), sentence.end());
        List<List<int[]>> marks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // one pass for the four lists: no word of one overlaps a word of another, and within a
        // list they are found left to right without overlap, as a search for the list's regex does
        for (int i = 0; i < s.length(); i++) {
          String word = MARK_WORDS.at(s, i);
          if (word == null) continue;
          marks.get(MARK_KIND.get(word)).add(new int[] {i, i + word.length()});
          i += word.length() - 1;
        }
        w = new SentenceWords(named(s, sentence), marks.get(0), marks.get(1), marks.get(2), marks.get(3));
        sentenceWords.put(sentence.start(), w);
      }
      return w;
    }

    /** The projects and firms {@code window} (a sentence's text, or its start) names, as {@link Named}. */
    private Named named(String window, Span sentence) {
      List<Cand> cands = new ArrayList<>();
      List<int[]> named = new ArrayList<>();
      // projects
      for (int idx = window.indexOf("项目"); idx >= 0; idx = window.indexOf("项目", idx + 2)) {
        String phrase = phraseEndingAt(window, idx + 2);
        String pn = namedProject(phrase);
        if (pn != null) {
          cands.add(new Cand(idx + 2, pn, "project", idx + 2 - pn.length()));
          named.add(new int[] {idx + 2 - pn.length(), idx + 2});
        } else if (phrase.startsWith("该") || phrase.startsWith("本") || phrase.startsWith("此")
            || phrase.equals("项目")) {
          String last = lastNamedProject(sentence.start() + idx);
          if (last != null) cands.add(new Cand(idx + 2, last, "project", idx));
        }
      }
      // companies
      Matcher cm = COMPANY_WORD.matcher(window);
      while (cm.find()) {
        String phrase = phraseEndingAt(window, cm.end());
        String core = withoutLocator(LEADING_JUNK.matcher(phrase).replaceFirst(""));
        if (core.length() - (cm.end() - cm.start()) >= 2 && !core.startsWith("市") && !core.startsWith("区")
            && !NOT_A_COMPANY.matcher(core).find()) {
          cands.add(new Cand(cm.end(), core, "company", cm.end() - core.length()));
          named.add(new int[] {cm.end() - core.length(), cm.end()});
        } else if (core.equals("该公司") || core.equals("公司") || core.equals("该集团")) {
          String last = lastCompany(sentence.start() + cm.start());
          if (last != null) cands.add(new Cand(cm.end(), last, "company", cm.start()));
        }
      }
      return new Named(cands, named);
    }

    /**
     * The candidate the window before figure {@code a} names for it. HanLP's tokens are read from
     * window offset {@code from} on ({@link #NO_TOKENS}: not at all), and only when they can name a
     * firm or a place that would win.
     */
    private Choice choose(Found x, Amount a, Span sentence, Span clause, String window, Named base, int from) {
      boolean wantsTokens = false;
      List<Cand> cands = new ArrayList<>(base.cands());
      List<int[]> named = new ArrayList<>(base.spans());
      // HanLP is only asked when its organisations could name a firm here
      boolean orgPossible = alwaysSegment || window.length() >= 2 && Places.mayNameOrganisation(window);
      List<Places.Token> tokens = List.of();
      if (orgPossible) {
        wantsTokens = true;
        if (from != NO_TOKENS) tokens = windowTokens(sentence, window, from, a);
      }
      for (Places.Place c : Places.companies(window, tokens)) {
        boolean covered = false;
        for (int[] n : named) if (c.start() >= n[0] && c.end() <= n[1]) covered = true;
        if (!covered) {
          cands.add(new Cand(c.end(), c.name(), "company", c.start()));
          named.add(new int[] {c.start(), c.end()});
        }
      }
      // innovation centres, funds (other)
      SentenceWords words = inSentence(sentence);
      for (int[] om : words.other()) {
        if (om[1] >= window.length()) break;
        String phrase = LEADING_JUNK.matcher(phraseEndingAt(window, om[1])).replaceFirst("");
        boolean topic = "，,".indexOf(window.charAt(om[1])) >= 0;
        if (topic && phrase.length() - (om[1] - om[0]) >= 2 && !phrase.startsWith("子")) {
          cands.add(new Cand(om[1], phrase, "other", om[1] - phrase.length()));
        }
      }
      // regions: HanLP's place names are needed unless a region cannot win anyway
      if (!orgPossible && window.length() >= 2 && !regionCannotWin(x.metric, cands)) {
        wantsTokens = true;
        if (from != NO_TOKENS) tokens = windowTokens(sentence, window, from, a);
      }
      List<Places.Place> places = Places.find(window, tokens);
      for (int[] hm : words.home()) {
        if (hm[1] > window.length()) break;
        // 江阴全市: the place named right before 全市 is meant
        Places.Place before = null;
        for (Places.Place p : places) if (p.end() == hm[0]) before = p;
        String who = before != null ? before.name() : home;
        if (who != null) cands.add(new Cand(hm[1], who, "region", hm[0]));
      }
      for (int[] pvm : words.province()) {
        if (pvm[1] > window.length()) break;
        String province = home == null ? null : lex.provinces.get(home);
        if (province != null) cands.add(new Cand(pvm[1], province, "region", pvm[0]));
      }
      for (int[] dm : words.district()) {
        if (dm[1] > window.length()) break;
        String d = lastDistrict(sentence.start() + dm[0]);
        if (d != null) cands.add(new Cand(dm[1], d, "region", dm[0]));
      }
      for (Places.Place p : places) {
        // a destination (落户无锡, 走进锡山) is not what the figure is about
        boolean inside = insideQuotes(window, p.start())
            || DESTINATION.matcher(window.substring(Math.max(0, p.start() - 2), p.start())).find();
        for (int[] n : named) if (p.start() >= n[0] && p.end() <= n[1]) inside = true;
        if (!inside) cands.add(new Cand(p.end(), p.name(), "region", p.start()));
      }
      if (x.metric.equals("subsidy")) cands.removeIf(c -> !c.type().equals("region"));
      if (x.metric.equals("enterprise_count")) {
        cands.removeIf(c -> c.type().equals("company") && window.length() - c.end() <= 8
            && !lex.companies.contains(c.name()));
        // A公司、B公司等2家企业入选: the firms listed are what is counted, not who counts
        int clauseStart = clause.start() - sentence.start();
        cands.removeIf(c -> c.type().equals("company") && c.start() >= clauseStart
            && (window.startsWith("、", c.end()) || window.indexOf('等', c.end()) >= 0));
      }
      return new Choice(coordinated(best(x.metric, cands), cands, window, a, sentence), wantsTokens);
    }

    /**
     * Where HanLP's reading of the window may start: at the clause holding the candidate found
     * without it ({@code plain}), or, for a money figure, the first clause that may name a firm
     * (which beats every region wherever it stands). A place HanLP finds in an earlier clause ends
     * before that candidate, so it cannot become the subject. 0: the whole window.
     */
    private int tokensFrom(String metric, Span sentence, String window, Cand plain) {
      if (plain == null) return 0;
      int from = clauseStart(sentence, plain.start());
      if (!COUNT_METRICS.contains(metric)) {
        int firm = Places.firstFirmSuffix(window);
        if (firm >= 0) from = Math.min(from, clauseStart(sentence, firm));
      }
      return from;
    }

    /**
     * The start, as an offset in the sentence, of the field's clause holding sentence offset
     * {@code pos} when that clause opens after a comma or colon, else of the nearest such clause
     * before it; 0 when none. Only such a break lets HanLP read what follows as it does
     * mid-sentence: the segmentation is forced through it, so the words after it do not depend on
     * those before (a clause forced at a length limit opens after no break).
     */
    private int clauseStart(Span sentence, int pos) {
      for (int ci = Spans.indexAt(clauses, sentence.start() + pos); ci >= 0; ci--) {
        int start = clauses.get(ci).start();
        if (start <= sentence.start()) return 0;
        if ("，,：:".indexOf(text.charAt(start - 1)) >= 0) return start - sentence.start();
      }
      return 0;
    }

    /**
     * Whether {@code best}, found with HanLP's tokens from {@code from} on, is the subject whatever
     * the tokens before: it starts at or after {@code from}, later than anything they could name.
     */
    private static boolean settledAfter(Cand best, int from) {
      return best != null && best.start() >= from;
    }

    /** The project (…的XX项目) or fund (…基金) the words after a figure name; false when none. */
    private boolean subjectAfterFigure(Found x, Amount a, Span clause) {
      if (!COUNT_METRICS.contains(x.metric) && !x.metric.equals("fund") && !x.metric.equals("subsidy")) {
        String suffix = text.substring(a.end(), clause.end());
        Matcher pm = PROJECT_AFTER.matcher(suffix);
        String pn = pm.find() ? namedProject(pm.group(1)) : null;
        if (pn != null) {
          x.subject = tidy(pn);
          x.subjectType = "project";
          x.subjectStart = a.end() + pm.start(1);
          x.subjectEnd = a.end() + pm.end(1);
          return true;
        }
      }
      if (x.metric.equals("fund")) {
        String suffix = text.substring(a.end(), clause.end());
        Matcher fm = FUND_WORD.matcher(suffix);
        if (fm.find()) {
          String phrase = LEADING_JUNK.matcher(phraseEndingAt(suffix, fm.end())).replaceFirst("");
          if (phrase.length() > 2 && !phrase.startsWith("子")) {
            x.subject = tidy(phrase);
            x.subjectType = "other";
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Projects, companies or regions the text joins (A项目和B项目, A公司、B公司, 无锡和常州): with 分别
     * between them and the figure, the figure belongs to the name in its place (the second figure
     * after 分别 to the second name); without, projects and companies to all of them, as the text
     * names them together, and regions to the last.
     */
    private Cand coordinated(Cand best, List<Cand> cands, String window, Amount a, Span sentence) {
      if (best == null) return null;
      // joined regions (无锡高新区和江阴市) share out the figures only with 分别 after them; without
      // it, the region named last is the figure's, as for any run of places
      boolean region = best.type().equals("region");
      if (!(region || best.type().equals("project") || best.type().equals("company"))) return best;
      int respectively = window.lastIndexOf("分别"); // the nearest: a sentence may list twice
      if (region && respectively < best.end()) return best;
      List<Cand> joined = new ArrayList<>();
      joined.add(best);
      for (Cand head = best; head != null; ) {
        Cand before = null;
        for (Cand c : cands) {
          if (c.type().equals(best.type()) && c.end() <= head.start()
              && COORDINATORS.contains(window.substring(c.end(), head.start()))) {
            before = c;
          }
        }
        if (before != null) joined.add(0, before);
        head = before;
      }
      if (joined.size() < 2) return best;
      if (respectively < best.end()) {
        Cand first = joined.get(0);
        return new Cand(best.end(), window.substring(first.start(), best.end()), best.type(), first.start());
      }
      // the figures from 分别 up to this one, counted by their indexes (the amounts are in text order)
      int place = firstAmountFrom(a.start()) - firstAmountFrom(sentence.start() + respectively);
      return place < joined.size() ? joined.get(place) : best;
    }

    private static final Set<String> COORDINATORS = Set.of("和", "及", "以及", "与", "、");

    /** The candidate the figure is about: the last named, projects and firms before regions for money. */
    private static Cand best(String metric, List<Cand> cands) {
      boolean money = !COUNT_METRICS.contains(metric);
      Cand best = null;
      for (Cand c : cands) {
        if (best == null) {
          best = c;
          continue;
        }
        // a money figure in a sentence that names a project or company is that project's figure
        // a project's investment belongs to the project even when its builder is named nearer
        if (metric.equals("investment") && c.type().equals("project") && best.type().equals("company")) {
          best = c;
          continue;
        }
        if (metric.equals("investment") && best.type().equals("project") && c.type().equals("company")) continue;
        if (money && rank(c.type()) < 2 && rank(best.type()) == 3) {
          best = c;
          continue;
        }
        if (money && rank(best.type()) < 2 && rank(c.type()) == 3) continue;
        if (c.end() > best.end() || (c.end() == best.end() && rank(c.type()) < rank(best.type()))) best = c;
      }
      return best;
    }

    /**
     * Whether no region added after {@code cands} (projects, firms, others) can become the subject:
     * for a money figure (not a subsidy, which keeps only regions) a named project or firm beats
     * every region that comes after it in {@link #best}.
     */
    private static boolean regionCannotWin(String metric, List<Cand> cands) {
      if (COUNT_METRICS.contains(metric) || metric.equals("subsidy")) return false;
      Cand b = best(metric, cands);
      return b != null && rank(b.type()) < 2;
    }

    /**
     * HanLP tokens of the sentence that lie inside its {@code window} before figure {@code a}, from
     * offset {@code from} on.
     */
    private List<Places.Token> windowTokens(Span sentence, String window, int from, Amount a) {
      List<Places.Token> out = new ArrayList<>();
      for (Places.Token t : tokens(sentence, from, segmentEnd(sentence, a))) {
        if (t.start() >= from && t.end() <= window.length()) out.add(t);
      }
      return out;
    }

    /** A sentence's HanLP tokens for its offsets [from, to). */
    private record Segmented(int from, int to, List<Places.Token> tokens) {}

    private final Map<Integer, Segmented> tokenCache = new HashMap<>();

    /**
     * HanLP tokens of a sentence for its offsets [{@code from}, {@code to}), where {@code from} is
     * a clause start (or 0) and {@code to} just past a clause break: segmented once per field however
     * many figures the sentence holds. A later figure extends them by the clauses after {@code to};
     * one that needs them from further back has them segmented again.
     */
    private List<Places.Token> tokens(Span sentence, int from, int to) {
      Segmented s = tokenCache.get(sentence.start());
      if (s == null || s.from() > from) {
        s = new Segmented(from, to, segment(sentence, from, to));
      } else if (s.to() < to) {
        // the list is this cache's own: extended in place
        for (Places.Token t : segment(sentence, s.to(), to)) if (t.start() >= s.to()) s.tokens().add(t);
        s = new Segmented(s.from(), to, s.tokens());
      } else {
        return s.tokens();
      }
      tokenCache.put(sentence.start(), s);
      return s.tokens();
    }

    /**
     * HanLP tokens of the sentence's offsets [from, to), offsets in the sentence. From the clause
     * break before {@code from} on: segmentation is forced through a break, so HanLP reads the words
     * after it as it does when it sees the whole sentence.
     */
    private List<Places.Token> segment(Span sentence, int from, int to) {
      int begin = Math.max(0, from - 1);
      List<Places.Token> tokens = new ArrayList<>();
      for (Places.Token t : Places.segment(text.substring(sentence.start() + begin, sentence.start() + to))) {
        tokens.add(new Places.Token(t.start() + begin, t.end() + begin, t.word(), t.nature()));
      }
      return tokens;
    }

    /**
     * Where segmenting for figure {@code a} may stop (an offset in the sentence): after the break of
     * the figure's clause. Its window ends at the figure, so nothing after that clause is read; the
     * clause's own words and break still give HanLP the right-hand context it has when it sees the
     * whole sentence.
     */
    private int segmentEnd(Span sentence, Amount a) {
      if (alwaysSegment) return sentence.end() - sentence.start();
      int ci = Spans.indexAt(clauses, a.start());
      int end = ci < 0 ? sentence.end() : Math.min(clauses.get(ci).end() + 1, sentence.end());
      return end - sentence.start();
    }

    private static boolean insideQuotes(String s, int pos) {
      int open = s.lastIndexOf('“', pos);
      int close = s.lastIndexOf('”', pos);
      return open >= 0 && open > close;
    }

    /** A name without the stray spaces a layout leaves between Chinese and Latin letters. */
    static String tidy(String name) {
      return SPACE_BY_HAN.matcher(name.strip()).replaceAll("");
    }

    private static int rank(String type) {
      return switch (type) {
        case "project" -> 0;
        case "company" -> 1;
        case "other" -> 2;
        default -> 3;
      };
    }

    /** The noun phrase of {@code s} that ends at {@code end}: back to a break or a function word. */
    private static String phraseEndingAt(String s, int end) {
      int i = end;
      int depth = 0;
      while (i > 0 && end - i < 40) {
        char c = s.charAt(i - 1);
        if (c == ')' || c == '）') depth++;
        else if (c == '(' || c == '（') {
          if (depth == 0) break;
          depth--;
        } else if (depth == 0 && PHRASE_STOPS.indexOf(c) >= 0) break;
        else if (depth == 0 && coordinates(s, i - 1)) break;
        i--;
      }
      return s.substring(i, end).strip();
    }

    /**
     * Whether the 和/及 at {@code at} joins two names (A项目和B项目, A公司及B集团). Only after a name's
     * head word: elsewhere 和 is part of names (和利时, 中和).
     */
    private static boolean coordinates(String s, int at) {
      char c = s.charAt(at);
      if (c != '和' && c != '及') return false;
      for (String head : NAME_HEADS) if (s.startsWith(head, at - head.length())) return true;
      return false;
    }

    private static final String[] NAME_HEADS = {"项目", "公司", "集团"};

    /**
     * The one project the decks name, or null when they name none or several: a named project
     * (华虹无锡二期项目加快建设), or the name a class of projects introduces before an event
     * (省重大项目苏州恒度生物奠基).
     */
    private String deckProject() {
      String found = null;
      for (String line : deck.split("\n")) {
        for (int idx = line.indexOf("项目"); idx >= 0; idx = line.indexOf("项目", idx + 2)) {
          String phrase = phraseEndingAt(line, idx + 2);
          String pn = namedProject(phrase);
          if (pn == null) {
            Matcher m = NAME_BEFORE_EVENT.matcher(line).region(idx + 2, line.length());
            if (m.lookingAt()) pn = m.group(1);
          }
          if (pn == null) continue;
          if (found != null && !found.equals(pn)) return null;
          found = pn;
        }
      }
      return found;
    }

    /** A name right before a project's event (…项目[苏州恒度生物]奠基). */
    private static final Pattern NAME_BEFORE_EVENT = Pattern.compile(
        "([\\p{IsHan}A-Za-z0-9（）()·]{2,16}?)(?:项目)?(?:奠基|开工|签约|落户|投产|竣工|开业|启动|封顶)");

    /**
     * A company phrase without a district printed before a name that has its own city
     * (新吴区无锡先导智能装备股份有限公司 → 无锡先导智能装备股份有限公司): the district locates the firm.
     */
    private String withoutLocator(String phrase) {
      List<Places.Place> ps = Places.find(phrase, false);
      if (ps.size() < 2 || ps.get(0).start() != 0 || ps.get(1).start() != ps.get(0).end()) return phrase;
      String first = ps.get(0).name();
      return first.endsWith("区") || first.endsWith("县") ? phrase.substring(ps.get(0).end()) : phrase;
    }

    /** A project phrase without the clause words before its name (滨湖区今年计划实施重大产业项目 → 重大产业项目). */
    private static String projectName(String phrase) {
      Matcher m = PHRASE_VERB.matcher(phrase);
      String p = m.lookingAt() ? phrase.substring(m.end()) : phrase;
      return LEADING_JUNK.matcher(p).replaceFirst("");
    }

    /**
     * The project a phrase ending in 项目 names ({@link #projectName}), or null when it names a
     * class of projects rather than one. The same phrase is asked about by the sentence's windows,
     * the field's back references and the decks: answered once per field.
     */
    private String namedProject(String phrase) {
      String pn = projectNames.computeIfAbsent(phrase, k -> isNamedProject(k) ? projectName(k) : "");
      return pn.isEmpty() ? null : pn;
    }

    /** {@link #namedProject}'s answers, "" for none. */
    private final Map<String, String> projectNames = new HashMap<>();

    private static boolean isNamedProject(String phrase) {
      String p = projectName(phrase);
      if (COUNT_INSIDE.matcher(p).find() || VERB_START.matcher(p).find()) return false;
      String core = p.substring(0, Math.max(0, p.length() - 2));
      // most names hold no industry word: one pass over the name tells, where removing each of
      // the lexicon's words in turn scans it once per word
      if (holdsIndustryWord(core)) {
        for (Map.Entry<String, String> e : Lexicon.get().industries) core = core.replace(e.getKey(), "");
      }
      core = GENERIC_WORDS.matcher(core).replaceAll("");
      return core.length() >= 3;
    }

    private static boolean holdsIndustryWord(String s) {
      Lexicon lex = Lexicon.get();
      for (int i = 0; i < s.length(); i++) if (lex.industryAt(s, i) != null) return true;
      return false;
    }

    /** The last named project mentioned in this field before {@code pos}. */
    private String lastNamedProject(int pos) {
      if (namedProjects == null) namedProjects = namedProjects();
      return namedProjects.lastEndingBy(pos);
    }

    /** The last company named (…有限公司/…集团) in this field before {@code pos} (what 该公司 refers to). */
    private String lastCompany(int pos) {
      if (namedCompanies == null) namedCompanies = namedCompanies();
      return namedCompanies.lastEndingBy(pos);
    }

    /**
     * Named projects and companies of the field, found once when a figure first refers back to one
     * (该项目, 该公司): searching the text before each such figure made a long field quadratic.
     */
    private Mentions namedProjects, namedCompanies;

    private Mentions namedProjects() {
      Mentions out = new Mentions();
      for (int idx = text.indexOf("项目"); idx >= 0; idx = text.indexOf("项目", idx + 2)) {
        // a phrase reads only what lies before its end, so it is the same as in the text before pos
        String phrase = phraseEndingAt(text, idx + 2);
        String pn = namedProject(phrase);
        if (pn != null) out.add(idx + 2, pn);
      }
      return out;
    }

    private Mentions namedCompanies() {
      Mentions out = new Mentions();
      // the company words are fixed and none begins another, so a match in the text before pos is
      // exactly a match of the whole text that ends by pos
      Matcher cm = NAMED_COMPANY_WORD.matcher(text);
      while (cm.find()) {
        String core = LEADING_JUNK.matcher(phraseEndingAt(text, cm.end())).replaceFirst("");
        if (core.length() - (cm.end() - cm.start()) >= 2 && !NOT_A_COMPANY.matcher(core).find()) {
          out.add(cm.end(), core);
        }
      }
      return out;
    }

    /** Names at their end offsets, in order of offset. */
    private static final class Mentions {
      private final List<Integer> ends = new ArrayList<>();
      private final List<String> names = new ArrayList<>();

      void add(int end, String name) {
        ends.add(end);
        names.add(name);
      }

      /** The last name ending at or before {@code pos}; null when none. */
      String lastEndingBy(int pos) {
        // ends strictly increase, so a hit is the only entry with that end; a miss gives
        // -(insertion point) - 1, and the entries before the insertion point end earlier
        int i = Collections.binarySearch(ends, pos);
        int last = i >= 0 ? i : -i - 2;
        return last >= 0 ? names.get(last) : null;
      }
    }

    private static final int DISTRICT_LOOK_BACK = 600;

    /** The district or zone named last before {@code pos} (what 该区/全区 refer to). */
    private String lastDistrict(int pos) {
      // only the last DISTRICT_LOOK_BACK characters before pos (the deck's too, near the start);
      // copying all the text before pos for each figure made a long field quadratic
      int end = Math.max(0, pos);
      String w;
      if (end >= DISTRICT_LOOK_BACK) {
        w = text.substring(end - DISTRICT_LOOK_BACK, end);
      } else {
        String before = deck + "\n" + text.substring(0, end);
        w = before.substring(Math.max(0, before.length() - DISTRICT_LOOK_BACK));
      }
      String last = null;
      for (Places.Place p : Places.find(w, false)) {
        if (p.start() > 0 && "(（".indexOf(w.charAt(p.start() - 1)) >= 0) continue;
        if (Places.isDistrict(p.name())) last = p.name();
      }
      return last;
    }

    // ---------------------------------------------------------------- industry

    private String industry(Found x, Amount a, Span clause, Span sentence) {
      boolean firm = "project".equals(x.subjectType) || "company".equals(x.subjectType)
          || text.substring(clause.start(), a.start()).contains("项目");
      if (firm && x.subjectStart >= 0) {
        // what the project or company makes: its name, then the words after it
        int from = "company".equals(x.subjectType) ? x.subjectEnd : x.subjectStart;
        for (int i = from; i < sentence.end(); i++) {
          String w = lex.industryAt(text, i);
          if (w != null) return industryOf(w);
        }
      }
      String ind = nearestIndustry(clause, a, x, true);
      if (ind != null) return ind == SEVERAL ? null : ind;
      ind = nearestIndustry(sentence, a, x, firm);
      if (ind != null) return ind == SEVERAL ? null : ind;
      if (!name.equals("body")) {
        ind = firstIndustry(deck);
        if (ind != null) return ind;
      }
      // the article's own industry, when it clearly has one
      if (topIndustry != null) {
        if (firm && topCount >= 2 && !COUNT_METRICS.contains(x.metric)) return topIndustry;
        if (!firm && topInDeck) return topIndustry;
      }
      return null;
    }

    /**
     * What {@link #nearestIndustry} returns when the nearest industry word is one of a list
     * (电子信息、生物医药、先进材料四大产业规模…): the figure covers several industries, so it has none
     * of its own, and the article's main industry must not stand in for them.
     */
    private static final String SEVERAL = new String("several industries");

    /** The industry named nearest the figure in {@code span}, {@link #SEVERAL}, or null when none is named. */
    private String nearestIndustry(Span span, Amount a, Found x, boolean both) {
      String best = null;
      int bestDist = Integer.MAX_VALUE;
      int end = both ? span.end() : a.start();
      for (int i = span.start(); i < end; i++) {
        if (i >= a.start() && i < a.end()) continue;
        String w = lex.industryAt(text, i);
        if (w == null) continue;
        if (x.subjectStart >= 0 && i >= x.subjectStart && i < x.subjectEnd) continue;
        int dist = i < a.start() ? a.start() - (i + w.length()) : i - a.end();
        if (dist < bestDist) {
          bestDist = dist;
          best = listed(text, i, i + w.length()) ? SEVERAL : industryOf(w);
        }
        i += w.length() - 1;
      }
      return best;
    }

    private String firstIndustry(String s) {
      for (int i = 0; i < s.length(); i++) {
        String w = lex.industryAt(s, i);
        if (w != null) return industryOf(w);
      }
      return null;
    }
  }
}
