/**
 * Training the models and tables newskg ships. Takes annotated articles (articles.jsonl with gold
 * quotes.jsonl, or attributions.jsonl), runs them through extraction, resolution and the
 * attribution sieves, and gives a model file: {@link org.newskg.train.AttributionExamples} pools
 * each matched quote's speaker candidates with their features and gold labels;
 * {@link org.newskg.train.SpeakerRankerTrainer} fits the speaker ranker (logistic regression,
 * {@link org.newskg.train.LogisticFit}), cross-validates it by article and by publisher, and
 * chooses its threshold; {@link org.newskg.train.ReportedSpeechTrainer} fits the reported-speech
 * model from PolNeAR's attributions.jsonl the same way; {@link org.newskg.train.OfficeHolderTable}
 * counts the offices any articles title people with into the office holders' table.
 */
package org.newskg.train;
