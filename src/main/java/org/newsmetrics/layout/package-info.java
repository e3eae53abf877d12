/**
 * Page layout: from a decoded page to its articles. Plain Java, no Beam types; both entry points
 * are cheap to construct, hold no mutable state and can be shared by threads.
 *
 * <p>{@link org.newsmetrics.layout.PageCleaner#clean} works on source lines:
 * <ol>
 *   <li>furniture by line, from the pattern files next to this package ({@code furniture.txt},
 *       {@code navigation-words.txt}): mastheads and colophon zones (a strong colophon line opens a
 *       zone that runs to the next story, with editor names under their labels), navigation,
 *       contacts, copyright, weather, photo credits, adverts;</li>
 *   <li>inline furniture stripped from a line and recorded: {@code (上接第1版)} at the start,
 *       {@code （下转第2版）} at the end, a glued photo credit, pinyin glosses;</li>
 *   <li>blocks of lines rejoined into paragraphs ({@link org.newsmetrics.text.LineRejoiner});</li>
 *   <li>{@code Dedup}: a paragraph printed twice (cut-off copy and whole copy), a block spliced into
 *       another story and printed again (the spliced tail is cut), a fragment left between dropped
 *       copies moved behind its kept copy;</li>
 *   <li>a lead paragraph printed inside a paragraph cut mid-word is moved to the top of its story;
 *       paragraphs cut by a column or page break are joined;</li>
 *   <li>{@code PageDate}: publication and date ({@code explicit} from a time stamp or masthead date,
 *       {@code inferred} as the day after the latest dated event, or {@code none}).</li>
 * </ol>
 *
 * <p>{@link org.newsmetrics.layout.ArticleSplitter#split} types paragraphs (headline deck,
 * dateline opening ({@code dateline.txt}), byline, caption, continuation start/end) and walks them:
 * headline-first pages, headline-last pages (the page opens with a dateline), and jump pages where
 * several {@code (上接第N版)} starts are paired with their jump headlines. It then splits the decks
 * into kicker/headline/subheadline ({@code subheadline-cues.txt}), takes the dateline and the byline
 * out of the body, and sets the kind: article, continuation, teaser or caption.
 */
package org.newsmetrics.layout;
