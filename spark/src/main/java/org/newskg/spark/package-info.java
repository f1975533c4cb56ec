/**
 * The ingest as an Apache Spark job (a module of its own: Spark stays off the core's class
 * path). Takes input paths on any Hadoop file system in ingest's formats; gives the directory
 * {@code org.newskg.load.JobOutput} describes, which {@code newskg load} puts in a store.
 * Reading reuses {@code source}, analysis and mapping reuse {@code ingest.ProcessorFactory}
 * and {@code ingest.ArticleProcessor}, one per executor thread ({@link
 * org.newskg.spark.ExecutorAnalysis}).
 */
package org.newskg.spark;
