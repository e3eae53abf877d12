/**
 * Text forms and line structure for Chinese news pages, with no Beam types.
 *
 * <ul>
 *   <li>{@link org.newsmetrics.text.TextNorm}: the display form of article text (half-width digits
 *       and letters, no stray spaces inside numbers, Chinese punctuation kept) and the matching form
 *       used for comparisons (NFKC, simplified Chinese via HanLP, one punctuation width, no space,
 *       digits kept); pinyin glosses.</li>
 *   <li>{@link org.newsmetrics.text.LineRejoiner}: which lines of a block are hard wraps and where
 *       a paragraph ends, from the block's own line widths, terminal punctuation, indentation and
 *       the shape of the next line.</li>
 *   <li>{@link org.newsmetrics.text.WordBreak}: confirms with HanLP segmentation that a column
 *       break cut a word ({@code 基于自} / {@code 身发展}).</li>
 * </ul>
 */
package org.newsmetrics.text;
