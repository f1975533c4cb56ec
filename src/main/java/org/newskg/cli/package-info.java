/**
 * The picocli commands: each takes its options, runs the stages above and prints through
 * picocli's writers; exit codes in {@link org.newskg.cli.ExitCodes}.
 */
package org.newskg.cli;
