/**
 * The metrics core: finds the economic figures an article states and describes each one.
 *
 * <p>Plain Java, no Beam types. {@link org.newsmetrics.metrics.MetricExtractor} reads every field of
 * an article (kicker, headline, subheadline, body) in a view without the line breaks a layout left
 * inside sentences, asks {@code amounts.AmountParser} for the numbers, and for each one:
 *
 * <ol>
 *   <li><b>types</b> it — money by the cue word nearest before it in its clause ({@code metric-cues.tsv};
 *       a specific cue beats a generic one, a non-metric word such as 零售总额 drops the figure, a cue
 *       after the figure such as 子基金/支持 decides when none stands before, 分别 pairs listed words
 *       with listed figures, and a figure with no cue of its own continues the previous figure's
 *       metric: 分别给予最高5000万元、1000万元); counts by their measure word and noun (个/项 + 项目,
 *       家/户 + a firm noun from {@code nouns.tsv}, before or after the number), never ordinals,
 *       facilities (基地, 中心, 平台 …) or event participants;</li>
 *   <li>reads its <b>modality</b> from target/forecast cues in its clause, a short lead-in clause
 *       (力争到2026年，), the previous figure of the sentence, or the lead of a colon list;</li>
 *   <li>resolves its <b>period</b> ({@link org.newsmetrics.metrics.PeriodResolver}): a time in its
 *       clause, a clause that opens the sentence with a time, the previous figure's explicit period;
 *       a project's own money is timeless; counts without a period take the event's or page's month;</li>
 *   <li>finds its <b>subject</b>: the nearest named project, company, fund or centre before it, or
 *       the place (lexicon {@code places.tsv} plus HanLP place/organisation recognition, run once per
 *       sentence holding a figure); 我市/全市 → the page's home city, 该区/全区 → the district named
 *       last; without any, the place of the headline deck, else the home city;</li>
 *   <li>scopes its <b>industry</b> ({@code industries.tsv}): the project's or company's own industry,
 *       the nearest industry word in the clause or sentence, the deck's, or the article's.</li>
 * </ol>
 *
 * <p>Lexicons are data files under {@code src/main/resources/org/newsmetrics/metrics/}, each with a
 * comment header, loaded once per JVM by a lazy holder ({@code Lexicon}); HanLP likewise.
 */
package org.newsmetrics.metrics;
